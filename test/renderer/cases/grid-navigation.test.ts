import { describe, expect, it } from 'vitest';
import { moveCell } from '../../../renderer/src/cases/grid-navigation';

describe('moving the active cell of the case table', () => {
  const at = { row: 1, col: 1 };
  it('moves by arrows and stops at the edges', () => {
    expect(moveCell(at, 'ArrowRight', {}, 3, 3)).toEqual({ row: 1, col: 2 });
    expect(moveCell({ row: 1, col: 2 }, 'ArrowRight', {}, 3, 3)).toEqual({ row: 1, col: 2 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', {}, 3, 3)).toEqual({ row: 0, col: 0 });
    expect(moveCell(at, 'ArrowDown', {}, 3, 3)).toEqual({ row: 2, col: 1 });
  });
  it('Tab runs along the row and wraps; past the last cell it leaves the grid', () => {
    expect(moveCell({ row: 0, col: 2 }, 'Tab', {}, 3, 3)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 1, col: 0 }, 'Tab', { shift: true }, 3, 3)).toEqual({ row: 0, col: 2 });
    expect(moveCell({ row: 2, col: 2 }, 'Tab', {}, 3, 3)).toBeNull();
    expect(moveCell({ row: 0, col: 0 }, 'Tab', { shift: true }, 3, 3)).toBeNull();
  });
  it('Enter goes down, Shift+Enter up; Home/End in the row, Ctrl+Home/End to the corners', () => {
    expect(moveCell(at, 'Enter', {}, 3, 3)).toEqual({ row: 2, col: 1 });
    expect(moveCell(at, 'Enter', { shift: true }, 3, 3)).toEqual({ row: 0, col: 1 });
    expect(moveCell(at, 'Home', {}, 3, 3)).toEqual({ row: 1, col: 0 });
    expect(moveCell(at, 'End', { ctrl: true }, 3, 3)).toEqual({ row: 2, col: 2 });
    expect(moveCell(at, 'PageDown', {}, 30, 3)).toEqual({ row: 11, col: 1 });
  });
  it('ignores other keys and empty grids', () => {
    expect(moveCell(at, 'a', {}, 3, 3)).toBeNull();
    expect(moveCell(at, 'ArrowDown', {}, 0, 3)).toBeNull();
  });
});
