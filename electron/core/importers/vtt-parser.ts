import type { Phrase } from '../../../shared/api/phrase';
import { errorPhrase } from '../i18n/error-phrase';
import { invalidSubtitle, isBlank, listLines, quoteLine, type ParsedSubtitles, type RawCue } from './subtitle-cue';
import { formatTimestamp, parseVttTimestamp } from './subtitle-timestamp';

/**
 * WebVTT (https://www.w3.org/TR/webvtt1/), parsed from canonical text (LF line breaks, no BOM).
 *
 * Follows the standard's parser where it matters for text: the file must open with "WEBVTT"; header
 * lines up to the first blank line (Kind:, Language:, YouTube's Style: ... ##) are metadata; NOTE,
 * STYLE and REGION blocks are skipped; a cue is an optional identifier line, a timing line with
 * "-->", then text lines up to a blank line or a line containing "-->" (which starts the next cue, as
 * YouTube writes them). Where the standard silently drops text (a block without a timing line) or a
 * time, this parser refuses the file with the line, so a researcher never loses text unknowingly.
 *
 * Deliberate leniency: times written with a comma before the milliseconds (SRT style, as in files
 * Taguette accepts) are read, with a warning. Lines holding only spaces count as blank.
 */
export function parseVtt(text: string, fileName: string): ParsedSubtitles {
  const lines = text.split('\n');
  const n = lines.length;
  const header = lines[0] ?? '';
  if (!/^WEBVTT(?:[ \t]|$)/.test(header)) {
    const looksSrt = /^\d+$/.test(header.trim()) && /-->/.test(lines[1] ?? '');
    throw invalidSubtitle(
      fileName,
      1,
      `missing the "WEBVTT" header a WebVTT file must start with (found ${quoteLine(header)})` +
        (looksSrt ? '; the file looks like SRT: rename it to .srt' : '') +
        '.',
    );
  }

  const cues: RawCue[] = [];
  const commaLines: number[] = [];
  let i = 1;
  // Header metadata runs to the first blank line; a timing line ends it early.
  while (i < n && !isBlank(lines[i]!) && !lines[i]!.includes('-->')) i++;

  while (i < n) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    const first = lines[i]!;
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first) && !first.includes('-->')) {
      while (i < n && !isBlank(lines[i]!)) i++;
      continue;
    }
    let timing = i;
    if (!first.includes('-->')) {
      // An identifier ("1", "second caption") must be followed by the timing line.
      const next = lines[i + 1];
      if (next === undefined || isBlank(next) || !next.includes('-->')) {
        throw invalidSubtitle(
          fileName,
          i + 1,
          `${quoteLine(first)} is not part of any cue: the timing line (like "00:00:01.000 --> 00:00:04.000") is missing.`,
        );
      }
      timing = i + 1;
    }
    const cue = parseTimingLine(lines[timing]!, timing + 1, fileName, commaLines);
    let j = timing + 1;
    while (j < n && !isBlank(lines[j]!) && !lines[j]!.includes('-->')) cue.lines.push(lines[j++]!);
    cues.push(cue);
    i = j;
  }

  const warnings: Phrase[] = [];
  if (commaLines.length > 0) {
    warnings.push(errorPhrase('errors.subtitle.commaMillis', { count: commaLines.length, lines: listLines(commaLines) }));
  }
  return { cues, warnings };
}

function parseTimingLine(line: string, lineNumber: number, fileName: string, commaLines: number[]): RawCue {
  const arrow = line.indexOf('-->');
  const left = line.slice(0, arrow).trim();
  const right = line.slice(arrow + 3).trim();
  const endToken = right.split(/[ \t]+/)[0] ?? '';
  const start = parseVttTimestamp(left);
  const end = parseVttTimestamp(endToken);
  if (!start || !end) {
    const bad = !start ? left : endToken;
    throw invalidSubtitle(
      fileName,
      lineNumber,
      `invalid timing ${quoteLine(line)}: ${JSON.stringify(bad)} is not a time; WebVTT times look like 00:01:02.500 or 01:02.500.`,
    );
  }
  if (end.ms < start.ms) {
    throw invalidSubtitle(
      fileName,
      lineNumber,
      `the cue ends (${formatTimestamp(end.ms)}) before it starts (${formatTimestamp(start.ms)}).`,
    );
  }
  if ((start.comma || end.comma) && commaLines.length < 1000) commaLines.push(lineNumber);
  return { startMs: start.ms, endMs: end.ms, lines: [], lineNumber };
}
