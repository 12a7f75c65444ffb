/**
 * Moving the active cell of a spreadsheet-like grid, as spreadsheets do: arrows one cell (stopping
 * at the edges), Tab / Shift+Tab along the row wrapping to the next / previous row, Enter /
 * Shift+Enter down / up, Home / End to the row's first / last cell, Ctrl+Home / Ctrl+End to the
 * grid's corners. Null when the key is not a move.
 */
export interface Cell {
  row: number;
  col: number;
}

export function moveCell(at: Cell, key: string, mods: { shift?: boolean; ctrl?: boolean }, rows: number, cols: number): Cell | null {
  if (rows <= 0 || cols <= 0) return null;
  const clamp = (c: Cell): Cell => ({ row: Math.max(0, Math.min(rows - 1, c.row)), col: Math.max(0, Math.min(cols - 1, c.col)) });
  switch (key) {
    case 'ArrowUp':
      return clamp({ row: at.row - 1, col: at.col });
    case 'ArrowDown':
      return clamp({ row: at.row + 1, col: at.col });
    case 'ArrowLeft':
      return clamp({ row: at.row, col: at.col - 1 });
    case 'ArrowRight':
      return clamp({ row: at.row, col: at.col + 1 });
    case 'Enter':
      return clamp({ row: at.row + (mods.shift ? -1 : 1), col: at.col });
    case 'Tab': {
      const flat = at.row * cols + at.col + (mods.shift ? -1 : 1);
      if (flat < 0 || flat >= rows * cols) return null; // leave the grid
      return { row: Math.floor(flat / cols), col: flat % cols };
    }
    case 'Home':
      return mods.ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return mods.ctrl ? { row: rows - 1, col: cols - 1 } : { row: at.row, col: cols - 1 };
    case 'PageUp':
      return clamp({ row: at.row - 10, col: at.col });
    case 'PageDown':
      return clamp({ row: at.row + 10, col: at.col });
    default:
      return null;
  }
}
