/** A Lexical editor state (JSON) holding `text` as plain paragraphs, one per line. */
export function plainTextToLexicalJson(text: string): string {
  const paragraphs = text.split('\n').map((line) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: line ? [{ type: 'text', version: 1, text: line, detail: 0, format: 0, mode: 'normal', style: '' }] : [],
  }));
  return JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs } });
}
