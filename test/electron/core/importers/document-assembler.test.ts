import { describe, expect, it } from 'vitest';
import { DocumentAssembler } from '../../../../electron/core/importers/document-assembler';
import { errorPhrase } from '../../../../electron/core/i18n/error-phrase';
import { findDocumentViolation } from '../../../../electron/core/importers/check-imported-document';

describe('DocumentAssembler', () => {
  it('canonicalises and trims block text, drops empty blocks, counts code points', () => {
    const a = new DocumentAssembler();
    expect(a.add({ kind: 'heading', text: '  Cafe\u0301 😀\r\n', level: 1 })).toBe(true);
    expect(a.add({ kind: 'paragraph', text: ' \t\u00a0 ' })).toBe(false);
    expect(a.add({ kind: 'note', text: '[1] 👩‍👩‍👧 keluarga', labelLength: 4 })).toBe(true);
    const note = errorPhrase('errors.import.imagesSkipped', { images: 2 });
    const doc = a.build('docx', [note]);
    expect(doc.text).toBe('Café 😀\n[1] 👩‍👩‍👧 keluarga');
    // "Café 😀" is 6 code points (é composed, emoji one code point).
    expect(doc.blocks[0]).toEqual({ start: 0, end: 6, bodyStart: 0, kind: 'heading', level: 1 });
    // The ZWJ family is 5 code points: 4 + 5 + 9 = 18.
    expect(doc.blocks[1]).toEqual({ start: 7, end: 25, bodyStart: 11, kind: 'note' });
    expect(findDocumentViolation(doc)).toBeNull();
    expect(doc.warnings).toEqual([note]);
  });
});
