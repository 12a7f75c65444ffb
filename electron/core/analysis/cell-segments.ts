import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { MatrixSpec } from '../../../shared/api/methods/analysis-methods';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { factsInCell } from '../../../shared/analysis/matrix/count-matrix';
import { prepareMatrix } from './matrix-query';
import { segmentsByCodingRowids } from '../store/coding-store';

export interface CellSegmentsQuery {
  spec: MatrixSpec;
  /** Member key of the row (null: the whole column). */
  rowKey: string | null;
  /** Member key of the column (null: the whole row). */
  columnKey: string | null;
  contextChars: number;
  limit: number;
}

/**
 * The codings behind one cell of a matrix: the same facts and axes the count used, so the list
 * always matches the number shown (a segment coded by a child and rolled up into its parent is
 * listed under the parent with the child's code name).
 */
export function cellSegments(db: Database.Database, q: CellSegmentsQuery): { segments: RetrievedSegment[]; total: number } {
  const p = prepareMatrix(db, q.spec);
  const find = (keys: { key: string }[], key: string | null, what: string): number | null => {
    if (key === null) return null;
    const i = keys.findIndex((m) => m.key === key);
    if (i < 0) throw new ApiError('not-found', `This matrix has no ${what} "${key}" (the project may have changed: reload the matrix).`);
    return i;
  };
  const r = find(p.rows.members, q.rowKey, 'row');
  const c = find(p.columns.members, q.columnKey, 'column');
  const hits = factsInCell(p, r, c);
  const rowids = [...new Set(hits.map((i) => p.facts.coding[i]!))];
  return { segments: segmentsByCodingRowids(db, rowids.slice(0, q.limit), q.contextChars), total: rowids.length };
}
