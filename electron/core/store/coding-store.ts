import type Database from 'better-sqlite3';
import type { Coding, RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { ApiError } from '../../../shared/api/errors';
import { found, newId, nowIso, requireRow, IN_LIST, inList } from './row-helpers';
import { BlockFinder } from './source-blocks';

const CODING_SQL = `
  SELECT c.id, c.selection_id AS selectionId, s.source_id AS sourceId, c.code_id AS codeId,
         c.coder_id AS coderId, s.start, s.end, s.snippet, c.created_at AS createdAt
  FROM codings c JOIN selections s ON s.id = c.selection_id`;

export function getCoding(db: Database.Database, id: string): Coding {
  return found(db.prepare(`${CODING_SQL} WHERE c.id = ?`).get(id) as Coding | undefined, 'Coding', id);
}

/** The source's text in [start, end), code points (SQLite's substr counts characters). */
export function textSlice(db: Database.Database, sourceId: string, start: number, end: number): string {
  const row = db
    .prepare('SELECT char_count AS n, substr(text, ? + 1, ?) AS slice FROM sources WHERE id = ?')
    .get(start, end - start, sourceId) as { n: number; slice: string } | undefined;
  const src = found(row, 'Source', sourceId);
  if (end > src.n) {
    throw new ApiError('invalid-input', `The range ${start}–${end} runs past the end of the source (${src.n} characters).`);
  }
  return src.slice;
}

/** The selection for exactly [start, end) of a source, made when there is none. */
export function ensureSelection(db: Database.Database, sourceId: string, start: number, end: number, createdBy: string, id?: string, knownSnippet?: string): string {
  const row = db.prepare('SELECT id FROM selections WHERE source_id = ? AND start = ? AND end = ?').get(sourceId, start, end) as { id: string } | undefined;
  if (row) return row.id;
  const selId = id ?? newId();
  const snippet = knownSnippet ?? textSlice(db, sourceId, start, end);
  db.prepare('INSERT INTO selections (id, source_id, start, end, snippet, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    selId,
    sourceId,
    start,
    end,
    snippet,
    nowIso(),
    createdBy,
  );
  return selId;
}

export interface NewCoding {
  sourceId: string;
  start: number;
  end: number;
  codeId: string;
  coderId: string;
  snippet?: string;
  createdAt?: string;
}

/** Codes [start, end) of a source. The snippet, when given, must match the stored text. */
export function createCoding(db: Database.Database, c: NewCoding, id: string = newId()): string {
  if (c.end <= c.start) throw new ApiError('invalid-input', 'Select some text to code (the selection is empty).');
  const actual = textSlice(db, c.sourceId, c.start, c.end);
  if (c.snippet !== undefined && c.snippet.normalize('NFC') !== actual) {
    throw new ApiError(
      'snippet-mismatch',
      `The selected text no longer matches the source at ${c.start}–${c.end} (the view may be out of date); nothing was coded.`,
      { expected: actual },
    );
  }
  requireRow(db, 'codes', c.codeId, 'Code');
  const selectionId = ensureSelection(db, c.sourceId, c.start, c.end, c.coderId, undefined, actual);
  const dup = db.prepare('SELECT id FROM codings WHERE selection_id = ? AND code_id = ? AND coder_id = ?').get(selectionId, c.codeId, c.coderId);
  if (dup) throw new ApiError('conflict', 'This text is already coded with that code.');
  db.prepare('INSERT INTO codings (id, selection_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    selectionId,
    c.codeId,
    c.coderId,
    c.createdAt ?? nowIso(),
  );
  return id;
}

/** Deletes selections no coding uses any more (among `selectionIds`). */
export function dropUnusedSelections(db: Database.Database, selectionIds: string[]): void {
  const drop = db.prepare('DELETE FROM selections WHERE id = ? AND NOT EXISTS (SELECT 1 FROM codings WHERE selection_id = ?)');
  for (const s of selectionIds) drop.run(s, s);
}

export function deleteCodings(db: Database.Database, ids: string[]): number {
  const sels = (db.prepare(`SELECT DISTINCT selection_id AS s FROM codings WHERE id IN ${IN_LIST}`).all(inList(ids)) as { s: string }[]).map((r) => r.s);
  const n = db.prepare(`DELETE FROM codings WHERE id IN ${IN_LIST}`).run(inList(ids)).changes;
  dropUnusedSelections(db, sels);
  return n;
}

/** Gives one coding a new range (its own selection, so other codings on the old one stay). */
export function resizeCoding(db: Database.Database, id: string, start: number, end: number): Coding {
  const c = getCoding(db, id);
  if (end <= start) throw new ApiError('invalid-input', 'A coding must cover at least one character.');
  const selectionId = ensureSelection(db, c.sourceId, start, end, c.coderId);
  const dup = db.prepare('SELECT 1 FROM codings WHERE selection_id = ? AND code_id = ? AND coder_id = ? AND id <> ?').get(selectionId, c.codeId, c.coderId, id);
  if (dup) throw new ApiError('conflict', 'That range is already coded with this code.');
  db.prepare('UPDATE codings SET selection_id = ? WHERE id = ?').run(selectionId, id);
  dropUnusedSelections(db, [c.selectionId]);
  return getCoding(db, id);
}

export function listCodingsBySource(db: Database.Database, sourceId: string, coderIds?: string[]): Coding[] {
  if (coderIds && coderIds.length > 0) {
    return db
      .prepare(`${CODING_SQL} WHERE s.source_id = ? AND c.coder_id IN ${IN_LIST} ORDER BY s.start, s.end`)
      .all(sourceId, inList(coderIds)) as Coding[];
  }
  return db.prepare(`${CODING_SQL} WHERE s.source_id = ? ORDER BY s.start, s.end`).all(sourceId) as Coding[];
}

export interface RetrieveOptions {
  codeIds: string[];
  coderIds?: string[];
  sourceIds?: string[];
  contextChars: number;
}

/**
 * Coded segments with source, code, coder, cases, speaker, block and `k` characters of context each
 * side; `where` filters codings (alias c) and selections (alias s). Reading order, ties by code name.
 */
function selectSegments(db: Database.Database, where: string, params: unknown[], contextChars: number): RetrievedSegment[] {
  const k = Math.max(0, Math.floor(contextChars));
  const rows = db
    .prepare(
      `SELECT c.id, c.selection_id AS selectionId, s.source_id AS sourceId, c.code_id AS codeId,
              c.coder_id AS coderId, s.start, s.end, s.snippet, c.created_at AS createdAt,
              src.name AS sourceName, code.name AS codeName, u.name AS coderName,
              (SELECT json_group_array(ca.name) FROM case_sources cs JOIN cases ca ON ca.id = cs.case_id WHERE cs.source_id = s.source_id) AS caseNames,
              substr(src.text, max(1, s.start + 1 - ${k}), min(s.start, ${k})) AS contextBefore,
              substr(src.text, s.end + 1, ${k}) AS contextAfter
       FROM codings c
       JOIN selections s ON s.id = c.selection_id
       JOIN sources src ON src.id = s.source_id
       JOIN codes code ON code.id = c.code_id
       JOIN users u ON u.id = c.coder_id
       WHERE ${where}
       ORDER BY src.name COLLATE NOCASE, s.start, s.end, code.name`,
    )
    .all(...params) as (Omit<RetrievedSegment, 'caseNames' | 'speaker' | 'blockIndex'> & { caseNames: string })[];
  const blocks = new BlockFinder(db);
  return rows.map((r) => {
    const at = blocks.at(r.sourceId, r.start);
    return { ...r, caseNames: JSON.parse(r.caseNames) as string[], speaker: at?.block.speaker ?? null, blockIndex: at?.ordinal ?? null };
  });
}

/** Coded segments of the given codes, with source, case, speaker and surrounding text. */
export function retrieveSegments(db: Database.Database, o: RetrieveOptions): RetrievedSegment[] {
  const where = [`c.code_id IN ${IN_LIST}`];
  const params: unknown[] = [inList(o.codeIds)];
  if (o.coderIds?.length) {
    where.push(`c.coder_id IN ${IN_LIST}`);
    params.push(inList(o.coderIds));
  }
  if (o.sourceIds?.length) {
    where.push(`s.source_id IN ${IN_LIST}`);
    params.push(inList(o.sourceIds));
  }
  return selectSegments(db, where.join(' AND '), params, o.contextChars);
}

/** The same segments for codings given by rowid (matrix drill-down): one statement for any number. */
export function segmentsByCodingRowids(db: Database.Database, rowids: number[], contextChars: number): RetrievedSegment[] {
  if (rowids.length === 0) return [];
  return selectSegments(db, `c.rowid IN ${IN_LIST}`, [inList(rowids)], contextChars);
}
