import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from '../../../../electron/core/exchange/spreadsheet-formula-guard';

describe('spreadsheet formula guard', () => {
  it('puts an apostrophe before text a spreadsheet would run, and only there', () => {
    expect(guardFormula('=HYPERLINK("http://x","klik")')).toBe('\'=HYPERLINK("http://x","klik")');
    expect(guardFormula('+62 812')).toBe("'+62 812");
    expect(guardFormula('- iya, Bu')).toBe("'- iya, Bu");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('\t=1')).toBe("'\t=1");
    expect(guardFormula('Pelatihan sesuai = baik')).toBe('Pelatihan sesuai = baik');
    expect(guardFormula("'kutipan'")).toBe("'kutipan'");
    expect(guardFormula('')).toBe('');
  });

  it('reads back exactly what it wrote, whatever the text', () => {
    const text = fc.array(fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', '1'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(unguardFormula(guardFormula(s))).toBe(s);
        expect(/^[=+\-@\t\r]/.test(guardFormula(s))).toBe(false);
      }),
      { numRuns: 5_000 },
    );
  });
});
