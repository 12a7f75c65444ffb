import type Database from 'better-sqlite3';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';

/**
 * Retrieved segments (coding, source, code, coder, cases, block, context) for codings given by
 * rowid, in reading order. The ids go in as one JSON array, so any number of them is one statement.
 */
export function segmentsByCodingRowids(db: Database.Database, rowids: number[], contextChars: number): RetrievedSegment[] {
  if (rowids.length === 0) return [];
  const k = Math.max(0, Math.floor(contextChars));
  const rows = db
    .prepare(
      `SELECT c.id, c.selection_id AS selectionId, s.source_id AS sourceId, c.code_id AS codeId,
              c.coder_id AS coderId, s.start, s.end, s.snippet, c.created_at AS createdAt,
              src.name AS sourceName, code.name AS codeName, u.name AS coderName,
              (SELECT json_group_array(ca.name) FROM case_sources cs JOIN cases ca ON ca.id = cs.case_id WHERE cs.source_id = s.source_id) AS caseNames,
              (SELECT b.speaker FROM source_blocks b WHERE b.source_id = s.source_id AND b.start <= s.start AND s.start < b.end) AS speaker,
              (SELECT b.ordinal FROM source_blocks b WHERE b.source_id = s.source_id AND b.start <= s.start AND s.start < b.end) AS blockIndex,
              substr(src.text, max(1, s.start + 1 - ${k}), min(s.start, ${k})) AS contextBefore,
              substr(src.text, s.end + 1, ${k}) AS contextAfter
       FROM codings c
       JOIN selections s ON s.id = c.selection_id
       JOIN sources src ON src.id = s.source_id
       JOIN codes code ON code.id = c.code_id
       JOIN users u ON u.id = c.coder_id
       WHERE c.rowid IN (SELECT value FROM json_each(?))
       ORDER BY src.name COLLATE NOCASE, s.start, s.end, code.name`,
    )
    .all(JSON.stringify(rowids)) as (Omit<RetrievedSegment, 'caseNames'> & { caseNames: string })[];
  return rows.map((r) => ({ ...r, caseNames: JSON.parse(r.caseNames) as string[] }));
}
