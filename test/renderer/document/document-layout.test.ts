import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/api/methods/source-methods';
import { PositionIndex } from '../../../shared/text/positions';
import { blockIndexAt, layoutBlocks } from '../../../renderer/src/document/document-layout';

const turn = (start: number, bodyStart: number, end: number, speaker: string | null): Block => ({
  start,
  end,
  bodyStart,
  kind: 'turn',
  speaker,
  timeStartMs: null,
  timeEndMs: null,
  level: null,
});

// "A: 👩‍👩‍👧 datang.\nB: kami pulang.\n": code points, the emoji family is 5 code points.
const text = 'A: 👩‍👩‍👧 datang.\nB: kami pulang.\n';
const index = new PositionIndex(text);
const blocks = [turn(0, 3, 16, 'A'), turn(17, 20, 32, 'B')];

describe('layoutBlocks', () => {
  it('cuts each block body into runs at coding edges, never showing the speaker label', () => {
    const views = layoutBlocks(index, blocks, [
      { id: 'c1', codeId: 'k1', start: 3, end: 8 },
      { id: 'c2', codeId: 'k2', start: 5, end: 24 },
    ]);
    expect(views[0]!.runs.map((r) => [r.text, r.codingIds.join('+')])).toEqual([
      ['👩‍', 'c1'],
      ['👩‍👧', 'c1+c2'],
      [' datang.', 'c2'],
    ]);
    expect(views[1]!.runs.map((r) => [r.text, r.codingIds.join('+')])).toEqual([
      ['kami', 'c2'],
      [' pulang.', ''],
    ]);
    // The coding that runs from one turn into the next is in both rows' gutters.
    expect(views[0]!.codingIds).toEqual(['c1', 'c2']);
    expect(views[1]!.codingIds).toEqual(['c2']);
    // Runs tile the body exactly.
    for (const v of views) {
      expect(v.runs[0]!.start).toBe(v.block.bodyStart);
      expect(v.runs.at(-1)!.end).toBe(v.block.end);
      expect(v.runs.map((r) => r.text).join('')).toBe(index.slice(v.block.bodyStart, v.block.end));
    }
  });

  it('marks search hits and changes a row signature only when that row changes', () => {
    const before = layoutBlocks(index, blocks, [{ id: 'c1', codeId: 'k1', start: 20, end: 24 }]);
    const after = layoutBlocks(index, blocks, [{ id: 'c1', codeId: 'k1', start: 20, end: 24 }, { id: 'c3', codeId: 'k1', start: 25, end: 31 }], [{ start: 9, end: 15 }]);
    expect(after[0]!.runs.find((r) => r.hit)?.text).toBe('datang');
    expect(after[1]!.signature).not.toBe(before[1]!.signature);
    const noHit = layoutBlocks(index, blocks, [{ id: 'c1', codeId: 'k1', start: 20, end: 24 }, { id: 'c3', codeId: 'k1', start: 25, end: 31 }]);
    expect(noHit[0]!.signature).toBe(before[0]!.signature);
  });

  it('finds the block holding a position', () => {
    expect(blockIndexAt(blocks, 0)).toBe(0);
    expect(blockIndexAt(blocks, 16)).toBe(0);
    expect(blockIndexAt(blocks, 17)).toBe(1);
    expect(blockIndexAt(blocks, 40)).toBe(1);
  });
});
