import type Database from 'better-sqlite3';
import type { SearchHit } from '../../../shared/api/methods/search-methods';
import { buildSnippet, MATCH_CLOSE, MATCH_OPEN, type SnippetTerm } from '../../../shared/text/search-snippet';
import { indexPendingSources } from './search-index';

/**
 * Turns what a researcher types into an FTS5 query: each word becomes a quoted term (so
 * punctuation and FTS operators in the input can never cause a syntax error), all terms must
 * occur; a trailing * keeps prefix search ("pelatih*"); "quoted phrases" stay phrases.
 */
export function toFtsQuery(input: string): string | null {
  const parts = queryTerms(input).map((t) => `"${t.text}"${t.prefix ? '*' : ''}`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** The words and phrases of a query, for the index query and for marking matches in snippets. */
export function queryTerms(input: string): SnippetTerm[] {
  const parts: SnippetTerm[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (const m of input.matchAll(re)) {
    if (m[1]) {
      const phrase = m[1].replace(/"/g, '').trim();
      if (phrase) parts.push({ text: phrase, prefix: false });
      continue;
    }
    const word = m[2]!;
    const prefix = word.endsWith('*');
    const clean = word.replace(/[*"]/g, '').trim();
    if (!clean) continue;
    parts.push({ text: clean, prefix });
  }
  return parts;
}

/**
 * Ranks with the index (bm25) first, then makes snippets only for the hits returned, from their
 * text: FTS5's snippet() re-tokenises each whole document, which costs milliseconds per long
 * transcript. The index's own snippet is the fallback when a match cannot be found as written.
 */
export function searchProject(db: Database.Database, query: string, scope: 'all' | 'sources' | 'memos', limit: number): SearchHit[] {
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const terms = queryTerms(query);
  const hits: SearchHit[] = [];
  const fallback = (table: string, col: number, rowid: number) =>
    (db.prepare(`SELECT snippet(${table}, ${col}, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 16) AS s FROM ${table} WHERE ${table} MATCH ? AND rowid = ?`).get(fts, rowid) as { s: string } | undefined)?.s ?? '';
  if (scope !== 'memos') {
    // Sources stored since the last indexing are indexed now, so a search never misses one.
    indexPendingSources(db);
    const rows = db
      .prepare(
        `SELECT s.rowid AS rowid, s.id, s.name, s.text, r.rank FROM
           (SELECT rowid, bm25(sources_fts) AS rank FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?) r
         JOIN sources s ON s.rowid = r.rowid ORDER BY r.rank`,
      )
      .all(fts, limit) as { rowid: number; id: string; name: string; text: string; rank: number }[];
    for (const r of rows) {
      hits.push({ kind: 'source', id: r.id, name: r.name, rank: r.rank, snippet: buildSnippet(r.text, terms) ?? fallback('sources_fts', 1, r.rowid) });
    }
  }
  if (scope !== 'sources') {
    const rows = db
      .prepare(
        `SELECT m.rowid AS rowid, m.id, CASE WHEN m.title <> '' THEN m.title ELSE substr(m.plain_text, 1, 60) END AS name, m.plain_text AS text, r.rank FROM
           (SELECT rowid, bm25(memos_fts) AS rank FROM memos_fts WHERE memos_fts MATCH ? ORDER BY rank LIMIT ?) r
         JOIN memos m ON m.rowid = r.rowid ORDER BY r.rank`,
      )
      .all(fts, limit) as { rowid: number; id: string; name: string; text: string; rank: number }[];
    for (const r of rows) {
      hits.push({ kind: 'memo', id: r.id, name: r.name, rank: r.rank, snippet: buildSnippet(r.text, terms) ?? fallback('memos_fts', 1, r.rowid) });
    }
  }
  return hits.sort((a, b) => a.rank - b.rank).slice(0, limit);
}
