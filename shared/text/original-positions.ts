/**
 * Maps positions counted by another tool in a source's ORIGINAL text onto Telaah's canonical text
 * (see canonical.ts: BOM stripped, CRLF/CR/NEL/U+2028/U+2029 → LF, NFC), in code points.
 *
 * Other tools count differently. Real NVivo exports (Windows 12.6, Mac 12.7) count UTF-16 code units
 * in the original text, a CRLF as 2 and the BOM not at all (`NVIVO_POSITION_POLICY`). The REFI-QDA
 * standard and QualCoder count code points. An importer picks a policy per producer, maps every
 * selection, and reports the ones whose ends land inside a character (`insideCharacter`): between the
 * halves of a surrogate pair, between the CR and LF of a CRLF, or inside a sequence that NFC merged
 * (e + U+0301 → é). Such positions are rounded (start down, end up, by default) so the selection
 * keeps whole characters.
 *
 * Model: the original text is cut into pieces, each mapping to a stretch of canonical text.
 * A "linear" piece maps one original unit to one canonical code point (the usual case, merged into long
 * runs). An "atomic" piece maps as a whole (CRLF: 2 → 1; a surrogate pair counted in UTF-16: 2 → 1; a
 * counted BOM: 1 → 0; a cluster that NFC changed: n → m); offsets strictly inside it are inside a
 * character. Lookups are a binary search over piece starts: O(log pieces).
 */
import { canonicalizeText } from './canonical';
import { codePointLength } from './code-points';
import { isSureGraphemeBreak, pieceEnds } from './segmenter-windows';

/** How a tool counts positions in its original text. */
export interface OriginalPositionPolicy {
  /** 'utf16': UTF-16 code units (a surrogate pair counts 2); 'codePoint': code points. */
  unit: 'utf16' | 'codePoint';
  /** True when a leading BOM (U+FEFF) is counted as a position; false when offset 0 is after it. */
  bomCounted: boolean;
}

/** NVivo's counting, as observed in real exports (see fixtures/README.md). */
export const NVIVO_POSITION_POLICY: OriginalPositionPolicy = { unit: 'utf16', bomCounted: false };

export interface MappedPosition {
  /** Code-point offset in the canonical text. */
  position: number;
  /** True when the original position fell inside a character (pair, CRLF, NFC-merged sequence). */
  insideCharacter: boolean;
}

export interface MappedRange {
  start: number;
  end: number;
  /** True when both ends landed on character boundaries (nothing was rounded). */
  clean: boolean;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const LINE_ENDS = /\r\n?|\u0085|\u2028|\u2029/g;

export class OriginalPositionMapper {
  /** Length of the original text in the policy's unit (BOM included only if counted). */
  readonly originalLength: number;
  /** Length of the canonical text in code points. */
  readonly canonicalLength: number;
  // Piece k covers original [origStarts[k], origStarts[k+1]) and canonical [canonStarts[k], canonStarts[k+1]).
  // The last entry of each array is a sentinel (the two lengths).
  private readonly origStarts: number[] = [];
  private readonly canonStarts: number[] = [];
  private readonly atomic: boolean[] = [];

  /**
   * @param canonicalText the source's stored canonical text
   * @param originalText the text the other tool counted in (with its line ends, BOM, unnormalised form)
   * @throws Error when canonicalText is not the canonical form of originalText (says where they differ)
   */
  constructor(
    canonicalText: string,
    originalText: string,
    readonly policy: OriginalPositionPolicy = NVIVO_POSITION_POLICY,
  ) {
    let orig = 0;
    let canon = 0;
    const out: string[] = [];
    const push = (origLen: number, canonLen: number, atomic: boolean): void => {
      if (origLen === 0 && canonLen === 0) return;
      // A piece with no interior offset cannot be landed inside; treat 1 → 1 as linear so runs merge.
      const isAtomic = atomic && !(origLen === 1 && canonLen === 1);
      const k = this.atomic.length - 1;
      if (!isAtomic && k >= 0 && !this.atomic[k]) {
        // extend the previous linear run
      } else {
        this.origStarts.push(orig);
        this.canonStarts.push(canon);
        this.atomic.push(isAtomic);
      }
      orig += origLen;
      canon += canonLen;
    };

    let text = originalText;
    if (text.charCodeAt(0) === 0xfeff) {
      if (policy.bomCounted) push(1, 0, true);
      text = text.slice(1);
    }
    const utf16 = policy.unit === 'utf16';

    let from = 0;
    for (const to of pieceEnds(text, isSureGraphemeBreak)) {
      const piece = text.slice(from, to);
      from = to;
      const lineFixed = piece.replace(LINE_ENDS, (m) => (m === '\r\n' ? '\r\n' : '\n'));
      const hasCrlf = lineFixed.includes('\r\n');
      const hasPairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(piece);
      const nfc = lineFixed.normalize('NFC');
      if (!hasCrlf && !hasPairs && nfc === lineFixed) {
        push(piece.length, piece.length, false);
        out.push(nfc);
        continue;
      }
      // Careful path: one grapheme cluster at a time (a CRLF is one cluster; NFC never merges across
      // clusters). Within an unchanged cluster every code point maps to itself.
      for (const { segment } of graphemes.segment(piece)) {
        if (segment === '\r\n') {
          push(2, 1, true);
          out.push('\n');
          continue;
        }
        const fixed = segment.replace(LINE_ENDS, '\n');
        const canonical = fixed.normalize('NFC');
        out.push(canonical);
        if (canonical === fixed) {
          for (let i = 0; i < fixed.length; i++) {
            const c = fixed.charCodeAt(i);
            const d = fixed.charCodeAt(i + 1);
            if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
              push(utf16 ? 2 : 1, 1, utf16);
              i++;
            } else {
              push(1, 1, false);
            }
          }
        } else {
          push(utf16 ? segment.length : codePointLength(segment), codePointLength(canonical), true);
        }
      }
    }

    this.originalLength = orig;
    this.canonicalLength = canon;
    this.origStarts.push(orig);
    this.canonStarts.push(canon);

    const built = out.join('');
    if (built !== canonicalText) {
      if (canonicalizeText(originalText) === canonicalText) {
        throw new Error(`internal error: position mapping rebuilt a different canonical text (${describeFirstDifference(built, canonicalText)})`);
      }
      throw new Error(
        `the stored text is not the canonical form of the original text: they first differ ${describeFirstDifference(built, canonicalText)}`,
      );
    }
  }

  /** Last piece index k with starts[k] <= x. */
  private findPiece(starts: number[], x: number): number {
    let lo = 0;
    let hi = starts.length - 1; // sentinel excluded
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Canonical code-point offset for original offset `pos` (0..originalLength). Inside a character it
   * rounds down (to the character's start) or up (to its end) and says so.
   */
  map(pos: number, rounding: 'down' | 'up' = 'down'): MappedPosition {
    if (!Number.isInteger(pos) || pos < 0 || pos > this.originalLength) {
      throw new RangeError(
        `position ${pos} is outside the original text (valid: integers 0..${this.originalLength})`,
      );
    }
    if (this.atomic.length === 0) return { position: 0, insideCharacter: false };
    const k = this.findPiece(this.origStarts, pos);
    const o = this.origStarts[k] as number;
    const c = this.canonStarts[k] as number;
    if (pos === o) return { position: c, insideCharacter: false };
    if (!this.atomic[k]) return { position: c + (pos - o), insideCharacter: false };
    return {
      position: rounding === 'down' ? c : (this.canonStarts[k + 1] as number),
      insideCharacter: true,
    };
  }

  /** Maps an original [start, end) outwards: start rounds down, end rounds up, to whole characters. */
  mapRange(start: number, end: number): MappedRange {
    if (end < start) throw new RangeError(`range [${start}, ${end}) ends before it starts`);
    const a = this.map(start, 'down');
    const b = this.map(end, 'up');
    return { start: a.position, end: b.position, clean: !a.insideCharacter && !b.insideCharacter };
  }

  /**
   * The inverse: original offset for canonical code-point offset `cp` (0..canonicalLength), e.g. to
   * write positions back in the other tool's counting. Inside an expanded piece it rounds as asked.
   */
  toOriginal(cp: number, rounding: 'down' | 'up' = 'down'): MappedPosition {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.canonicalLength) {
      throw new RangeError(
        `position ${cp} is outside the canonical text (valid: integers 0..${this.canonicalLength})`,
      );
    }
    if (this.atomic.length === 0) return { position: this.originalLength, insideCharacter: false };
    // Pieces with an empty canonical side (a counted BOM) share their start with the next piece;
    // the search finds the last one, so canonical 0 maps after the BOM, where the text begins.
    const k = this.findPiece(this.canonStarts, cp);
    const o = this.origStarts[k] as number;
    const c = this.canonStarts[k] as number;
    if (cp === c) return { position: o, insideCharacter: false };
    if (!this.atomic[k]) return { position: o + (cp - c), insideCharacter: false };
    return {
      position: rounding === 'down' ? o : (this.origStarts[k + 1] as number),
      insideCharacter: true,
    };
  }
}

/** "at line L, column C" (1-based, code points) of the first difference between two texts. */
function describeFirstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const before = b.slice(0, i);
  const line = before.split('\n').length;
  const column = codePointLength(before.slice(before.lastIndexOf('\n') + 1)) + 1;
  return `at line ${line}, column ${column}`;
}

/**
 * One NVivo-style position (UTF-16 units, CRLF as 2, BOM not counted) as a canonical code-point
 * position, rounded down inside a character. Builds a mapper on every call (O(n)): to map many
 * selections of one source, build one `OriginalPositionMapper` instead.
 */
export function fromUtf16CrlfPositions(canonicalText: string, originalText: string, pos: number): MappedPosition {
  return new OriginalPositionMapper(canonicalText, originalText, NVIVO_POSITION_POLICY).map(pos);
}
