import { errorPhrase, tooLargePhrase } from '../i18n/error-phrase';
import { canonicalizeText } from '../../../shared/text/canonical';
import { codePointLength } from '../../../shared/text/code-points';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  type ImportOptions,
  type ImportedBlock,
  type ImportedDocument,
} from './imported-document';
import { cleanCueText } from './cue-text';
import { parseSbv } from './sbv-parser';
import { parseSrt } from './srt-parser';
import { listLines, type ParsedSubtitles } from './subtitle-cue';
import { decodeText } from './text-decoding';
import { chooseSpeakerLabels, matchTurnLabel, type TurnLabel } from './transcript-turns';
import { parseVtt } from './vtt-parser';

/**
 * Subtitles (.vtt, .srt, .sbv) as a source: canonical text is one line per cue (the cue's lines joined
 * with a space, markup removed; see cue-text.ts), cues separated by LF. Each cue is a block of kind
 * 'cue' with its start and end time in milliseconds.
 *
 * Speakers: a WebVTT voice tag (<v Name>) is written into the text as "Name: " before the cue text,
 * so exports and searches keep it, and becomes the block's speaker with `bodyStart` after it. Cues
 * that start with a speaker label ("INTERVIEWER: ...", "Informan 1: ...") get the same treatment when
 * such labels recur across cues (see chooseSpeakerLabels). Bracketed labels are not read as speakers
 * here: in subtitles "[Music]" or "[laughs]" are sound descriptions. Unlike plain-text transcripts,
 * a cue without a label has no speaker (subtitle cues are too short for a label to carry over safely).
 *
 * Cues without text are left out, with a warning naming their lines. A file with a valid header but no
 * cues (WebVTT "WEBVTT" alone) imports as an empty source with a warning; a file with no bytes or only
 * white space is refused as empty; any syntax error refuses the file with its line (see the parsers).
 */
export function importSubtitles(bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): ImportedDocument {
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length > maxBytes) {
    throw new ImportError('too-large', fileName, tooLargePhrase(bytes.length, maxBytes));
  }
  if (bytes.length === 0) throw new ImportError('empty', fileName, errorPhrase('errors.import.empty'));
  const format = subtitleFormat(fileName);
  const decoded = decodeText(bytes, fileName, opts.encoding === undefined ? {} : { encoding: opts.encoding });
  const source = canonicalizeText(decoded.text);
  if (source.trim() === '') throw new ImportError('empty', fileName, errorPhrase('errors.import.blank'));

  const parsed: ParsedSubtitles =
    format === 'vtt' ? parseVtt(source, fileName) : format === 'srt' ? parseSrt(source, fileName) : parseSbv(source, fileName);
  const warnings = [...parsed.warnings];

  // NFC again: removing markup can bring a letter and a combining mark together.
  const cues = parsed.cues.map((cue) => {
    const clean = cleanCueText(cue.lines);
    return { cue, text: clean.text.normalize('NFC'), voice: clean.voice?.normalize('NFC') };
  });
  const emptyLines = cues.filter((c) => c.text === '').map((c) => c.cue.lineNumber);
  const kept = cues.filter((c) => c.text !== '');
  if (emptyLines.length > 0) {
    warnings.push(errorPhrase('errors.subtitle.emptyCues', { count: emptyLines.length, lines: listLines(emptyLines) }));
  }
  if (parsed.cues.length === 0) warnings.push(errorPhrase('errors.subtitle.noCues'));

  // "Name: text" labels count only when they recur; voice-tagged cues already have their speaker.
  const candidates: (TurnLabel | null)[] = kept.map((c) => {
    if (c.voice !== undefined) return null;
    const label = matchTurnLabel(c.text);
    return label && label.form === 'colon' ? label : null;
  });
  const honoured = chooseSpeakerLabels(candidates, { minShare: 0 });

  const lines: string[] = [];
  const blocks: ImportedBlock[] = [];
  let offset = 0;
  kept.forEach((c, k) => {
    const prefix = c.voice === undefined ? '' : `${c.voice}: `;
    const line = prefix + c.text;
    const block: ImportedBlock = {
      start: offset,
      end: offset + codePointLength(line),
      bodyStart: offset,
      kind: 'cue',
      timeStartMs: c.cue.startMs,
      timeEndMs: c.cue.endMs,
    };
    if (c.voice !== undefined) {
      block.speaker = c.voice;
      block.bodyStart = offset + codePointLength(prefix);
    } else if (honoured[k]) {
      const label = candidates[k]!;
      block.speaker = label.speaker;
      block.bodyStart = offset + codePointLength(c.text.slice(0, label.bodyIndex));
    }
    blocks.push(block);
    lines.push(line);
    offset = block.end + 1;
  });

  const text = lines.join('\n');
  return { text, blocks, format, encoding: decoded.encoding, warnings };
}

function subtitleFormat(fileName: string): 'vtt' | 'srt' | 'sbv' {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'vtt' || ext === 'srt' || ext === 'sbv') return ext;
  throw new ImportError('unsupported-type', fileName, errorPhrase('errors.subtitle.notSubtitle'));
}
