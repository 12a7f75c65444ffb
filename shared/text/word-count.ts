/**
 * Unicode-aware word counting for the "coded words" and "per 1,000 words" measures.
 *
 * A word is a segment that Intl.Segmenter (granularity 'word') marks `isWordLike`: letters, digits and
 * ideographs, with UAX #29 rules for apostrophes and decimal points ("don't", "3.5" are one word each),
 * and ICU's dictionaries for scripts written without spaces (Chinese, Japanese, Thai: 我喜欢 → 我 | 喜欢).
 * Punctuation, spaces and emoji are not words.
 *
 * The segmenter runs on pieces of a few hundred characters cut at sure word breaks (see
 * segmenter-windows.ts for why: V8's segmenter is quadratic on one long string), so counting a
 * 300k-character transcript takes tens of milliseconds, not a minute.
 *
 * The default locale is fixed ('en') so that counts do not change with the machine's language; the
 * word rules are the Unicode defaults for every language ICU does not tailor.
 */
import { codePointsBetween } from './code-points';
import { isSureWordBreak, pieceEnds } from './segmenter-windows';
import { scanLatinWords } from './latin-word-scanner';
import { lowerBound } from './sorted-search';

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Calls `onWord(startU16, endU16)` for every word-like segment of `text`, in order (UTF-16, end exclusive). */
function forEachWord(text: string, locale: string, onWord: (startU16: number, endU16: number) => void): void {
  const segmenter = wordSegmenter(locale);
  let from = 0;
  for (const to of pieceEnds(text, isSureWordBreak)) {
    // Plain Latin pieces (most Indonesian and English text) take the exact fast scanner.
    if (scanLatinWords(text, from, to, onWord)) {
      from = to;
      continue;
    }
    const piece = text.slice(from, to);
    for (const s of segmenter.segment(piece)) {
      if (s.isWordLike) onWord(from + s.index, from + s.index + s.segment.length);
    }
    from = to;
  }
}

/** Number of words in `text`. */
export function countWords(text: string, locale = 'en'): number {
  let n = 0;
  forEachWord(text, locale, () => {
    n++;
  });
  return n;
}


/**
 * The words of one long text, found once, so that "how many words does this stretch hold" is a
 * binary search: for matrices that sum coded words over thousands of codings.
 * Positions are code points, half-open [start, end), like every position in Telaah.
 */
export class WordIndex {
  /** Number of words in the whole text. */
  readonly count: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(text: string, locale = 'en') {
    const starts: number[] = [];
    const ends: number[] = [];
    // Walk UTF-16 and code points together: words arrive in order.
    let u16 = 0;
    let cp = 0;
    forEachWord(text, locale, (startU16, endU16) => {
      cp += codePointsBetween(text, u16, startU16);
      const len = codePointsBetween(text, startU16, endU16);
      starts.push(cp);
      ends.push(cp + len);
      cp += len;
      u16 = endU16;
    });
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
    this.count = starts.length;
  }

  /**
   * Words that overlap [start, end) (a word cut by the selection still counts once, as it would in
   * countWords of the selected text). Zero-length ranges hold no words.
   */
  countIn(start: number, end: number): number {
    if (end < start) throw new RangeError(`range [${start}, ${end}) ends before it starts`);
    if (end === start) return 0;
    // words starting before `end` minus words ending at or before `start`
    return lowerBound(this.starts, end) - lowerBound(this.ends, start + 1);
  }

  /**
   * Words overlapping any of the ranges, each word counted once even when several ranges (overlapping
   * codings, or two codings that each cut the same word) touch it: the "coded words" of a cell.
   */
  countInUnion(ranges: ReadonlyArray<{ start: number; end: number }>): number {
    const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
    let total = 0;
    let counted = 0; // words [0, counted) are already in the total or lie before the current range
    for (const r of sorted) {
      const first = Math.max(counted, lowerBound(this.ends, r.start + 1));
      const last = lowerBound(this.starts, r.end);
      if (last > first) total += last - first;
      counted = Math.max(counted, last);
    }
    return total;
  }
}
