import { afterEach, describe, expect, it } from 'vitest';
import { exportSummary } from '../../../renderer/src/exchange/export-summary';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { ExportCountKind } from '../../../shared/api/methods/exchange-methods';

afterEach(() => setLanguage('en'));

describe('export summary', () => {
  it('names what an export wrote in the interface language, from the counts', () => {
    const result = { counts: [{ what: 'sources' as const, n: 8 }, { what: 'codes' as const, n: 12 }, { what: 'segments' as const, n: 40 }] };
    expect(exportSummary(result)).toBe('8 sources, 12 codes, 40 coded segments');
    setLanguage('id');
    expect(exportSummary(result)).toBe('8 sumber, 12 kode, 40 segmen berkode');
  });

  it('says one of a thing in the singular', () => {
    expect(exportSummary({ counts: [{ what: 'sources', n: 1 }, { what: 'selections', n: 1 }, { what: 'users', n: 2 }] })).toBe('1 source, 1 coded segment, 2 coders');
  });

  it('has words for every kind of count in both languages', () => {
    for (const lang of ['en', 'id'] as const) {
      setLanguage(lang);
      for (const what of ExportCountKind.options) expect(exportSummary({ counts: [{ what, n: 3 }] })).toMatch(/^3 \p{L}/u);
    }
  });
});
