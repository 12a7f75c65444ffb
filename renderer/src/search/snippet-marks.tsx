import type { ReactNode } from 'react';

/** Turns a search snippet whose matches are wrapped in U+E000 … U+E001 into text with <mark>s. */
export function snippetWithMarks(snippet: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\uE000([^\uE001]*)\uE001/gu;
  let last = 0;
  let k = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) out.push(snippet.slice(last, m.index));
    out.push(<mark key={k++}>{m[1]}</mark>);
    last = m.index + m[0].length;
  }
  // A marker left unmatched (a snippet cut mid-hit) is dropped, never shown.
  if (last < snippet.length) out.push(snippet.slice(last).replace(/[\uE000\uE001]/gu, ''));
  return out;
}
