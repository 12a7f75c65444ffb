/**
 * Canonical text of a source, fixed at import: BOM stripped, CRLF and lone CR (and U+0085 NEL,
 * U+2028, U+2029) turned into LF, Unicode NFC. Exactly what a REFI-QDA export writes as the UTF-8 .txt.
 * Every stored position is a code-point offset into this string.
 */
export function canonicalizeText(raw: string): string {
  let text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  text = text.replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n');
  return text.normalize('NFC');
}

/** True when `text` is already canonical (used to check imported and stored text). */
export function isCanonicalText(text: string): boolean {
  // Below U+0300 every character is NFC-stable and no normalisation joins it with its neighbours, so
  // text made only of them is canonical unless it holds a CR or NEL (U+0085): checked without copying.
  if (!MAY_CHANGE.test(text)) return true;
  return canonicalizeText(text) === text;
}

/** Characters canonicalizeText may change or that may take part in NFC composition. */
const MAY_CHANGE = /[\r\u0085\u0300-\uFFFF]/;
