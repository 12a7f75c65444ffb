/**
 * Basic code-point arithmetic. Positions everywhere in Telaah are Unicode code points from 0,
 * half-open [start, end). JavaScript strings count UTF-16 units; conversions live in positions.ts.
 */

/** Number of code points in `s` (a lone surrogate counts as one). */
export function codePointLength(s: string): number {
  // Without surrogates every unit is a code point; the regular expression finds that out far faster
  // than a loop (and at once for text V8 stores one byte per character, which cannot hold them).
  return SURROGATE.test(s) ? codePointsBetween(s, 0, s.length) : s.length;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Number of code points in s[from, to) (UTF-16 offsets, end exclusive), without copying it; a
 * surrogate pair split by `to` counts as one code point, as in codePointLength of the slice.
 */
export function codePointsBetween(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
