import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeText, isCanonicalText } from '../../../shared/text/canonical';
import { codePointLength, codePointsBetween } from '../../../shared/text/code-points';

describe('isCanonicalText', () => {
  it('answers as canonicalizeText does, on text of every kind', () => {
    const units = fc.constantFrom('a', 'é', 'e\u0301', '\r', '\r\n', '\n', '\u0085', '\u2028', '\uFEFF', 'Å', 'ǅ', '\u0300', '가', '👍🏽', '\uD800', ' ', 'ſ');
    fc.assert(
      fc.property(fc.array(units, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(isCanonicalText(s)).toBe(canonicalizeText(s) === s);
      }),
      { numRuns: 5_000 },
    );
  });

  it('rests on a fact checked here: text below U+0300 is left unchanged by NFC, pair by pair', () => {
    // The quick path skips normalising such text; if a Unicode update ever broke the premise, this fails.
    for (let a = 0; a < 0x300; a++) {
      for (let b = 0; b < 0x300; b += 1) {
        const s = String.fromCharCode(a, b);
        if (s.normalize('NFC') !== s) throw new Error(`U+${a.toString(16)} U+${b.toString(16)} changes under NFC`);
      }
    }
    expect(isCanonicalText('Saya kerja di puskesmas.\nIbu? Ya.')).toBe(true);
    expect(isCanonicalText('baris\r\nbaru')).toBe(false);
    expect(isCanonicalText('NEL\u0085')).toBe(false);
    expect(isCanonicalText('cafe\u0301')).toBe(false);
    expect(isCanonicalText('café')).toBe(true);
  });
});

describe('codePointLength', () => {
  it('counts code points whether or not the text has surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(codePointLength(s)).toBe(codePointsBetween(s, 0, s.length));
        expect(codePointLength(s)).toBe([...s].length);
      }),
    );
    expect(codePointLength('honorer 👩‍⚕️')).toBe(12);
    expect(codePointLength('\uD800x')).toBe(2); // a lone surrogate is one
  });
});
