import { invalidSubtitle, isBlank, quoteLine, type ParsedSubtitles, type RawCue } from './subtitle-cue';
import { formatTimestamp, parseSbvTimestamp } from './subtitle-timestamp';

/**
 * YouTube SubViewer (.sbv), parsed from canonical text: blocks separated by blank lines, each a
 * timing line "0:00:01.000,0:00:04.000" followed by text lines. Refused, with the line: text outside a
 * cue, a malformed time, a cue that ends before it starts.
 */
export function parseSbv(text: string, fileName: string): ParsedSubtitles {
  const lines = text.split('\n');
  const n = lines.length;
  const cues: RawCue[] = [];
  let i = 0;
  while (i < n) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    const cue = parseTimingLine(lines[i]!, i + 1, fileName);
    let j = i + 1;
    while (j < n && !isBlank(lines[j]!)) cue.lines.push(lines[j++]!);
    cues.push(cue);
    i = j;
  }
  return { cues, warnings: [] };
}

/** A line that tries to be a timing line: starts with a digit and has ":" and ",". */
function looksLikeTiming(line: string): boolean {
  return /^\s*\d/.test(line) && line.includes(':') && line.includes(',');
}

function parseTimingLine(line: string, lineNumber: number, fileName: string): RawCue {
  if (!looksLikeTiming(line)) {
    throw invalidSubtitle(
      fileName,
      lineNumber,
      `${quoteLine(line)} is not part of any cue: an SBV cue starts with a timing line (like "0:00:01.000,0:00:04.000").`,
    );
  }
  const parts = line.trim().split(',');
  const start = parts.length === 2 ? parseSbvTimestamp(parts[0]!.trim()) : null;
  const end = parts.length === 2 ? parseSbvTimestamp(parts[1]!.trim()) : null;
  if (start === null || end === null) {
    throw invalidSubtitle(
      fileName,
      lineNumber,
      `invalid timing ${quoteLine(line)}: SBV timings look like 0:00:01.000,0:00:04.000.`,
    );
  }
  if (end < start) {
    throw invalidSubtitle(fileName, lineNumber, `the cue ends (${formatTimestamp(end)}) before it starts (${formatTimestamp(start)}).`);
  }
  return { startMs: start, endMs: end, lines: [], lineNumber };
}
