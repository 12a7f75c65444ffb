import { codePointLength } from '../../../shared/text/code-points';

/** One line of canonical text (LF-separated), with its place in code points, end exclusive, LF excluded. */
export interface TextLine {
  /** 1-based line number, as an editor shows it. */
  number: number;
  text: string;
  start: number;
  end: number;
}

/** Splits canonical text (LF line breaks only) into lines with code-point offsets. */
export function textLines(canonicalText: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let number = 1;
  for (const text of canonicalText.split('\n')) {
    const end = start + codePointLength(text);
    lines.push({ number, text, start, end });
    start = end + 1;
    number++;
  }
  return lines;
}

/** True for a line that is empty or holds only spaces/tabs (and other Unicode white space). */
export function isBlankLine(text: string): boolean {
  return text.trim() === '';
}
