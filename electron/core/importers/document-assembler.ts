/**
 * Builds an ImportedDocument from blocks of text in reading order, for the structured importers
 * (docx, odt, html, pdf). Each block's text is canonicalised and trimmed at both ends; blocks with no
 * text left are dropped; kept blocks are joined by a single "\n". Offsets are counted here, in code
 * points, so importers never do position arithmetic themselves.
 */
import type { Phrase } from '../../../shared/api/phrase';
import { canonicalizeText } from '../../../shared/text/canonical';
import { codePointLength } from '../../../shared/text/code-points';
import type { BlockKind, ImportedBlock, ImportedDocument, SourceFormat } from './imported-document';

export interface BlockDraft {
  kind: BlockKind;
  /** Raw text of the block; may contain "\n" for line breaks inside it. */
  text: string;
  level?: number;
  speaker?: string;
  /**
   * Length in UTF-16 units of a label at the start of `text` (e.g. "Anna: " or "[1] ") after which the
   * body begins. Counted on the text after canonicalisation and trimming.
   */
  labelLength?: number;
  timeStartMs?: number;
  timeEndMs?: number;
}

const EDGE_WHITESPACE = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu;

export class DocumentAssembler {
  private readonly parts: string[] = [];
  private readonly blocks: ImportedBlock[] = [];
  /** Canonical text of each block, parallel to `blocks`. */
  private readonly texts: string[] = [];
  /** Code points written so far, separators included. */
  private length = 0;

  /** Adds a block; returns false (and adds nothing) when its text is empty after trimming. */
  add(draft: BlockDraft): boolean {
    const text = canonicalizeText(draft.text).replace(EDGE_WHITESPACE, '');
    if (text === '') return false;
    if (this.parts.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    const start = this.length;
    const end = start + codePointLength(text);
    const label = draft.labelLength ? Math.min(draft.labelLength, text.length) : 0;
    const block: ImportedBlock = { start, end, bodyStart: start + codePointLength(text.slice(0, label)), kind: draft.kind };
    if (draft.level !== undefined) block.level = draft.level;
    if (draft.speaker !== undefined) block.speaker = draft.speaker;
    if (draft.timeStartMs !== undefined) block.timeStartMs = draft.timeStartMs;
    if (draft.timeEndMs !== undefined) block.timeEndMs = draft.timeEndMs;
    this.parts.push(text);
    this.blocks.push(block);
    this.texts.push(text);
    this.length = end;
    return true;
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  /** The text written so far (canonical). */
  text(): string {
    return this.parts.join('');
  }

  /** The blocks written so far, for post-processing such as speaker-turn marking. */
  currentBlocks(): ImportedBlock[] {
    return this.blocks;
  }

  /** Canonical text of each block written so far, parallel to currentBlocks(). */
  blockTexts(): readonly string[] {
    return this.texts;
  }

  build(format: SourceFormat, warnings: Phrase[]): ImportedDocument {
    return { text: this.text(), blocks: this.blocks.map((b) => ({ ...b })), format, warnings };
  }
}
