import { describe, expect, it } from 'vitest';
import { isBlankLine, textLines } from '../../../../electron/core/importers/text-lines';

describe('textLines', () => {
  it('gives code-point offsets, end exclusive, LF excluded', () => {
    expect(textLines('a😀b\n\nçé\n')).toEqual([
      { number: 1, text: 'a😀b', start: 0, end: 3 },
      { number: 2, text: '', start: 4, end: 4 },
      { number: 3, text: 'çé', start: 5, end: 7 },
      { number: 4, text: '', start: 8, end: 8 },
    ]);
  });

  it('treats spaces, tabs and no-break spaces as blank', () => {
    expect(isBlankLine(' \t\u00A0')).toBe(true);
    expect(isBlankLine(' x ')).toBe(false);
  });
});
