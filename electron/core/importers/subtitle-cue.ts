import { errorPhrase } from '../i18n/error-phrase';
import type { Phrase } from '../../../shared/api/phrase';
import { ImportError } from './imported-document';

/**
 * What the three subtitle parsers (vtt-parser, srt-parser, sbv-parser) hand to subtitle-importer:
 * cues with their times and raw text lines (tags not yet stripped), plus notes for the researcher.
 */
export interface RawCue {
  startMs: number;
  endMs: number;
  /** Cue text lines as written, markup included; empty when the cue has no text. */
  lines: string[];
  /** 1-based line number of the cue's timing line (for messages). */
  lineNumber: number;
}

export interface ParsedSubtitles {
  cues: RawCue[];
  warnings: Phrase[];
}

/** A refusal that names the file, the line and what is wrong with it. */
export function invalidSubtitle(fileName: string, lineNumber: number, what: string): ImportError {
  return new ImportError('invalid-subtitle', fileName, errorPhrase('errors.subtitle.line', { line: lineNumber, detail: what }));
}

/** Shortens a line quoted in a message. */
export function quoteLine(line: string): string {
  const t = line.trim();
  return JSON.stringify(t.length > 60 ? t.slice(0, 57) + '...' : t);
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** "3, 7 and 12" or "3, 7, 12 and 40 more". */
export function listLines(numbers: number[]): string {
  const shown = numbers.slice(0, 5).map(String);
  if (numbers.length > 5) return `${shown.join(', ')} and ${numbers.length - 5} more`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
