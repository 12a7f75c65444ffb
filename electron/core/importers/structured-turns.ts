/**
 * Speaker turns in structured documents (a Word or ODF transcript): the same label rules as plain text
 * (transcript-turns.ts), applied per paragraph instead of per line, since there a paragraph is what the
 * transcriber typed as one utterance.
 *
 * Only 'paragraph' blocks take part. A labelled paragraph becomes a 'turn' with its speaker and
 * `bodyStart` after the label; in a transcript, an unlabelled paragraph continues the previous
 * speaker's turn (kind 'turn', `bodyStart === start`); any other block (heading, list item, table row,
 * note) ends the current turn. Nothing changes when the document does not look like a transcript.
 */
import { codePointLength } from '../../../shared/text/code-points';
import type { ImportedBlock } from './imported-document';
import { chooseSpeakerLabels, matchTurnLabel, type TurnLabel } from './transcript-turns';

/** Marks turns in place on `blocks[0..count)`; `texts[i]` is the canonical text of `blocks[i]`. */
export function markSpeakerTurns(blocks: ImportedBlock[], texts: readonly string[], count = blocks.length): number {
  const candidates: number[] = [];
  const labels: (TurnLabel | null)[] = [];
  for (let i = 0; i < count; i++) {
    if (blocks[i]!.kind !== 'paragraph') continue;
    candidates.push(i);
    labels.push(matchTurnLabel(texts[i]!));
  }
  const honoured = chooseSpeakerLabels(labels, { minShare: 0.25 });
  if (!honoured.some(Boolean)) return 0;

  let turns = 0;
  let speaker: string | undefined;
  let c = 0;
  for (let i = 0; i < count; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph') {
      speaker = undefined;
      continue;
    }
    const label = labels[c];
    const honour = honoured[c]!;
    c++;
    if (label && honour) {
      speaker = label.speaker;
      block.kind = 'turn';
      block.speaker = speaker;
      block.bodyStart = block.start + codePointLength(texts[i]!.slice(0, label.bodyIndex));
      if (block.bodyStart > block.end) block.bodyStart = block.end;
      if (label.timeMs !== undefined) block.timeStartMs = label.timeMs;
      turns++;
    } else if (speaker !== undefined) {
      block.kind = 'turn';
      block.speaker = speaker;
    }
  }
  return turns;
}
