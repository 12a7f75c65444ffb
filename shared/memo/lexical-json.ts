/**
 * Lexical editor state for a plain-text memo: one paragraph per blank-line-separated paragraph,
 * line breaks kept. Used when memos come from plain text (the sample, REFI-QDA notes, the CLI), so
 * the rich-text editor opens them like any other memo.
 */
export function plainTextToLexicalJson(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const children = paragraphs.map((p) => {
    const lines = p.split('\n');
    const nodes: object[] = [];
    lines.forEach((line, i) => {
      if (i > 0) nodes.push({ type: 'linebreak', version: 1 });
      if (line) nodes.push({ type: 'text', text: line, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
    });
    return { type: 'paragraph', children: nodes, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', version: 1 };
  });
  return JSON.stringify({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } });
}
