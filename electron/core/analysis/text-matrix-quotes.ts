import type Database from 'better-sqlite3';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { subtreeIds } from '../store/code-store';
import { segmentsByCodingRowids } from '../store/coding-store';
import { lineScopes } from './text-matrix-store';
import { IN_LIST, inList } from '../store/row-helpers';

/**
 * Coded segments that could back a text-matrix cell: codings of the row's and column's code (with
 * its subcodes) in the row's and column's case or source. A line that names no code leaves codes
 * open; one that names no case or source leaves sources open.
 */
export function candidateQuotes(db: Database.Database, matrixId: string, rowId: string, columnId: string, contextChars: number): RetrievedSegment[] {
  const lines = lineScopes(db, matrixId, rowId, columnId);
  const where: string[] = [];
  const params: string[] = [];
  for (const line of lines) {
    if (line.codeId) {
      where.push(`c.code_id IN ${IN_LIST}`);
      params.push(inList(subtreeIds(db, line.codeId)));
    }
    if (line.caseId) {
      where.push('s.source_id IN (SELECT source_id FROM case_sources WHERE case_id = ?)');
      params.push(line.caseId);
    }
    if (line.sourceId) {
      where.push('s.source_id = ?');
      params.push(line.sourceId);
    }
  }
  const rowids = (
    db
      .prepare(`SELECT c.rowid AS r FROM codings c JOIN selections s ON s.id = c.selection_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''} LIMIT 5000`)
      .all(...params) as { r: number }[]
  ).map((x) => x.r);
  return segmentsByCodingRowids(db, rowids, contextChars);
}
