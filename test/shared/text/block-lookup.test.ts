import { describe, expect, it } from 'vitest';
import { blockContaining } from '../../../shared/text/block-lookup';

describe('blockContaining', () => {
  const blocks = [
    { start: 0, end: 5 },
    { start: 5, end: 9 },
    { start: 12, end: 20 },
  ];
  it('finds the block whose half-open span holds the position', () => {
    expect([0, 4, 5, 8, 12, 19].map((pos) => blockContaining(blocks, pos))).toEqual([0, 0, 1, 1, 2, 2]);
  });
  it('answers -1 between blocks, after the last and for no blocks', () => {
    expect([9, 11, 20, -1].map((pos) => blockContaining(blocks, pos))).toEqual([-1, -1, -1, -1]);
    expect(blockContaining([], 0)).toBe(-1);
  });
  it('agrees with a linear scan on many blocks', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ start: i * 10, end: i * 10 + 7 }));
    for (let pos = -3; pos < 3010; pos += 1) {
      expect(blockContaining(many, pos)).toBe(many.findIndex((b) => b.start <= pos && pos < b.end));
    }
  });
});
