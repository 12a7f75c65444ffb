import { codePointLength } from '../../../shared/text/code-points';
import type { ImportedBlock } from './imported-document';
import { isBlankLine, textLines, type TextLine } from './text-lines';

/**
 * Speaker turns in plain-text interview transcripts.
 *
 * Blocks: one block per non-blank line. A line is what the researcher typed as a paragraph (Word and
 * most transcription tools write one paragraph per line); blank lines separate blocks and belong to
 * none. Hard-wrapped text therefore gives one block per physical line, which keeps the text exactly as
 * written and costs nothing when coding (a coding may span blocks).
 *
 * Labels recognised at the start of a line, with an optional timestamp ("[00:01:23]", "(12:03)",
 * "00:01:23", with or without milliseconds) before the label, between label and separator, or right
 * after the separator:
 *   - "Name: text" where Name is 1 to 4 words starting with a letter ("Pewawancara", "Informan 1", "P",
 *     "R1", "Ibu Sri Wahyuni", "NAMA"), optionally followed by a short parenthetical ("Peneliti (AS)");
 *     the separator is ":" followed by white space or the end of the line, or a full-width "：";
 *     Markdown bold around the label ("**P:** text", "**P**: text") is allowed;
 *   - "[Name] text" or "[Name]: text" ("[id1]", "[Nama]", "[Informan 2]").
 * `bodyStart` is the code point after the label, separator, timestamps and following spaces.
 *
 * A document counts as a transcript only when labels recur (see chooseSpeakerLabels): a "Note: ..."
 * in an essay never makes a turn.
 *
 * Continuation: in a transcript, a line without a label continues the previous speaker's turn: it is a
 * block of kind 'turn' with that speaker and `bodyStart === start` (no label of its own). Long answers
 * are often split into several paragraphs and the analysis ("what did Informan 2 say about ...") needs
 * them attributed. Lines before the first label (a header such as "Wawancara 3, 12 Mei 2023") and
 * lines after a Markdown heading are plain paragraphs without a speaker.
 */

export interface TurnLabel {
  speaker: string;
  /** UTF-16 index into the line where the utterance begins (after label, separator, spaces). */
  bodyIndex: number;
  /** Timestamp written with the label, in milliseconds. */
  timeMs?: number;
  form: 'colon' | 'bracket';
  /** The line has text after the label. */
  hasBody: boolean;
}

const TS_CORE = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const TS = String.raw`(?:\[${TS_CORE}\]|\(${TS_CORE}\)|${TS_CORE})`;
const WORD_REST = String.raw`[\p{L}\p{M}\p{N}.'’_\-]*`;
const WORD = String.raw`[\p{L}\p{N}]${WORD_REST}`;
/** A parenthetical after the name ("Peneliti (AS)"), but not a timestamp ("P (12:03):"). */
const NAME = String.raw`\p{L}${WORD_REST}(?: ${WORD}){0,3}(?: \((?!${TS_CORE}\))[^()\n]{1,20}\))?`;
const BRACKET_NAME = String.raw`${WORD}(?: ${WORD}){0,3}`;
/** Timestamps after the separator must be followed by white space or the end of the line. */
const TAIL = String.raw`\s*(?:(?<ts3>${TS})(?=\s|$)\s*)?`;

const COLON_LABEL = new RegExp(
  String.raw`^\s*(?:(?<ts1>${TS})\s*)?(?:\*\*)?(?<name>${NAME})(?:\s*(?<ts2>${TS}))?\s*(?:(?:\*\*\s*)?:(?:\*\*)?(?=\s|$)|：)${TAIL}`,
  'u',
);
const BRACKET_LABEL = new RegExp(
  String.raw`^\s*(?:(?<ts1>${TS})\s*)?\[(?<name>${BRACKET_NAME})\](?=\s|[:：]|$)(?:\s*(?<ts2>${TS}))?\s*(?:[:：](?=\s|$))?${TAIL}`,
  'u',
);
const LEADING_TIMESTAMP = new RegExp(String.raw`^\s*(?<ts1>${TS})(?=\s|$)\s*`, 'u');

const MAX_LABEL_LENGTH = 40;

/** Role words that mark a speaker even when they occur once (Indonesian and English). */
const ROLE_WORDS = new Set([
  'pewawancara', 'penanya', 'peneliti', 'informan', 'narasumber', 'responden', 'partisipan', 'peserta',
  'moderator', 'fasilitator', 'interviewer', 'interviewee', 'respondent', 'participant', 'researcher',
  'facilitator', 'speaker',
]);

/** Parses "[00:01:23]", "(12:03)", "00:01:23.5" into milliseconds (two parts are minutes:seconds). */
export function parseLooseTimestamp(ts: string): number | undefined {
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?/.exec(ts);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = m[3] === undefined ? undefined : Number(m[3]);
  const ms = m[4] === undefined ? 0 : Number(m[4].padEnd(3, '0'));
  if (b > 59 || (c !== undefined && c > 59)) return undefined;
  const seconds = c === undefined ? a * 60 + b : a * 3600 + b * 60 + c;
  return seconds * 1000 + ms;
}

/** The speaker label at the start of `line`, or null. Says nothing about whether the document is a transcript. */
export function matchTurnLabel(line: string): TurnLabel | null {
  const bracket = BRACKET_LABEL.exec(line);
  const m = bracket ?? COLON_LABEL.exec(line);
  if (!m || !m.groups) return null;
  const speaker = (m.groups.name ?? '').trim();
  if (speaker === '' || speaker.length > MAX_LABEL_LENGTH || !/\p{L}/u.test(speaker)) return null;
  const form = bracket ? 'bracket' : 'colon';
  const ts = m.groups.ts1 ?? m.groups.ts2 ?? m.groups.ts3;
  const timeMs = ts === undefined ? undefined : parseLooseTimestamp(ts);
  const bodyIndex = m[0].length;
  return { speaker, bodyIndex, form, hasBody: line.slice(bodyIndex).trim() !== '', ...(timeMs === undefined ? {} : { timeMs }) };
}

/**
 * A label that marks a speaker even if it occurs once: brackets, a digit ("Informan 1", "R1"), all
 * capitals ("P", "BUDI"), a role word, or a name of two or more capitalised words ("Ibu Sari").
 * A single ordinary word ("Note:", "Ya:") is only a speaker when it recurs.
 */
function isStrongLabel(label: TurnLabel): boolean {
  const name = label.speaker;
  if (label.form === 'bracket') return true;
  if (/\p{N}/u.test(name)) return true;
  if (name === name.toUpperCase() && name !== name.toLowerCase()) return true;
  const words = name.split(' ');
  if (ROLE_WORDS.has(words[0]!.toLowerCase())) return true;
  return words.length >= 2 && words.every((w) => /^[\p{Lu}\p{N}(]/u.test(w));
}

export interface SpeakerLabelPolicy {
  /** Share of paragraphs (or cues) that must carry a label (plain text 0.25; subtitles 0). */
  minShare: number;
}

/**
 * Decides which label candidates are speaker turns. Returns, per entry, whether to honour its label;
 * all false when the document does not look like a transcript. A transcript needs at least two
 * labelled lines with text after the label, some speaker named more than once (or every paragraph
 * labelled), and labels on at least `minShare` of paragraphs (waived when two or more speakers
 * alternate five or more times: long answers split into many paragraphs).
 * Single ordinary words count only when they recur; labels starting lower-case only from three uses.
 */
export function chooseSpeakerLabels(labels: readonly (TurnLabel | null)[], policy: SpeakerLabelPolicy): boolean[] {
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l.speaker, (counts.get(l.speaker) ?? 0) + 1);
  const accept = labels.map((l) => {
    if (!l) return false;
    const n = counts.get(l.speaker) ?? 0;
    if (/^\p{Ll}/u.test(l.speaker) && l.form === 'colon') return n >= 3;
    return n >= 2 || isStrongLabel(l);
  });
  const accepted = labels.filter((l, i): l is TurnLabel => l !== null && accept[i]!);
  const withBody = accepted.filter((l) => l.hasBody).length;
  const acceptedCounts = new Map<string, number>();
  for (const l of accepted) acceptedCounts.set(l.speaker, (acceptedCounts.get(l.speaker) ?? 0) + 1);
  const maxCount = Math.max(0, ...acceptedCounts.values());
  const paragraphs = labels.length;
  const isTranscript =
    withBody >= 2 &&
    (maxCount >= 2 || accepted.length === paragraphs) &&
    (accepted.length >= policy.minShare * paragraphs || (maxCount >= 5 && acceptedCounts.size >= 2));
  return isTranscript ? accept : labels.map(() => false);
}

export interface LineBlockOptions {
  /** Heading level of a line (Markdown "#"), or null. Headings become 'heading' blocks and end a turn. */
  headingLevel?: (line: string, lineNumber: number) => number | null;
}

/** One block per non-blank line with speaker turns recognised (see the module comment). */
export function detectTurnBlocks(canonicalText: string, opts: LineBlockOptions = {}): ImportedBlock[] {
  return lineBlocks(canonicalText, true, opts);
}

/** One block per non-blank line, no turn detection (headings still recognised when asked). */
export function paragraphBlocks(canonicalText: string, opts: LineBlockOptions = {}): ImportedBlock[] {
  return lineBlocks(canonicalText, false, opts);
}

function lineBlocks(canonicalText: string, turns: boolean, opts: LineBlockOptions): ImportedBlock[] {
  const lines: { line: TextLine; heading: number | null }[] = [];
  for (const line of textLines(canonicalText)) {
    if (isBlankLine(line.text)) continue;
    lines.push({ line, heading: opts.headingLevel?.(line.text, line.number) ?? null });
  }
  const body = lines.filter((l) => l.heading === null);
  const labels = turns ? body.map((l) => matchTurnLabel(l.line.text)) : body.map(() => null);
  const honoured = chooseSpeakerLabels(labels, { minShare: 0.25 });
  const isTranscript = honoured.some(Boolean);

  const blocks: ImportedBlock[] = [];
  let speaker: string | undefined;
  let b = 0;
  for (const { line, heading } of lines) {
    if (heading !== null) {
      blocks.push({ start: line.start, end: line.end, bodyStart: line.start, kind: 'heading', level: heading });
      speaker = undefined;
      continue;
    }
    const label = labels[b];
    const honour = honoured[b]!;
    b++;
    if (label && honour) {
      speaker = label.speaker;
      const block: ImportedBlock = {
        start: line.start,
        end: line.end,
        bodyStart: line.start + codePointLength(line.text.slice(0, label.bodyIndex)),
        kind: 'turn',
        speaker,
      };
      if (label.timeMs !== undefined) block.timeStartMs = label.timeMs;
      blocks.push(block);
      continue;
    }
    const block: ImportedBlock = { start: line.start, end: line.end, bodyStart: line.start, kind: 'paragraph' };
    if (isTranscript) {
      // "[00:05:10] lanjut ..." in a transcript: a timestamp without a label.
      const ts = LEADING_TIMESTAMP.exec(line.text);
      const timeMs = ts?.groups?.ts1 === undefined ? undefined : parseLooseTimestamp(ts.groups.ts1);
      if (ts && timeMs !== undefined) {
        block.timeStartMs = timeMs;
        block.bodyStart = line.start + codePointLength(ts[0]);
      }
      if (speaker !== undefined) {
        block.kind = 'turn';
        block.speaker = speaker;
      }
    }
    blocks.push(block);
  }
  return blocks;
}
