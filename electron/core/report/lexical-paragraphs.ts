import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { STYLE } from './report-styles';

/** Lexical's text format bits (TextNode.format). */
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;

interface LexicalNode {
  type?: string;
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  children?: LexicalNode[];
}

function inlineRuns(nodes: LexicalNode[] | undefined, out: TextRun[] = []): TextRun[] {
  for (const n of nodes ?? []) {
    if (n.type === 'text' && typeof n.text === 'string') {
      const f = typeof n.format === 'number' ? n.format : 0;
      out.push(
        new TextRun({
          text: n.text,
          ...(f & BOLD ? { bold: true } : {}),
          ...(f & ITALIC ? { italics: true } : {}),
          ...(f & STRIKETHROUGH ? { strike: true } : {}),
          ...(f & UNDERLINE ? { underline: {} } : {}),
        }),
      );
    } else if (n.type === 'linebreak') out.push(new TextRun({ text: '', break: 1 }));
    else if (n.type === 'tab') out.push(new TextRun({ text: '\t' }));
    else if (n.children) inlineRuns(n.children, out); // links, marks: keep their text
  }
  return out;
}

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  // A memo's own headings sit below the report's Heading 3 of the memo title.
  h1: HeadingLevel.HEADING_4,
  h2: HeadingLevel.HEADING_4,
  h3: HeadingLevel.HEADING_5,
};

function blocks(nodes: LexicalNode[] | undefined, out: Paragraph[], listLevel = 0): void {
  for (const n of nodes ?? []) {
    switch (n.type) {
      case 'heading': {
        out.push(new Paragraph({ heading: HEADINGS[n.tag ?? ''] ?? HeadingLevel.HEADING_6, children: inlineRuns(n.children) }));
        break;
      }
      case 'quote':
        out.push(new Paragraph({ style: STYLE.quote, children: inlineRuns(n.children) }));
        break;
      case 'list':
        for (const item of n.children ?? []) {
          const nested = (item.children ?? []).filter((c) => c.type === 'list');
          const inline = (item.children ?? []).filter((c) => c.type !== 'list');
          if (inline.length > 0) {
            out.push(
              n.listType === 'number'
                ? new Paragraph({ children: inlineRuns(inline), numbering: { reference: 'report-numbers', level: Math.min(listLevel, 8) } })
                : new Paragraph({ children: inlineRuns(inline), bullet: { level: Math.min(listLevel, 8) } }),
            );
          }
          blocks(nested, out, listLevel + 1);
        }
        break;
      default:
        out.push(new Paragraph({ children: inlineRuns(n.children) }));
    }
  }
}

/** Plain text as paragraphs: blank lines separate paragraphs, single newlines stay line breaks. */
export function plainParagraphs(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => new Paragraph({ children: p.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })) }));
}

/**
 * A memo's or conclusion's rich text (Lexical JSON) as Word paragraphs, keeping bold, italic,
 * underline, headings, quotes and lists; falls back to the plain text when the JSON is empty or
 * not Lexical's.
 */
export function richTextParagraphs(contentJson: string, plainText: string): Paragraph[] {
  if (contentJson.trim() !== '') {
    try {
      const state = JSON.parse(contentJson) as { root?: LexicalNode };
      if (state.root?.children) {
        const out: Paragraph[] = [];
        blocks(state.root.children, out);
        if (out.length > 0) return out;
      }
    } catch {
      // not JSON: the plain text below is the memo's text all the same
    }
  }
  return plainParagraphs(plainText);
}
