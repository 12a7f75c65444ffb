import type Database from 'better-sqlite3';
import type { MatrixFilters, NegativeCase } from '../../../shared/api/methods/analysis-methods';
import { runMatrix } from './matrix-query';

/**
 * The negative-case finder: every case with its number of coded segments of the code (children
 * rolled up unless asked not to) and the rate per 1,000 words of the case's sources, rarest first.
 * With `maxPer1000Words`, only cases at or below that rate (absent ones always included).
 */
export function findNegativeCases(
  db: Database.Database,
  q: { codeId: string; rollUp: boolean; maxPer1000Words?: number; filters: MatrixFilters },
): NegativeCase[] {
  const base = {
    rows: { kind: 'cases' as const },
    columns: { kind: 'codes' as const, codeIds: [q.codeId] },
    rollUp: q.rollUp,
    filters: q.filters,
    rowOrder: 'natural' as const,
    columnOrder: 'natural' as const,
    hideEmpty: false,
  };
  const codings = runMatrix(db, { ...base, measure: 'codings', normalization: 'none' });
  const rate = runMatrix(db, { ...base, measure: 'codings', normalization: 'per1000Words' });
  const caseWords = db.prepare(
    `SELECT coalesce(sum(s.word_count), 0) AS n FROM case_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.case_id = ?`,
  );
  const out: NegativeCase[] = codings.rows.map((row, r) => {
    const n = codings.values[r]![0] ?? 0;
    return {
      caseId: row.key,
      caseName: row.label,
      codings: n,
      words: (caseWords.get(row.key) as { n: number }).n,
      per1000Words: rate.values[r]![0] ?? 0,
      absent: n === 0,
    };
  });
  return out
    .filter((c) => q.maxPer1000Words === undefined || c.absent || c.per1000Words <= q.maxPer1000Words)
    .sort((a, b) => a.per1000Words - b.per1000Words || a.codings - b.codings || a.caseName.localeCompare(b.caseName));
}
