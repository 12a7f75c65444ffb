import { isGraphemeBoundary } from '../../../shared/text/graphemes';
import type { PositionIndex } from '../../../shared/text/positions';

/**
 * The next whole-character boundary after (dir 1) or before (dir -1) code point `cp`, so that
 * keyboard resizing of a coding moves by one user-perceived character (an emoji family or a letter
 * with its accent is one step) and never lands inside one. Clamped to [min, max].
 */
export function stepGrapheme(index: PositionIndex, cp: number, dir: 1 | -1, min = 0, max = index.length): number {
  let p = cp;
  do {
    p += dir;
  } while (p > min && p < max && !isGraphemeBoundary(index.text, p, index));
  return Math.min(max, Math.max(min, p));
}

/** A code name from selected text (in-vivo coding): whitespace collapsed; longer than `max` characters, cut at a word and ended with an ellipsis. */
export function inVivoName(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trim()}…`;
}
