import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PositionIndex,
  codePointToUtf16,
  isInsideSurrogatePair,
  sliceByCodePoints,
  utf16ToCodePoint,
} from '../../../shared/text/positions';
import { codePointLength } from '../../../shared/text/code-points';
import { codePoints, trickyText } from './text-arbitraries';

/** Reference: code-point offset of a UTF-16 offset that is not inside a pair. */
function refCodePoint(text: string, u16: number): number {
  return Array.from(text.slice(0, u16)).length;
}

describe('utf16ToCodePoint / codePointToUtf16', () => {
  const text = 'a👍🏽b👩‍👩‍👧🇮🇩e\u0301中';
  // a | 👍 🏽 | b | 👩 ZWJ 👩 ZWJ 👧 | 🇮 🇩 | e U+0301 | 中
  it('counts each astral code point once and each BMP unit once', () => {
    expect(codePointLength(text)).toBe(1 + 2 + 1 + 5 + 2 + 2 + 1);
    expect(utf16ToCodePoint(text, 0)).toBe(0);
    expect(utf16ToCodePoint(text, 1)).toBe(1); // before 👍
    expect(utf16ToCodePoint(text, 3)).toBe(2); // before 🏽
    expect(utf16ToCodePoint(text, 5)).toBe(3); // before b
    expect(utf16ToCodePoint(text, text.length)).toBe(codePointLength(text));
    expect(codePointToUtf16(text, 3)).toBe(5);
    expect(codePointToUtf16(text, 4)).toBe(6); // start of the family
    expect(codePointToUtf16(text, 9)).toBe(6 + 8); // after the family: 👩 ZWJ 👩 ZWJ 👧 is 8 units
  });

  it('rounds an offset between the halves of a surrogate pair down or up, never splitting it', () => {
    expect(isInsideSurrogatePair(text, 2)).toBe(true);
    expect(utf16ToCodePoint(text, 2)).toBe(1);
    expect(utf16ToCodePoint(text, 2, 'down')).toBe(1);
    expect(utf16ToCodePoint(text, 2, 'up')).toBe(2);
    expect(isInsideSurrogatePair(text, 1)).toBe(false);
    expect(isInsideSurrogatePair(text, 3)).toBe(false);
  });

  it('treats a lone surrogate as one code point and one unit', () => {
    const t = 'x\uD800y\uDC00z';
    expect(codePointLength(t)).toBe(5);
    for (let u = 0; u <= t.length; u++) expect(utf16ToCodePoint(t, u)).toBe(u);
    expect(sliceByCodePoints(t, 1, 2)).toBe('\uD800');
  });

  it('refuses offsets outside the text with a message naming the offset and the valid range', () => {
    expect(() => utf16ToCodePoint('abc', 4)).toThrow(/UTF-16 offset 4 .*0\.\.3/);
    expect(() => utf16ToCodePoint('abc', -1)).toThrow(RangeError);
    expect(() => utf16ToCodePoint('abc', 1.5)).toThrow(RangeError);
    expect(() => codePointToUtf16('👍', 2)).toThrow(/code-point offset 2 .*0\.\.1/);
    expect(() => sliceByCodePoints('abc', 2, 1)).toThrow(/ends before it starts/);
  });

  it('slices by code points on CJK, Indonesian and emoji text', () => {
    const t = 'Saya suka 中文 👍🏽!';
    expect(sliceByCodePoints(t, 0, 4)).toBe('Saya');
    expect(sliceByCodePoints(t, 10, 12)).toBe('中文');
    expect(sliceByCodePoints(t, 13, 15)).toBe('👍🏽');
    expect(sliceByCodePoints(t, 15, 16)).toBe('!');
    expect(sliceByCodePoints(t, 16, 16)).toBe('');
  });

  it('agrees with the Array.from reference on random text (property)', () => {
    fc.assert(
      fc.property(trickyText(), (t) => {
        const cps = codePoints(t);
        for (let u = 0; u <= t.length; u++) {
          const down = utf16ToCodePoint(t, u, 'down');
          const up = utf16ToCodePoint(t, u, 'up');
          if (isInsideSurrogatePair(t, u)) {
            expect(up).toBe(down + 1);
            expect(refCodePoint(t, u - 1)).toBe(down);
          } else {
            expect(down).toBe(refCodePoint(t, u));
            expect(up).toBe(down);
            expect(codePointToUtf16(t, down)).toBe(u);
          }
        }
        for (let cp = 0; cp <= cps.length; cp++) {
          const u = codePointToUtf16(t, cp);
          expect(u).toBe(cps.slice(0, cp).join('').length);
          expect(isInsideSurrogatePair(t, u)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('slices like Array.from(...).slice on random ranges (property)', () => {
    fc.assert(
      fc.property(trickyText(), fc.nat(), fc.nat(), (t, x, y) => {
        const n = codePointLength(t);
        const a = Math.min(x % (n + 1), y % (n + 1));
        const b = Math.max(x % (n + 1), y % (n + 1));
        expect(sliceByCodePoints(t, a, b)).toBe(codePoints(t).slice(a, b).join(''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('PositionIndex', () => {
  it('converts both ways like the one-off functions (property)', () => {
    fc.assert(
      fc.property(trickyText(60), (t) => {
        const index = new PositionIndex(t);
        expect(index.length).toBe(codePointLength(t));
        expect(index.utf16Length).toBe(t.length);
        for (let u = 0; u <= t.length; u++) {
          expect(index.toCodePoint(u)).toBe(utf16ToCodePoint(t, u, 'down'));
          expect(index.toCodePoint(u, 'up')).toBe(utf16ToCodePoint(t, u, 'up'));
          expect(index.isInsidePair(u)).toBe(isInsideSurrogatePair(t, u));
        }
        for (let cp = 0; cp <= index.length; cp++) {
          expect(index.toUtf16(cp)).toBe(codePointToUtf16(t, cp));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles text with no astral characters as the identity', () => {
    const index = new PositionIndex('Saya suka kursus ini.\nCafé, 中文.');
    expect(index.length).toBe(index.utf16Length);
    expect(index.toUtf16(7)).toBe(7);
    expect(index.toCodePoint(7)).toBe(7);
    expect(index.slice(5, 9)).toBe('suka');
  });

  it('refuses out-of-range offsets', () => {
    const index = new PositionIndex('a👍🏽');
    expect(index.length).toBe(3);
    expect(() => index.toUtf16(4)).toThrow(/code-point offset 4 .*0\.\.3/);
    expect(() => index.toCodePoint(6)).toThrow(/UTF-16 offset 6 .*0\.\.5/);
  });

  it('stays fast on a 300k-character transcript full of emoji', () => {
    const paragraph = '[id1] Saya suka kursus ini 👍🏽, sangat membantu 🇮🇩. 中文 e\u0301 👩‍👩‍👧\n';
    const text = paragraph.repeat(Math.ceil(300_000 / paragraph.length));
    const t0 = performance.now();
    const index = new PositionIndex(text);
    const built = performance.now() - t0;
    const t1 = performance.now();
    let check = 0;
    for (let i = 0; i < 100_000; i++) {
      const cp = (i * 7919) % index.length;
      const u = index.toUtf16(cp);
      check += index.toCodePoint(u) === cp ? 1 : 0;
    }
    const lookups = performance.now() - t1;
    expect(check).toBe(100_000);
    console.info(`PositionIndex on ${text.length} units: build ${built.toFixed(1)} ms, 200k lookups ${lookups.toFixed(1)} ms`);
    // Generous bounds (CI machines are slow); measured ~5 ms to build and ~20 ms for the lookups.
    expect(built).toBeLessThan(500);
    expect(lookups).toBeLessThan(1000);
    const last = codePoints(text).slice(-12).join('');
    expect(last.endsWith('👩‍👩‍👧\n')).toBe(true);
    expect(index.slice(index.length - 12, index.length)).toBe(last);
  });
});
