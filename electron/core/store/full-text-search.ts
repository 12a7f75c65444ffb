import type Database from 'better-sqlite3';
import type { SearchHit } from '../../../shared/api/methods/search-methods';

export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

/**
 * Turns what a researcher types into an FTS5 query: each word becomes a quoted term (so
 * punctuation and FTS operators in the input can never cause a syntax error), all terms must
 * occur; a trailing * keeps prefix search ("pelatih*"); "quoted phrases" stay phrases.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (const m of input.matchAll(re)) {
    if (m[1]) {
      const phrase = m[1].replace(/"/g, '').trim();
      if (phrase) parts.push(`"${phrase}"`);
      continue;
    }
    const word = m[2]!;
    const prefix = word.endsWith('*');
    const clean = word.replace(/[*"]/g, '').trim();
    if (!clean) continue;
    parts.push(`"${clean}"${prefix ? '*' : ''}`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

export function searchProject(db: Database.Database, query: string, scope: 'all' | 'sources' | 'memos', limit: number): SearchHit[] {
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const hits: SearchHit[] = [];
  if (scope !== 'memos') {
    hits.push(
      ...(db
        .prepare(
          `SELECT 'source' AS kind, s.id, s.name, snippet(sources_fts, 1, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 16) AS snippet, bm25(sources_fts) AS rank
           FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid
           WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(fts, limit) as SearchHit[]),
    );
  }
  if (scope !== 'sources') {
    hits.push(
      ...(db
        .prepare(
          `SELECT 'memo' AS kind, m.id, CASE WHEN m.title <> '' THEN m.title ELSE substr(m.plain_text, 1, 60) END AS name,
                  snippet(memos_fts, 1, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 16) AS snippet, bm25(memos_fts) AS rank
           FROM memos_fts JOIN memos m ON m.rowid = memos_fts.rowid
           WHERE memos_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(fts, limit) as SearchHit[]),
    );
  }
  return hits.sort((a, b) => a.rank - b.rank).slice(0, limit);
}
