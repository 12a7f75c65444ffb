import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { PositionIndex } from '../../../shared/text/positions';
import { compilePattern, findMatches, PatternError, type TextRange } from '../../../shared/text/text-matches';
import { expandToScope, type CodingScope } from '../../../shared/text/scope-expansion';
import { getBlocks } from '../store/source-blocks';
import { IN_LIST, inList } from '../store/row-helpers';

export interface AutocodeRequest {
  mode: 'keyword' | 'regex' | 'speaker';
  pattern: string;
  caseSensitive: boolean;
  scope: CodingScope;
  sourceIds?: string[];
}

export interface AutocodeHit extends TextRange {
  sourceId: string;
  sourceName: string;
  snippet: string;
}

/** Preview shows at most this many; apply has no limit. */
export const PREVIEW_LIMIT = 2000;

/**
 * Finds what auto-coding would code: keyword or regular-expression matches widened to the chosen
 * scope, or every turn of a speaker (the turn's body, without the label).
 */
export function findAutocodeHits(db: Database.Database, r: AutocodeRequest, limit = Infinity): { hits: AutocodeHit[]; truncated: boolean } {
  if (r.mode !== 'speaker') {
    try {
      compilePattern(r.pattern, { regex: r.mode === 'regex', caseSensitive: r.caseSensitive });
    } catch (err) {
      if (err instanceof PatternError) throw new ApiError('invalid-input', err.message);
      throw err;
    }
  }
  const sources = (
    r.sourceIds?.length
      ? db.prepare(`SELECT id, name, text FROM sources WHERE id IN ${IN_LIST} ORDER BY name COLLATE NOCASE`).all(inList(r.sourceIds))
      : db.prepare('SELECT id, name, text FROM sources ORDER BY name COLLATE NOCASE').all()
  ) as { id: string; name: string; text: string }[];
  const hits: AutocodeHit[] = [];
  for (const s of sources) {
    const index = new PositionIndex(s.text);
    const blocks = getBlocks(db, s.id);
    let ranges: TextRange[];
    if (r.mode === 'speaker') {
      const want = r.caseSensitive ? r.pattern.trim() : r.pattern.trim().toLocaleLowerCase();
      const turns = blocks
        .filter((b) => b.speaker !== null && (r.caseSensitive ? b.speaker : b.speaker.toLocaleLowerCase()) === want)
        .map((b) => ({ start: b.bodyStart, end: b.end }))
        .filter((t) => t.end > t.start);
      ranges = expandToScope(s.text, blocks, turns, r.scope === 'match' ? 'turn' : r.scope, index);
    } else {
      let matches: TextRange[];
      try {
        matches = findMatches(s.text, r.pattern, { regex: r.mode === 'regex', caseSensitive: r.caseSensitive }, index);
      } catch (err) {
        if (err instanceof PatternError) throw new ApiError('invalid-input', err.message);
        throw err;
      }
      ranges = expandToScope(s.text, blocks, matches, r.scope, index);
    }
    for (const range of ranges) {
      if (hits.length >= limit) return { hits, truncated: true };
      hits.push({
        ...range,
        sourceId: s.id,
        sourceName: s.name,
        snippet: s.text.slice(index.toUtf16(range.start), index.toUtf16(range.end)),
      });
    }
  }
  return { hits, truncated: false };
}
