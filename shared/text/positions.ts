/**
 * The one place where Telaah converts between its position unit (Unicode code points from 0,
 * half-open [start, end)) and JavaScript's (UTF-16 code units, which is also what Lexical, the DOM
 * Selection API and String.prototype.slice count).
 *
 * Invariants:
 * - A surrogate pair (a high surrogate U+D800–DBFF followed by a low surrogate U+DC00–DFFF) is ONE
 *   code point and two UTF-16 units. A lone surrogate (malformed text) is one code point and one unit,
 *   as in `codePointLength`.
 * - A UTF-16 offset that falls between the two halves of a pair is never turned into a position that
 *   splits the pair: the caller chooses whether it rounds `'down'` (to the pair's start) or `'up'`
 *   (to just after the pair). The default is `'down'`.
 * - Out-of-range or non-integer offsets are programming errors and throw a RangeError that names the
 *   offset and the valid range; nothing is silently clamped.
 *
 * For one-off conversions on short strings use the functions; for a long source text (300k characters)
 * that is converted many times, build a `PositionIndex` once.
 */

import { lowerBound } from './sorted-search';
export { codePointLength } from './code-points';
export { OriginalPositionMapper, NVIVO_POSITION_POLICY, fromUtf16CrlfPositions } from './original-positions';
export type { OriginalPositionPolicy, MappedPosition, MappedRange } from './original-positions';

/** How a UTF-16 offset between the halves of a surrogate pair is resolved. */
export type Rounding = 'down' | 'up';

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when UTF-16 offset `u16` lies between the high and low half of a surrogate pair in `text`. */
export function isInsideSurrogatePair(text: string, u16: number): boolean {
  return u16 > 0 && u16 < text.length && isLow(text.charCodeAt(u16)) && isHigh(text.charCodeAt(u16 - 1));
}

function checkOffset(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${what} ${value} is outside the text (valid: integers 0..${max})`);
  }
}

/**
 * Code-point offset of UTF-16 offset `u16` in `text`. O(u16).
 * An offset inside a surrogate pair rounds down (to the pair's code point) or up (past it).
 */
export function utf16ToCodePoint(text: string, u16: number, rounding: Rounding = 'down'): number {
  checkOffset(u16, text.length, 'UTF-16 offset');
  let cp = 0;
  let i = 0;
  while (i < u16) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      if (i + 1 === u16) return rounding === 'down' ? cp : cp + 1;
      i += 2;
    } else {
      i += 1;
    }
    cp++;
  }
  return cp;
}

/** UTF-16 offset of code-point offset `cp` in `text`. O(cp). Never lands inside a surrogate pair. */
export function codePointToUtf16(text: string, cp: number): number {
  if (!Number.isInteger(cp) || cp < 0) {
    throw new RangeError(`code-point offset ${cp} is outside the text (valid: integers from 0)`);
  }
  let i = 0;
  let n = 0;
  while (n < cp) {
    if (i >= text.length) {
      throw new RangeError(`code-point offset ${cp} is outside the text (valid: integers 0..${n})`);
    }
    const c = text.charCodeAt(i);
    i += isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    n++;
  }
  return i;
}

/** `text` between code-point offsets [start, end). Throws a RangeError when the range is not inside the text. */
export function sliceByCodePoints(text: string, start: number, end: number): string {
  if (end < start) throw new RangeError(`code-point range [${start}, ${end}) ends before it starts`);
  const a = codePointToUtf16(text, start);
  // Continue from `a` instead of rescanning from 0.
  const b = a + codePointToUtf16(text.slice(a), end - start);
  return text.slice(a, b);
}


/**
 * Position converter for one long text, built once in O(n) and answering in O(log k), where k is the
 * number of surrogate pairs (O(1) when the text has none, the common case).
 *
 * It keeps the sorted UTF-16 offsets of every pair's high half (`pairU16`) and the matching code-point
 * offsets (`pairCp[k] = pairU16[k] - k`, because each earlier pair took one extra unit).
 */
export class PositionIndex {
  /** Length of the text in code points. */
  readonly length: number;
  /** Length of the text in UTF-16 units (`text.length`). */
  readonly utf16Length: number;
  private readonly pairU16: Int32Array;
  private readonly pairCp: Int32Array;

  constructor(readonly text: string) {
    const starts: number[] = [];
    for (let i = 0; i + 1 < text.length; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
        starts.push(i);
        i++;
      }
    }
    this.pairU16 = Int32Array.from(starts);
    this.pairCp = Int32Array.from(starts, (u, k) => u - k);
    this.utf16Length = text.length;
    this.length = text.length - starts.length;
  }

  /** UTF-16 offset of code-point offset `cp` (0..length). */
  toUtf16(cp: number): number {
    checkOffset(cp, this.length, 'code-point offset');
    if (this.pairCp.length === 0) return cp;
    // Every pair that starts before `cp` adds one unit.
    return cp + lowerBound(this.pairCp, cp);
  }

  /** Code-point offset of UTF-16 offset `u16` (0..utf16Length); inside a pair it rounds as asked. */
  toCodePoint(u16: number, rounding: Rounding = 'down'): number {
    checkOffset(u16, this.utf16Length, 'UTF-16 offset');
    if (this.pairU16.length === 0) return u16;
    // k = number of pairs whose high half is before u16.
    const k = lowerBound(this.pairU16, u16);
    if (k > 0 && (this.pairU16[k - 1] as number) + 1 === u16) {
      // u16 sits between the halves of pair k-1, which is at code point u16 - 1 - (k - 1).
      const pairCp = u16 - k;
      return rounding === 'down' ? pairCp : pairCp + 1;
    }
    return u16 - k;
  }

  /** True when UTF-16 offset `u16` is between the halves of a surrogate pair. */
  isInsidePair(u16: number): boolean {
    checkOffset(u16, this.utf16Length, 'UTF-16 offset');
    const k = lowerBound(this.pairU16, u16);
    return k > 0 && (this.pairU16[k - 1] as number) + 1 === u16;
  }

  /** The text between code-point offsets [start, end). */
  slice(start: number, end: number): string {
    if (end < start) throw new RangeError(`code-point range [${start}, ${end}) ends before it starts`);
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
