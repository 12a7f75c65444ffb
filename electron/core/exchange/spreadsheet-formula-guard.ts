/**
 * CSV injection: a spreadsheet runs a cell that starts with =, +, -, @, a tab or a CR as a formula
 * (OWASP "CSV Injection"), so a transcript line "=HYPERLINK(...)" in an export could act when the
 * supervisor opens it. Such text is written with a leading apostrophe, so the spreadsheet reads it as
 * text; the apostrophe stays visible in the cell (the trade-off OWASP recommends).
 *
 * The guard is reversible, so a file Telaah wrote reads back exactly: text that already starts with
 * apostrophes before a formula character gets one more, and unguardFormula takes exactly one away.
 * (unguardFormula(guardFormula(s)) === s for every s.)
 */
const GUARDED = /^'*[=+\-@\t\r]/;
const UNGUARD = /^'+[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

export function unguardFormula(text: string): string {
  return UNGUARD.test(text) ? text.slice(1) : text;
}
