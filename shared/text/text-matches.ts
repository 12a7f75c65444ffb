import { PositionIndex } from './positions';

/** A match in code points, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface MatchOptions {
  regex: boolean;
  caseSensitive: boolean;
  /** Stop after this many matches (the caller reports truncation). */
  limit?: number;
}

export class PatternError extends Error {}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds the search expression; an invalid regular expression throws PatternError with the reason. */
export function compilePattern(pattern: string, o: Pick<MatchOptions, 'regex' | 'caseSensitive'>): RegExp {
  const source = o.regex ? pattern : escapeRegex(pattern.normalize('NFC'));
  try {
    return new RegExp(source, `gu${o.caseSensitive ? '' : 'i'}`);
  } catch (err) {
    throw new PatternError(`"${pattern}" is not a valid regular expression: ${(err as Error).message}`);
  }
}

/** Every non-empty match of `pattern` in `text`, in code points. */
export function findMatches(text: string, pattern: string, o: MatchOptions, index?: PositionIndex): TextRange[] {
  const re = compilePattern(pattern, o);
  const positions = index ?? new PositionIndex(text);
  const out: TextRange[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    const u16 = m.index;
    out.push({ start: positions.toCodePoint(u16), end: positions.toCodePoint(u16 + m[0].length) });
    if (o.limit !== undefined && out.length >= o.limit) break;
  }
  return out;
}
