/** Private-use markers around matches in snippets (never in real text; the UI turns them into <mark>). */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

export interface SnippetTerm {
  text: string;
  prefix: boolean;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches any of the terms as whole words (or word starts for prefix terms), case-insensitively. */
export function termPattern(terms: SnippetTerm[]): RegExp | null {
  const parts = terms.filter((t) => t.text.trim()).map((t) => `${escapeRegex(t.text.trim()).replace(/\s+/g, '\\s+')}${t.prefix ? '[\\p{L}\\p{N}]*' : ''}`);
  if (parts.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * A short excerpt around the first match of the terms, with every match in it marked, cut at word
 * boundaries, with … where text was cut. Null when no term occurs as written (e.g. the search
 * matched through diacritic folding), so the caller can fall back to the index's own snippet.
 * Runs on the raw text, so it costs a regular-expression scan, not a re-tokenisation.
 */
export function buildSnippet(text: string, terms: SnippetTerm[], before = 60, after = 140): string | null {
  const re = termPattern(terms);
  if (!re) return null;
  const first = re.exec(text);
  if (!first) return null;
  let start = Math.max(0, first.index - before);
  let end = Math.min(text.length, first.index + first[0].length + after);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first.index) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first.index + first[0].length) end = space;
  }
  // Never cut a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
  const window = text.slice(start, end);
  const marked = window.replace(termPattern(terms)!, (m) => `${MATCH_OPEN}${m}${MATCH_CLOSE}`).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${marked.trim()}${end < text.length ? '…' : ''}`;
}
