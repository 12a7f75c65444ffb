import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  graphemeEndAtOrAfter,
  graphemeStartAtOrBefore,
  isGraphemeBoundary,
  snapToGraphemes,
  snapUtf16ToGraphemes,
} from '../../../shared/text/graphemes';
import { PositionIndex, sliceByCodePoints, utf16ToCodePoint } from '../../../shared/text/positions';
import { codePointLength } from '../../../shared/text/code-points';
import { isSureGraphemeBreak } from '../../../shared/text/segmenter-windows';
import { trickyText } from './text-arbitraries';

/** Reference: every cluster boundary (UTF-16) from one segmenter pass over the whole string. */
function referenceBoundaries(text: string): Set<number> {
  const set = new Set<number>([text.length]);
  for (const s of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) set.add(s.index);
  return set;
}

describe('snapToGraphemes (code points)', () => {
  // code points: S a y a ␠ (0-4) | 👍 🏽 (5-6) | ␠ 7 | 👩 ZWJ 👩 ZWJ 👧 (8-12) | ␠ 13 | 🇮 🇩 (14-15) | ␠ 16 |
  // c a f e U+0301 (17-21) | ␠ 22 | 中 文 (23-24) | ␠ 25 | ᄒ ᅡ ᆫ (26-28)
  const text = 'Saya 👍🏽 👩‍👩‍👧 🇮🇩 cafe\u0301 中文 \u1112\u1161\u11ab';
  const snap = (s: number, e: number) => snapToGraphemes(text, s, e);
  const snippet = (s: number, e: number) => {
    const r = snap(s, e);
    return sliceByCodePoints(text, r.start, r.end);
  };

  it('keeps an emoji with its skin tone whole', () => {
    expect(snap(6, 7)).toEqual({ start: 5, end: 7 }); // only the tone modifier selected
    expect(snap(5, 6)).toEqual({ start: 5, end: 7 }); // only the thumb selected
    expect(snippet(2, 6)).toBe('ya 👍🏽');
  });

  it('keeps a ZWJ family whole', () => {
    expect(snap(10, 11)).toEqual({ start: 8, end: 13 });
    expect(snippet(9, 9)).toBe('👩‍👩‍👧'); // empty selection inside a cluster widens to it
    expect(snap(13, 13)).toEqual({ start: 13, end: 13 }); // empty selection on a boundary stays empty
  });

  it('keeps a flag whole (a pair of regional indicators)', () => {
    expect(snap(15, 17)).toEqual({ start: 14, end: 17 });
    expect(snippet(14, 15)).toBe('🇮🇩');
  });

  it('keeps a letter with its combining accent', () => {
    expect(snap(17, 20)).toEqual({ start: 17, end: 20 }); // "caf" ends on a boundary
    expect(snap(17, 21)).toEqual({ start: 17, end: 22 }); // "cafe" without its accent
    expect(snippet(21, 22)).toBe('e\u0301');
  });

  it('keeps CJK characters apart (each is its own cluster) and Hangul jamo together', () => {
    expect(snap(23, 24)).toEqual({ start: 23, end: 24 });
    expect(snippet(27, 28)).toBe('\u1112\u1161\u11ab');
  });

  it('leaves boundaries unchanged and only ever widens', () => {
    expect(snap(0, 4)).toEqual({ start: 0, end: 4 });
    expect(snap(0, codePointLength(text))).toEqual({ start: 0, end: codePointLength(text) });
  });

  it('uses a PositionIndex when given one, with the same result', () => {
    const index = new PositionIndex(text);
    for (let s = 0; s <= index.length; s++) {
      for (let e = s; e <= index.length; e++) {
        expect(snapToGraphemes(text, s, e, index)).toEqual(snap(s, e));
      }
    }
  });

  it('refuses reversed or out-of-range selections', () => {
    expect(() => snap(5, 4)).toThrow(/ends before it starts/);
    expect(() => snap(0, 999)).toThrow(RangeError);
  });

  it('reports whether a code point offset is a cluster boundary', () => {
    expect(isGraphemeBoundary(text, 5)).toBe(true);
    expect(isGraphemeBoundary(text, 6)).toBe(false);
    expect(isGraphemeBoundary(text, 21)).toBe(false);
    expect(isGraphemeBoundary(text, codePointLength(text))).toBe(true);
  });
});

describe('grapheme boundaries against a whole-string segmenter pass', () => {
  it('finds the same cluster around every UTF-16 offset of random text (property)', () => {
    fc.assert(
      fc.property(trickyText(40), (t) => {
        const boundaries = referenceBoundaries(t);
        const sorted = [...boundaries].sort((a, b) => a - b);
        for (let u = 0; u <= t.length; u++) {
          const down = graphemeStartAtOrBefore(t, u);
          const up = graphemeEndAtOrAfter(t, u);
          const expectedDown = sorted.filter((b) => b <= u).pop();
          const expectedUp = sorted.find((b) => b >= u);
          expect(down).toBe(expectedDown);
          expect(up).toBe(expectedUp);
          if (isSureGraphemeBreak(t, u)) expect(boundaries.has(u)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('snaps random code-point selections to reference cluster boundaries (property)', () => {
    fc.assert(
      fc.property(trickyText(30), fc.nat(), fc.nat(), (t, x, y) => {
        const n = codePointLength(t);
        const s = Math.min(x % (n + 1), y % (n + 1));
        const e = Math.max(x % (n + 1), y % (n + 1));
        const r = snapToGraphemes(t, s, e);
        const boundaries = [...referenceBoundaries(t)].map((u) => utf16ToCodePoint(t, u));
        expect(boundaries).toContain(r.start);
        expect(boundaries).toContain(r.end);
        expect(r.start).toBeLessThanOrEqual(s);
        expect(r.end).toBeGreaterThanOrEqual(e);
        // no boundary strictly between the snapped start and the original start (tightest snap)
        expect(boundaries.some((b) => b > r.start && b <= s)).toBe(false);
        expect(boundaries.some((b) => b >= e && b < r.end)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('gets long runs of flags right (regional indicators pair up from the start of the run)', () => {
    const flags = '🇮🇩🇯🇵🇰🇷'.repeat(20); // 60 flags, 120 regional indicators, 240 units
    const t = `Bendera: ${flags}!`;
    const at = 'Bendera: '.length;
    for (let k = 0; k < 120; k++) {
      const u = at + 2 * k; // before the k-th regional indicator
      expect(graphemeStartAtOrBefore(t, u)).toBe(at + 4 * Math.floor(k / 2));
    }
  });

  it('snaps both ends of selections in a 300k-character transcript without segmenting all of it', () => {
    const turn = '[id1] Saya suka kursus ini 👍🏽, sangat membantu 🇮🇩. 中文 cafe\u0301 👩‍👩‍👧\n';
    const text = turn.repeat(Math.ceil(300_000 / turn.length));
    const index = new PositionIndex(text);
    const t0 = performance.now();
    let widened = 0;
    for (let i = 0; i < 20_000; i++) {
      const s = (i * 7919) % index.length;
      const e = Math.min(index.length, s + (i % 200));
      const r = snapToGraphemes(text, s, e, index);
      if (r.start !== s || r.end !== e) widened++;
    }
    const ms = performance.now() - t0;
    console.info(`snapToGraphemes: 20,000 selections on ${text.length} units in ${ms.toFixed(0)} ms`);
    expect(widened).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(3000);
  });

  it('snaps a UTF-16 selection from the editor', () => {
    const t = 'ok 👍🏽';
    expect(snapUtf16ToGraphemes(t, 4, 5)).toEqual({ start: 3, end: 7 });
  });
});
