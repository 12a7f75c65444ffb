import { createHash } from 'node:crypto';
import { codePointLength } from '../../../shared/text/code-points';
import { countWords } from '../../../shared/text/word-count';
import type { ImportedBlock } from '../importers/imported-document';
import type { Block } from '../../../shared/api/methods/source-methods';
import { packBlocks } from './source-blocks';

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Everything about a source's text that storing needs and that costs time to compute. No database
 * here: the import's parse worker measures each file, so storing on the main thread is one INSERT.
 */
export interface SourceMeasures {
  wordCount: number;
  charCount: number;
  textHash: string;
  packedBlocks: string;
}

export function measureSource(doc: { text: string; blocks: readonly (ImportedBlock | Block)[] }): SourceMeasures {
  return { wordCount: countWords(doc.text), charCount: codePointLength(doc.text), textHash: textHash(doc.text), packedBlocks: packBlocks(doc.blocks) };
}
