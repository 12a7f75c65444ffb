import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WordIndex, countWords } from '../../../shared/text/word-count';
import { canonicalizeText } from '../../../shared/text/canonical';
import { codePointLength } from '../../../shared/text/code-points';
import { readFixture } from '../../support/fixtures';

/** Reference: the segmenter run once over the whole string (correct, quadratic, fine for short text). */
function referenceWords(text: string): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  for (const s of new Intl.Segmenter('en', { granularity: 'word' }).segment(text)) {
    if (!s.isWordLike) continue;
    const start = codePointLength(text.slice(0, s.index));
    out.push({ start, end: start + codePointLength(s.segment), word: s.segment });
  }
  return out;
}

const decode = (bytes: Uint8Array, encoding = 'utf-8') => canonicalizeText(new TextDecoder(encoding).decode(bytes));

describe('countWords', () => {
  it('counts Indonesian, English contractions and decimals as a reader would', () => {
    expect(countWords('Saya suka kursus ini, sangat membantu!')).toBe(6);
    expect(countWords("I don't like all the assignments.")).toBe(6);
    expect(countWords('Nilai rata-rata 3.5 dari 10')).toBe(6); // rata | rata | 3.5 | dari | 10 + Nilai
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\n  ')).toBe(0);
  });

  it('does not count emoji, flags or punctuation as words, and keeps combining marks inside words', () => {
    expect(countWords('👍🏽 👩‍👩‍👧 🇮🇩 … — !')).toBe(0);
    expect(countWords('Bagus 👍🏽 sekali 🇮🇩')).toBe(2);
    expect(countWords('cafe\u0301 re\u0301sume\u0301')).toBe(2);
  });

  it('splits CJK and Thai, written without spaces, into dictionary words', () => {
    expect(countWords('我喜欢这个课程')).toBe(4); // 我 | 喜欢 | 这个 | 课程
    expect(countWords('ภาษาไทยง่ายนิดเดียว')).toBe(5);
    expect(countWords('한국어 수업')).toBe(2);
  });

  it('matches one whole-string segmenter pass on the QualCoder transcript (fixture)', () => {
    const text = decode(readFixture('documents', 'transcript.txt'));
    const n = countWords(text);
    expect(n).toBe(referenceWords(text).length);
    expect(n).toBeGreaterThan(150);
  });

  it('matches the whole-string pass on classical Chinese, Russian, Spanish and Polish samples (fixtures)', () => {
    const samples: [string, string][] = [
      ['sample-chinese.txt', 'big5'],
      ['sample-russian-2.txt', 'utf-8'],
      ['sample-spanish.txt', 'utf-8'],
      ['sample-polish.txt', 'utf-8'],
      ['sample-arabic.txt', 'utf-8'],
    ];
    for (const [file, encoding] of samples) {
      const text = decode(readFixture('encodings', 'charset_normalizer', file), encoding);
      expect(text.length, file).toBeGreaterThan(300); // long enough to be cut into pieces
      expect(countWords(text), file).toBe(referenceWords(text).length);
    }
  });

  it('agrees with the whole-string pass on random long texts, whatever the cuts (property)', () => {
    const pieces = ['Saya', 'suka', "don't", '3.5', ' ', '  ', '\n', '\t', ',', '.', '中文', '喜欢', '👍🏽', '🇮🇩',
      'e\u0301', 'ภาษาไทย', 'Ελληνικά', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 100, maxLength: 600 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(referenceWords(text).length);
        const index = new WordIndex(text);
        expect(index.count).toBe(referenceWords(text).length);
      }),
      { numRuns: 60 },
    );
  });

  it('counts a 300k-character transcript quickly', () => {
    const turn = '[id1] Saya suka kursus ini, sangat membantu saya memahami sejarah dunia 👍🏽.\n';
    const text = turn.repeat(Math.ceil(300_000 / turn.length));
    const t0 = performance.now();
    const n = countWords(text);
    const ms = performance.now() - t0;
    console.info(`countWords on ${text.length} characters: ${ms.toFixed(0)} ms`);
    expect(n).toBe(11 * Math.ceil(300_000 / turn.length));
    expect(ms).toBeLessThan(2000); // measured ~70 ms; one unsplit segmenter pass takes over a minute
  });
});

describe('WordIndex', () => {
  // code points: 👍 0, 🏽 1, space 2, Saya 3-7, suka 8-12, kursus 13-19, 中文 20-22, ini 23-26
  const text = '👍🏽 Saya suka kursus 中文 ini';
  const index = new WordIndex(text);

  it('counts words overlapping a code-point range', () => {
    expect(index.count).toBe(5);
    expect(index.countIn(0, 3)).toBe(0);
    expect(index.countIn(3, 7)).toBe(1);
    expect(index.countIn(5, 10)).toBe(2); // cuts "Saya" and "suka": both count
    expect(index.countIn(7, 8)).toBe(0); // just the space
    expect(index.countIn(20, 21)).toBe(1);
    expect(index.countIn(0, 26)).toBe(5);
    expect(index.countIn(4, 4)).toBe(0);
    expect(() => index.countIn(5, 4)).toThrow(/ends before it starts/);
  });

  it('counts each word once over overlapping or word-cutting ranges', () => {
    expect(index.countInUnion([{ start: 3, end: 5 }, { start: 5, end: 7 }])).toBe(1);
    expect(index.countInUnion([{ start: 4, end: 5 }, { start: 6, end: 7 }])).toBe(1);
    expect(index.countInUnion([{ start: 8, end: 19 }, { start: 3, end: 12 }])).toBe(3);
    expect(index.countInUnion([{ start: 3, end: 7 }, { start: 23, end: 26 }, { start: 9, end: 9 }])).toBe(2);
    expect(index.countInUnion([])).toBe(0);
  });

  it('agrees with a brute-force overlap count on random texts and ranges (property)', () => {
    const pieces = ['Saya', 'suka', ' ', '\n', ',', '中文', '👍🏽', '🇮🇩', 'e\u0301', 'kursus', 'ini'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        (parts, pairs) => {
          const t = parts.join('');
          const n = codePointLength(t);
          const words = referenceWords(t);
          const idx = new WordIndex(t);
          const ranges = pairs.map(([x, y]) => ({
            start: Math.min(x % (n + 1), y % (n + 1)),
            end: Math.max(x % (n + 1), y % (n + 1)),
          }));
          const overlaps = (w: { start: number; end: number }, r: { start: number; end: number }) =>
            r.end > r.start && w.start < r.end && w.end > r.start;
          for (const r of ranges) {
            expect(idx.countIn(r.start, r.end)).toBe(words.filter((w) => overlaps(w, r)).length);
          }
          expect(idx.countInUnion(ranges)).toBe(words.filter((w) => ranges.some((r) => overlaps(w, r))).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
