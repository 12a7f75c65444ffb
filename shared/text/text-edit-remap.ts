/**
 * Keeping codings on their text when a researcher edits a source's text.
 *
 * An edit replaces the old text's code points [start, end) with `replacement` (start === end is an
 * insertion, an empty replacement a deletion). Positions are code points, half-open, on the OLD text.
 *
 * Policy, for a coding [a, b) and one edit [s, e) → R:
 * - before the edit (b <= s): unchanged. Inserting exactly at a coding's END therefore does not extend
 *   it (typing after a coded passage does not code the new words).
 * - after the edit (a >= e): shifted by R.length - (e - s). Inserting exactly at a coding's START
 *   shifts it (the new words sit before the coded passage, uncoded).
 * - spanning the edit (a < s and e < b; for an insertion a < s < b): stretched or shrunk, R included
 *   (a typo fixed inside a coded passage stays coded).
 * - partly overlapping the deleted stretch: clipped to the part of its text that survives; R is not
 *   included. Such codings are listed in `clipped` so the user can review them.
 * - its whole text deleted (s <= a and b <= e, s < e): returned in `lost`, with its old range, never
 *   dropped silently.
 * Zero-length codings (anchors) stay before an insertion at their position, move with the text
 * after an edit, and are lost only when strictly inside a deleted stretch.
 *
 * Several edits at once are all given in OLD-text coordinates, must not overlap (they may touch) and
 * are applied simultaneously: a replacement is included only if it lies strictly inside the coding's
 * old range, the coding keeps exactly its surviving old characters plus included replacements, and it
 * is lost when none of its old characters survive.
 *
 * Texts are assumed well-formed UTF-16 (canonical text is: decoders turn lone surrogates into U+FFFD).
 * With a lone surrogate half next to an edit, the halves could join into one code point and the
 * arithmetic here would be off by one.
 */
import { codePointLength } from './code-points';
import { graphemeEndAtOrAfter, graphemeStartAtOrBefore } from './graphemes';
import { PositionIndex, utf16ToCodePoint } from './positions';

export interface TextEdit {
  /** Code points in the old text, half-open. */
  start: number;
  end: number;
  replacement: string;
}

export interface CodingRange {
  id: string;
  start: number;
  end: number;
}

export interface ClippedCoding {
  id: string;
  oldStart: number;
  oldEnd: number;
  start: number;
  end: number;
}

export interface RemapResult<T extends CodingRange> {
  /** Every surviving coding, in input order, as a copy with its new start and end. */
  kept: T[];
  /** Survivors that lost text at their start or end (also in `kept`). */
  clipped: ClippedCoding[];
  /** Codings whose whole text was deleted, unchanged (old positions). */
  lost: T[];
}

interface PreparedEdit {
  start: number;
  end: number;
  length: number; // code points of the replacement
  newStart: number; // where the replacement begins in the new text
}

/** Sorted, validated edits with their positions in the new text. */
function prepareEdits(edits: TextEdit | readonly TextEdit[]): PreparedEdit[] {
  const list = (Array.isArray(edits) ? edits : [edits]) as readonly TextEdit[];
  for (const e of list) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end < e.start) {
      throw new RangeError(`edit [${e.start}, ${e.end}) is not a valid code-point range`);
    }
  }
  const sorted = [...list].sort((x, y) => x.start - y.start || x.end - y.end);
  const prepared: PreparedEdit[] = [];
  let shift = 0;
  for (let k = 0; k < sorted.length; k++) {
    const e = sorted[k] as TextEdit;
    const prev = sorted[k - 1];
    if (prev && (prev.end > e.start || (prev.start === prev.end && e.start === e.end && prev.start === e.start))) {
      throw new RangeError(
        `edits [${prev.start}, ${prev.end}) and [${e.start}, ${e.end}) overlap (or insert at the same place)`,
      );
    }
    const length = codePointLength(e.replacement);
    prepared.push({ start: e.start, end: e.end, length, newStart: e.start + shift });
    shift += length - (e.end - e.start);
  }
  return prepared;
}

/** Number of prepared edits whose end is <= x (ends are ascending). */
function editsEndingBy(edits: PreparedEdit[], x: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((edits[mid] as PreparedEdit).end <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far text after the first k edits (in sorted order) has moved. */
function shiftAfter(edits: PreparedEdit[], k: number): number {
  if (k === 0) return 0;
  const last = edits[k - 1] as PreparedEdit;
  return last.newStart + last.length - last.end;
}

/** New position of the surviving old character at index x (every edit ending by x lies before it). */
function newPositionOfChar(edits: PreparedEdit[], x: number): number {
  return x + shiftAfter(edits, editsEndingBy(edits, x));
}

/** New position of a zero-length coding at p, or -1 when p is strictly inside a deleted stretch. */
function remapAnchor(edits: PreparedEdit[], p: number): number {
  let k = editsEndingBy(edits, p - 1); // edits ending before p lie wholly before it
  for (; k < edits.length; k++) {
    const e = edits[k] as PreparedEdit;
    if (e.start > p) break;
    if (e.start < p && p < e.end) return -1;
    if (e.start === p) return e.newStart; // stay before an insertion or replacement starting here
    // otherwise e ends exactly at p (a replacement just before): look at the next edit too
  }
  return p + shiftAfter(edits, k);
}

/** Remaps codings through one edit or several simultaneous ones. See the policy above. */
export function remapCodings<T extends CodingRange>(
  codings: readonly T[],
  edits: TextEdit | readonly TextEdit[],
): RemapResult<T> {
  const prepared = prepareEdits(edits);
  const result: RemapResult<T> = { kept: [], clipped: [], lost: [] };
  for (const c of codings) {
    if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end < c.start) {
      throw new RangeError(`coding ${c.id} has an invalid range [${c.start}, ${c.end})`);
    }
    const a = c.start;
    const b = c.end;
    if (a === b) {
      const pos = remapAnchor(prepared, a);
      if (pos < 0) result.lost.push(c);
      else result.kept.push({ ...c, start: pos, end: pos });
      continue;
    }

    // Walk the edits that meet [a, b): surviving runs of old text alternate with replacements.
    // Edits ending at or before a (including an insertion exactly at a) only shift the coding.
    let newStart = -1;
    let newEnd = -1;
    let survivingChars = 0;
    let clippedStart = false;
    let clippedEnd = false;
    const keepRun = (from: number, to: number) => {
      const at = newPositionOfChar(prepared, from);
      if (newStart < 0) newStart = at;
      newEnd = at + (to - from);
      survivingChars += to - from;
    };
    let cursor = a;
    for (let k = editsEndingBy(prepared, a); k < prepared.length; k++) {
      const e = prepared[k] as PreparedEdit;
      if (e.start >= b) break; // an insertion at b, or anything later, leaves the coding alone
      if (e.start <= a) clippedStart = true; // (an insertion here would have ended at or before a)
      if (e.end >= b) clippedEnd = true;
      if (cursor < e.start) keepRun(cursor, e.start);
      if (a < e.start && e.end < b && e.length > 0) {
        if (newStart < 0) newStart = e.newStart;
        newEnd = e.newStart + e.length;
      }
      cursor = Math.max(cursor, e.end);
    }
    if (cursor < b) keepRun(cursor, b);

    if (survivingChars === 0) {
      result.lost.push(c);
      continue;
    }
    result.kept.push({ ...c, start: newStart, end: newEnd });
    if (clippedStart || clippedEnd) {
      result.clipped.push({ id: c.id, oldStart: a, oldEnd: b, start: newStart, end: newEnd });
    }
  }
  return result;
}

/** The new text after applying the edits (old-text code points, simultaneous, as in remapCodings). */
export function applyEdits(oldText: string, edits: TextEdit | readonly TextEdit[]): string {
  const prepared = prepareEdits(edits);
  const list = (Array.isArray(edits) ? edits : [edits]) as readonly TextEdit[];
  const sorted = [...list].sort((x, y) => x.start - y.start || x.end - y.end);
  const index = new PositionIndex(oldText);
  const last = prepared[prepared.length - 1];
  if (last && last.end > index.length) {
    throw new RangeError(`edit [${last.start}, ${last.end}) reaches past the end of the text (${index.length} code points)`);
  }
  const parts: string[] = [];
  let cursor = 0;
  for (const e of sorted) {
    parts.push(index.slice(cursor, e.start), e.replacement);
    cursor = e.end;
  }
  parts.push(index.slice(cursor, index.length));
  return parts.join('');
}

/**
 * The single edit that turns oldText into newText: everything between their common prefix and common
 * suffix. Both ends are moved outward to boundaries of user-perceived characters in both texts, so
 * the edit never splits an emoji, a flag or a letter from its accent (changing 👍🏻 to 👍🏽 replaces the
 * whole emoji). Returns [] when the texts are equal. Positions are code points in oldText.
 */
export function diffToEdits(oldText: string, newText: string): TextEdit[] {
  if (oldText === newText) return [];
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  // Snap the prefix end down until it is a cluster boundary in both texts.
  for (;;) {
    const q = graphemeStartAtOrBefore(newText, graphemeStartAtOrBefore(oldText, p));
    if (q === p) break;
    p = q;
  }
  let s = 0; // common suffix length, not overlapping the prefix in either text
  while (
    s < max - p &&
    oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)
  ) {
    s++;
  }
  for (;;) {
    const oldCut = graphemeEndAtOrAfter(oldText, oldText.length - s);
    const newCut = graphemeEndAtOrAfter(newText, newText.length - (oldText.length - oldCut));
    const next = newText.length - newCut;
    if (next === s) break;
    s = next;
  }
  // A pure insertion or deletion can often slide left (inserting "sangat " before "suka" is also
  // inserting "angat s" after its "s"). Slide it to where it starts a word, so that the coding policy
  // (insertion at a coding's start shifts it, at its end leaves it) sees the word the user typed.
  if (oldText.length - s === p || newText.length - s === p) {
    const longer = oldText.length - s === p ? newText : oldText;
    const other = longer === newText ? oldText : newText;
    const span = longer.length - s - p; // length of the inserted (or deleted) stretch
    const startsWord = (at: number) => at === 0 || /\s/.test(longer[at - 1] as string);
    let best = p;
    for (let q = p; !startsWord(p) && q > 0 && longer.charCodeAt(q - 1) === longer.charCodeAt(q - 1 + span); ) {
      q--;
      const boundary =
        graphemeStartAtOrBefore(longer, q) === q &&
        graphemeStartAtOrBefore(longer, q + span) === q + span &&
        graphemeStartAtOrBefore(other, q) === q;
      if (boundary && startsWord(q)) {
        best = q;
        break;
      }
    }
    if (best !== p) {
      const start = utf16ToCodePoint(oldText, best);
      const removed = oldText === longer ? span : 0;
      return [
        {
          start,
          end: start + codePointLength(oldText.slice(best, best + removed)),
          replacement: newText === longer ? newText.slice(best, best + span) : '',
        },
      ];
    }
  }
  const start = utf16ToCodePoint(oldText, p);
  const end = utf16ToCodePoint(oldText, oldText.length - s);
  return [{ start, end, replacement: newText.slice(p, newText.length - s) }];
}
