import { invalidSubtitle, isBlank, quoteLine, type ParsedSubtitles, type RawCue } from './subtitle-cue';
import { formatTimestamp, parseSrtTimestamp } from './subtitle-timestamp';

/**
 * SubRip (.srt), parsed from canonical text: blocks separated by blank lines, each a cue number, a
 * timing line "00:01:02,500 --> 00:01:04,000" (optionally followed by position coordinates) and text
 * lines. Tolerated: a missing cue number, and a missing blank line before the next "number + timing"
 * pair. Refused, with the line: text outside a cue, a number without a timing line, a time that is
 * not hh:mm:ss,ttt (a full stop before the milliseconds included: that is WebVTT's form and in an
 * SRT file usually a hand edit gone wrong), and a cue that ends before it starts.
 */
export function parseSrt(text: string, fileName: string): ParsedSubtitles {
  const lines = text.split('\n');
  const n = lines.length;
  const cues: RawCue[] = [];
  let i = 0;
  while (i < n) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    const first = lines[i]!.trim();
    let timing = i;
    if (/^\d+$/.test(first)) {
      timing = i + 1;
      const next = lines[timing];
      if (next === undefined || !next.includes('-->')) {
        throw invalidSubtitle(
          fileName,
          next === undefined || isBlank(next) ? i + 1 : timing + 1,
          `cue ${first} has no timing line (like "00:00:01,000 --> 00:00:04,000")` +
            (next === undefined || isBlank(next) ? '.' : `; found ${quoteLine(next)} instead.`),
        );
      }
    } else if (!first.includes('-->')) {
      throw invalidSubtitle(
        fileName,
        i + 1,
        `${quoteLine(first)} is not part of any cue: an SRT cue starts with its number and a timing line (like "00:00:01,000 --> 00:00:04,000").`,
      );
    }
    const cue = parseTimingLine(lines[timing]!, timing + 1, fileName);
    let j = timing + 1;
    while (j < n && !isBlank(lines[j]!) && !lines[j]!.includes('-->')) {
      // "12" directly followed by a timing line: the next cue, with the blank line forgotten.
      if (/^\d+$/.test(lines[j]!.trim()) && (lines[j + 1] ?? '').includes('-->')) break;
      cue.lines.push(lines[j++]!);
    }
    cues.push(cue);
    i = j;
  }
  return { cues, warnings: [] };
}

function parseTimingLine(line: string, lineNumber: number, fileName: string): RawCue {
  const arrow = line.indexOf('-->');
  const left = line.slice(0, arrow).trim();
  const endToken = line.slice(arrow + 3).trim().split(/[ \t]+/)[0] ?? '';
  const start = parseSrtTimestamp(left);
  const end = parseSrtTimestamp(endToken);
  if (start === null || end === null) {
    const bad = start === null ? left : endToken;
    const hint = /^\d+:\d{2}:\d{2}\.\d{3}$/.test(bad) ? ' (SRT puts a comma, not a full stop, before the milliseconds)' : '';
    throw invalidSubtitle(
      fileName,
      lineNumber,
      `invalid timing ${quoteLine(line)}: ${JSON.stringify(bad)} is not an SRT time like 00:01:02,500${hint}.`,
    );
  }
  if (end < start) {
    throw invalidSubtitle(fileName, lineNumber, `the cue ends (${formatTimestamp(end)}) before it starts (${formatTimestamp(start)}).`);
  }
  return { startMs: start, endMs: end, lines: [], lineNumber };
}
