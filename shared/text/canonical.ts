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
  return canonicalizeText(text) === text;
}
