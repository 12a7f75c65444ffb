/**
 * Basic code-point arithmetic. Positions everywhere in Telaah are Unicode code points from 0,
 * half-open [start, end). JavaScript strings count UTF-16 units; conversions live in positions.ts.
 */

/** Number of code points in `s` (a lone surrogate counts as one). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
