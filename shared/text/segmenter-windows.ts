/**
 * Helpers to run Intl.Segmenter on short windows of a long text.
 *
 * Why: in V8 (Node 20, Chromium) iterating `Intl.Segmenter#segment(s)` costs time proportional to
 * s.length for EVERY segment, so one pass over a 300k-character transcript is quadratic (measured: a
 * word count of 300k characters took over a minute, a grapheme pass three minutes). Cutting the text
 * into pieces of a few hundred units makes it linear again (~60 ms for 300k), but only if every cut is
 * a place where the segmenter would have broken anyway. The functions below recognise such places
 * conservatively from the two UTF-16 units on either side: when they say "sure", the break is certain
 * under the Unicode rules (UAX #29); when unsure they say no, and the caller just looks further.
 */

const LF = 0x0a;
const CR = 0x0d;

/**
 * Code units whose Grapheme_Cluster_Break is Other and that are not Extended_Pictographic, Prepend,
 * Regional_Indicator, Extend, SpacingMark or a Hangul jamo, and never the second half of a canonical
 * composition (so NFC never joins them to what precedes). Between two such units UAX #29 rule GB999
 * always breaks. The list is deliberately short: ASCII printables and the letter blocks of common
 * scripts (Latin, Greek, Cyrillic, Hebrew, Arabic, kana, CJK ideographs and punctuation, Hangul
 * syllables).
 */
function isPlain(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x391 && c <= 0x3c9) ||
    (c >= 0x400 && c <= 0x481) ||
    (c >= 0x5d0 && c <= 0x5ea) ||
    (c >= 0x620 && c <= 0x64a) ||
    (c >= 0x3001 && c <= 0x3002) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3)
  );
}

/**
 * True when UTF-16 offset `i` is certainly a grapheme-cluster boundary of `text` (and also a place
 * where NFC normalisation of the two sides separately equals normalisation of the whole). Offsets 0
 * and text.length are always boundaries.
 */
export function isSureGraphemeBreak(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const x = text.charCodeAt(i - 1);
  const y = text.charCodeAt(i);
  if (x === LF) return true; // GB4: break after LF
  if (x === CR) return y !== LF; // GB3/GB4: CR × LF, otherwise break after CR
  if (y === LF || y === CR) return true; // GB5 (x is not CR here)
  return isPlain(x) && isPlain(y);
}

/**
 * True when UTF-16 offset `i` is certainly a word boundary (UAX #29 word rules, and the dictionary
 * segmentation ICU applies to CJK and Thai, which never joins across ASCII whitespace).
 */
export function isSureWordBreak(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const x = text.charCodeAt(i - 1);
  const y = text.charCodeAt(i);
  if (x === LF) return true; // WB3a: break after newlines
  if (x === CR) return y !== LF; // WB3: CR × LF
  if (y === LF || y === CR) return true; // WB3b
  // After a space or tab, a following ASCII unit is never Extend/Format/ZWJ (WB4), so the break holds.
  // (Two spaces are kept together by WB3d, but cutting a whitespace run changes no word.)
  return (x === 0x20 || x === 0x09) && y >= 0x09 && y <= 0x7e;
}

/**
 * Offsets at which to cut `text` into pieces of about `target` UTF-16 units for the segmenter: each cut
 * is a sure break according to `isSure`. Returns the piece ends, ascending, the last one text.length.
 * If no sure break turns up the piece simply grows (correct, only slower).
 */
export function pieceEnds(
  text: string,
  isSure: (text: string, i: number) => boolean,
  target = 256,
): number[] {
  const ends: number[] = [];
  let i = target;
  while (i < text.length) {
    while (i < text.length && !isSure(text, i)) i++;
    if (i >= text.length) break;
    ends.push(i);
    i += target;
  }
  ends.push(text.length);
  return ends;
}
