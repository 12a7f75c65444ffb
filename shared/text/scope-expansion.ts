import type { TextRange } from './text-matches';
import { PositionIndex } from './positions';
import { blockContaining } from './block-lookup';

/** The parts of a block that matter for scopes, code points, end exclusive. */
export interface ScopeBlock {
  start: number;
  end: number;
  bodyStart: number;
  speaker: string | null;
}

export type CodingScope = 'match' | 'sentence' | 'paragraph' | 'turn';

/**
 * Widens a match to the unit a researcher asked for: the sentence around it (Intl.Segmenter),
 * its paragraph (the block's body, after any speaker label), or the speaker turn (the labelled
 * block and the unlabelled blocks of the same speaker that continue it). Overlapping results are merged.
 */
export function expandToScope(text: string, blocks: ScopeBlock[], matches: TextRange[], scope: CodingScope, index?: PositionIndex): TextRange[] {
  if (scope === 'match') return mergeRanges(matches);
  const positions = index ?? new PositionIndex(text);
  const out: TextRange[] = [];
  for (const m of matches) {
    const bi = blockContaining(blocks, m.start);
    if (bi < 0) {
      out.push(m);
      continue;
    }
    const b = blocks[bi]!;
    if (scope === 'paragraph') {
      out.push({ start: Math.min(b.bodyStart, m.start), end: Math.max(b.end, m.end) });
    } else if (scope === 'turn') {
      // A turn is a labelled block plus the blocks that continue it: same speaker, no label of
      // their own (bodyStart === start), as the transcript importer marks continuations.
      const continues = (i: number) => {
        const x = blocks[i]!;
        const prev = blocks[i - 1];
        return x.speaker !== null && x.bodyStart === x.start && prev !== undefined && prev.speaker === x.speaker;
      };
      let first = bi;
      while (first > 0 && continues(first)) first--;
      let last = bi;
      while (last + 1 < blocks.length && continues(last + 1)) last++;
      out.push({ start: Math.min(blocks[first]!.bodyStart, m.start), end: Math.max(blocks[last]!.end, m.end) });
    } else {
      const body0 = positions.toUtf16(b.bodyStart);
      const body1 = positions.toUtf16(b.end);
      const body = text.slice(body0, body1);
      const at = positions.toUtf16(m.start) - body0;
      const seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
      const hit = seg.segment(body).containing(Math.max(0, Math.min(at, body.length - 1)));
      if (!hit) {
        out.push(m);
        continue;
      }
      const trimmed = hit.segment.replace(/\s+$/u, '');
      const s = positions.toCodePoint(body0 + hit.index);
      const e = positions.toCodePoint(body0 + hit.index + trimmed.length);
      out.push({ start: Math.min(s, m.start), end: Math.max(e, m.end) });
    }
  }
  return mergeRanges(out);
}

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
