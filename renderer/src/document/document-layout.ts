import type { Block } from '../../../shared/api/methods/source-methods';
import type { PositionIndex } from '../../../shared/text/positions';
import { buildSegments, type CodingInterval } from '../../../shared/text/segments';

/**
 * What the document view draws for each block, computed without touching the DOM: the block's
 * text cut into runs at every coding and search-hit boundary, and the codings that touch it (for
 * the stripes gutter). Positions are code points, end exclusive. Runs never include the speaker
 * label part of a block ([start, bodyStart)), which the view shows apart from the text.
 */
export interface Run {
  start: number;
  end: number;
  text: string;
  /** Codings covering the whole run, sorted. */
  codingIds: string[];
  /** Their distinct codes, sorted. */
  codeIds: string[];
  /** Inside a search hit. */
  hit: boolean;
}

export interface BlockView {
  index: number;
  block: Block;
  runs: Run[];
  /** Codings that overlap the block's text, in start order. */
  codingIds: string[];
  /** Changes whenever anything drawn for this block changes (lets unchanged rows skip rendering). */
  signature: string;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Blocks of a source; a source without blocks is shown as one paragraph. */
export function blocksOrWhole(blocks: readonly Block[], length: number): Block[] {
  if (blocks.length > 0) return [...blocks];
  return [{ start: 0, end: length, bodyStart: 0, kind: 'paragraph', speaker: null, timeStartMs: null, timeEndMs: null, level: null }];
}

/** Index of the block whose span [start, end) holds code point `cp` (the last block at or before it). */
export function blockIndexAt(blocks: readonly Block[], cp: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= cp) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const HIT_PREFIX = '\u0000hit:';

export function layoutBlocks(
  index: PositionIndex,
  blocks: readonly Block[],
  codings: readonly CodingInterval[],
  hits: readonly TextRange[] = [],
): BlockView[] {
  const text = index.text;
  const slice = (a: number, b: number) => text.slice(index.toUtf16(a), index.toUtf16(b));
  // Search hits join the sweep as pseudo-codings so runs are cut at their edges too.
  const intervals: CodingInterval[] = [...codings, ...hits.map((h, i) => ({ id: `${HIT_PREFIX}${i}`, codeId: HIT_PREFIX, start: h.start, end: h.end }))];
  const segments = buildSegments(intervals);

  // Codings per block: each coding walks the blocks it overlaps (total work = number of overlaps).
  const perBlock: string[][] = blocks.map(() => []);
  const sorted = [...codings].filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of sorted) {
    for (let b = blockIndexAt(blocks, c.start); b < blocks.length; b++) {
      const blk = blocks[b]!;
      if (blk.bodyStart >= c.end) break;
      if (c.start < blk.end && c.end > blk.bodyStart) perBlock[b]!.push(c.id);
    }
  }

  const views: BlockView[] = [];
  let s = 0;
  blocks.forEach((block, bi) => {
    const runs: Run[] = [];
    let pos = block.bodyStart;
    // Skip segments that end before this block's text.
    while (s < segments.length && segments[s]!.end <= block.bodyStart) s++;
    let k = s;
    while (k < segments.length && segments[k]!.start < block.end) {
      const seg = segments[k]!;
      const a = Math.max(seg.start, block.bodyStart);
      const b = Math.min(seg.end, block.end);
      if (a > pos) runs.push({ start: pos, end: a, text: slice(pos, a), codingIds: [], codeIds: [], hit: false });
      if (b > a) {
        const codingIds = seg.codingIds.filter((id) => !id.startsWith(HIT_PREFIX));
        runs.push({
          start: a,
          end: b,
          text: slice(a, b),
          codingIds,
          codeIds: seg.codeIds.filter((id) => id !== HIT_PREFIX),
          hit: codingIds.length !== seg.codingIds.length,
        });
        pos = b;
      }
      if (seg.end > block.end) break;
      k++;
    }
    if (pos < block.end) runs.push({ start: pos, end: block.end, text: slice(pos, block.end), codingIds: [], codeIds: [], hit: false });
    const codingIds = perBlock[bi]!;
    const signature = `${runs.map((r) => `${r.start}${r.hit ? '*' : ''}:${r.codingIds.join(',')}`).join('|')}#${codingIds.join(',')}`;
    views.push({ index: bi, block, runs, codingIds, signature });
  });
  return views;
}
