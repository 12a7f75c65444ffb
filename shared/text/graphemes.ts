/**
 * Snap a selection to whole user-perceived characters (extended grapheme clusters, UAX #29): an emoji
 * with its skin tone (👍🏽), a ZWJ family (👩‍👩‍👧), a flag (🇮🇩), a letter with combining marks
 * (e + U+0301), a Hangul syllable spelled in jamo, a Devanagari conjunct. A coding must never start or
 * end inside one: the snippet would show half a character and the mark would cut a glyph in two.
 *
 * Policy: the start snaps DOWN to the start of the cluster it falls in, the end snaps UP to the end of
 * its cluster, so snapping only ever widens a selection. A position already on a boundary stays. An
 * empty selection inside a cluster widens to that cluster; on a boundary it stays empty.
 *
 * Efficiency: Intl.Segmenter only sees a small window around each end, from the nearest sure cluster
 * boundary before it to the nearest one after (see segmenter-windows.ts), usually a few characters,
 * never the whole 300k-character text.
 */
import { PositionIndex, codePointToUtf16, utf16ToCodePoint } from './positions';
import { isSureGraphemeBreak } from './segmenter-windows';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The grapheme cluster [start, end) (UTF-16) containing offset u16, or u16 itself when it is a boundary. */
function clusterAround(text: string, u16: number): { start: number; end: number } {
  if (isSureGraphemeBreak(text, u16)) return { start: u16, end: u16 };
  let a = u16 - 1;
  while (a > 0 && !isSureGraphemeBreak(text, a)) a--;
  let b = u16 + 1;
  while (b < text.length && !isSureGraphemeBreak(text, b)) b++;
  const target = u16 - a;
  for (const s of segmenter.segment(text.slice(a, b))) {
    if (s.index === target) return { start: u16, end: u16 };
    if (s.index < target && target < s.index + s.segment.length) {
      return { start: a + s.index, end: a + s.index + s.segment.length };
    }
  }
  // Unreachable: the segments of the window tile it and target lies inside it.
  throw new Error(`no grapheme cluster found around UTF-16 offset ${u16}`);
}

function checkU16(text: string, u16: number): void {
  if (!Number.isInteger(u16) || u16 < 0 || u16 > text.length) {
    throw new RangeError(`UTF-16 offset ${u16} is outside the text (valid: integers 0..${text.length})`);
  }
}

/** UTF-16 offset of the start of the grapheme cluster that contains offset u16 (u16 if on a boundary). */
export function graphemeStartAtOrBefore(text: string, u16: number): number {
  checkU16(text, u16);
  return clusterAround(text, u16).start;
}

/** UTF-16 offset of the end of the grapheme cluster that contains offset u16 (u16 if on a boundary). */
export function graphemeEndAtOrAfter(text: string, u16: number): number {
  checkU16(text, u16);
  return clusterAround(text, u16).end;
}

/** Snap a UTF-16 selection [start, end), as the editor reports it, outward to whole clusters. */
export function snapUtf16ToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  if (end < start) throw new RangeError(`selection [${start}, ${end}) ends before it starts`);
  return { start: graphemeStartAtOrBefore(text, start), end: graphemeEndAtOrAfter(text, end) };
}

/**
 * Snap a code-point selection [start, end) outward to whole grapheme clusters (start down, end up).
 * Pass the text's PositionIndex when you have one, to convert in O(log n) instead of O(n).
 */
export function snapToGraphemes(
  text: string,
  start: number,
  end: number,
  index?: PositionIndex,
): { start: number; end: number } {
  if (end < start) throw new RangeError(`selection [${start}, ${end}) ends before it starts`);
  const toU16 = (cp: number) => (index ? index.toUtf16(cp) : codePointToUtf16(text, cp));
  const toCp = (u: number) => (index ? index.toCodePoint(u) : utf16ToCodePoint(text, u));
  const su = toU16(start);
  const eu = toU16(end);
  const u = snapUtf16ToGraphemes(text, su, eu);
  return { start: u.start === su ? start : toCp(u.start), end: u.end === eu ? end : toCp(u.end) };
}

/** True when code-point offset `cp` is between two grapheme clusters (or at either end of the text). */
export function isGraphemeBoundary(text: string, cp: number, index?: PositionIndex): boolean {
  const u = index ? index.toUtf16(cp) : codePointToUtf16(text, cp);
  const c = clusterAround(text, u);
  return c.start === u;
}
