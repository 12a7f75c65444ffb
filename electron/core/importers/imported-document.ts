/**
 * What every document importer returns: canonical text (see shared/text/canonical.ts) and the
 * blocks a researcher reads it in. Invariants: offsets are code points into `text`, end exclusive;
 * blocks are in order, do not overlap, and `start <= bodyStart <= end`.
 */
import type { Phrase } from '../../../shared/api/phrase';
import type { BlockKind } from '../../../shared/text/block-kinds';

export type { BlockKind };

export interface ImportedBlock {
  start: number;
  end: number;
  /** Where the utterance begins after a speaker label such as "Informan 1: " (== start when none). */
  bodyStart: number;
  kind: BlockKind;
  speaker?: string;
  /** Cue or turn timestamp in milliseconds, when the source has one. */
  timeStartMs?: number;
  timeEndMs?: number;
  /** Heading or list nesting level (1-based). */
  level?: number;
}

export type SourceFormat = 'txt' | 'md' | 'docx' | 'odt' | 'pdf' | 'html' | 'rtf' | 'vtt' | 'srt' | 'sbv';

export interface ImportedDocument {
  text: string;
  blocks: ImportedBlock[];
  format: SourceFormat;
  /** Character encoding the bytes were read as (text formats only), e.g. "UTF-8", "windows-1252". */
  encoding?: string;
  /** Things the researcher should know that did not stop the import ("2 images skipped"). */
  warnings: Phrase[];
}

export interface ImportOptions {
  /** Force a character encoding for text formats instead of detecting it (an iconv-lite name). */
  encoding?: string;
  /** Detect speaker turns in plain text (default true). */
  detectTurns?: boolean;
  /** Largest accepted file, in bytes (default MAX_IMPORT_BYTES). */
  maxBytes?: number;
}

export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  options?: ImportOptions;
}

/** 25 MiB: far above any real transcript, well below what would stall the app. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

export type ImportErrorCode =
  | 'too-large'
  | 'unsupported-type'
  | 'corrupt'
  | 'zip-bomb'
  | 'unsafe-xml'
  | 'unsafe-path'
  | 'bad-encoding'
  | 'empty'
  | 'invalid-subtitle'
  | 'cancelled';

/**
 * A failure a researcher can act on: says what is wrong and with which file. The message is English
 * ("file: reason") for the command line and logs; `reason` is the same words as a catalogue phrase,
 * without the file name, for the interface to word in the researcher's language.
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly fileName: string;
  readonly reason: Phrase;
  constructor(code: ImportErrorCode, fileName: string, reason: Phrase) {
    super(`${fileName}: ${reason.english}`);
    this.name = 'ImportError';
    this.code = code;
    this.fileName = fileName;
    this.reason = reason;
  }
}
