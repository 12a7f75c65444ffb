import { describe, expect, it } from 'vitest';
import { columnChunks, MAX_MATRIX_COLUMNS } from '../../../../electron/core/report/matrices-section';

describe('columnChunks', () => {
  it('splits wide matrices into chunks of at most MAX_MATRIX_COLUMNS, covering every column once', () => {
    expect(columnChunks(5)).toEqual([[0, 5]]);
    expect(columnChunks(MAX_MATRIX_COLUMNS)).toEqual([[0, MAX_MATRIX_COLUMNS]]);
    expect(columnChunks(30, 12)).toEqual([[0, 12], [12, 24], [24, 30]]);
    expect(columnChunks(0)).toEqual([[0, 0]]);
  });
});
