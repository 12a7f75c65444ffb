import type { Phrase } from '../../../shared/api/phrase';
import { errorPhrase, tooLargePhrase } from '../i18n/error-phrase';
import { canonicalizeText } from '../../../shared/text/canonical';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  type ImportOptions,
  type ImportedDocument,
} from './imported-document';
import { decodeText } from './text-decoding';
import { detectTurnBlocks, paragraphBlocks, type LineBlockOptions } from './transcript-turns';

/**
 * Plain text (.txt, .text) and Markdown (.md, .markdown). The text is kept exactly as written
 * (Markdown marks included: the researcher codes what the file says, and an export gives it back);
 * only its structure is read: one block per non-blank line, speaker turns in transcripts (see
 * transcript-turns.ts) unless `detectTurns` is false, and in Markdown, ATX headings ("# Title") as
 * heading blocks with their level (fenced code blocks are not searched for headings).
 */
export function importPlainText(bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): ImportedDocument {
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length > maxBytes) {
    throw new ImportError('too-large', fileName, tooLargePhrase(bytes.length, maxBytes));
  }
  if (bytes.length === 0) throw new ImportError('empty', fileName, errorPhrase('errors.import.empty'));

  const decoded = decodeText(bytes, fileName, opts.encoding === undefined ? {} : { encoding: opts.encoding });
  const text = canonicalizeText(decoded.text);
  if (text.trim() === '') throw new ImportError('empty', fileName, errorPhrase('errors.import.blank'));

  const format = isMarkdownName(fileName) ? 'md' : 'txt';
  const lineOpts: LineBlockOptions = format === 'md' ? { headingLevel: markdownHeadingLevels(text) } : {};
  const blocks = opts.detectTurns === false ? paragraphBlocks(text, lineOpts) : detectTurnBlocks(text, lineOpts);

  const warnings: Phrase[] = [];
  if (decoded.confidence < 0.5) {
    warnings.push(errorPhrase('errors.encoding.guessed', { encoding: decoded.encoding, confidence: Math.round(decoded.confidence * 100) }));
  }
  return { text, blocks, format, encoding: decoded.encoding, warnings };
}

function isMarkdownName(fileName: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(fileName);
}

/**
 * ATX headings: up to three spaces, 1-6 "#", then a space or the end of the line (CommonMark).
 * Lines inside ``` or ~~~ fences are code, not headings, so the fences are tracked by line number.
 */
export function markdownHeadingLevels(canonicalText: string): (line: string, lineNumber: number) => number | null {
  const headings = new Map<number, number>();
  let fence: string | null = null;
  canonicalText.split('\n').forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      const marker = f[1]!;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
    if (h) headings.set(i + 1, h[1]!.length);
  });
  return (_line, lineNumber) => headings.get(lineNumber) ?? null;
}

