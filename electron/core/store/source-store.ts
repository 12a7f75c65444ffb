import type Database from 'better-sqlite3';
import type { SourceDetail, SourceSummary } from '../../../shared/api/methods/source-methods';
import type { ImportedDocument } from '../importers/imported-document';
import { found, newId, nowIso, IN_LIST, inList } from './row-helpers';
import { getBlocks } from './source-blocks';
import { measureSource, type SourceMeasures } from './source-measures';
import { cachedStatement } from '../db/statement-cache';

interface SourceRow {
  id: string;
  name: string;
  format: string;
  charCount: number;
  wordCount: number;
  importedAt: string;
  sourceDate: string | null;
  description: string;
  originFile: string | null;
  encoding: string | null;
  codingCount: number;
  caseIds: string | null;
  setIds: string | null;
}

const SUMMARY_SQL = `
  SELECT s.id, s.name, s.format, s.char_count AS charCount, s.word_count AS wordCount,
         s.imported_at AS importedAt, s.source_date AS sourceDate, s.description,
         s.origin_file AS originFile, s.encoding,
         (SELECT count(*) FROM selections sel JOIN codings c ON c.selection_id = sel.id WHERE sel.source_id = s.id) AS codingCount,
         (SELECT json_group_array(case_id) FROM case_sources WHERE source_id = s.id) AS caseIds,
         (SELECT json_group_array(set_id) FROM set_sources WHERE source_id = s.id) AS setIds
  FROM sources s`;

function toSummary(r: SourceRow): SourceSummary {
  return { ...r, caseIds: JSON.parse(r.caseIds ?? '[]'), setIds: JSON.parse(r.setIds ?? '[]') };
}

export function listSources(db: Database.Database, setId?: string): SourceSummary[] {
  const rows = setId
    ? (db.prepare(`${SUMMARY_SQL} WHERE s.id IN (SELECT source_id FROM set_sources WHERE set_id = ?) ORDER BY s.name COLLATE NOCASE`).all(setId) as SourceRow[])
    : (db.prepare(`${SUMMARY_SQL} ORDER BY s.name COLLATE NOCASE`).all() as SourceRow[]);
  return rows.map(toSummary);
}

export function getSourceText(db: Database.Database, id: string): string {
  return found(db.prepare('SELECT text FROM sources WHERE id = ?').get(id) as { text: string } | undefined, 'Source', id).text;
}

export function getSource(db: Database.Database, id: string): SourceDetail {
  const row = found(db.prepare(`${SUMMARY_SQL} WHERE s.id = ?`).get(id) as SourceRow | undefined, 'Source', id);
  return { ...toSummary(row), text: getSourceText(db, id), blocks: getBlocks(db, id) };
}

/** A name not yet used by a source: "Interview", "Interview (2)", … */
export function uniqueSourceName(db: Database.Database, wanted: string): string {
  const exists = cachedStatement(db, 'SELECT 1 FROM sources WHERE name = ? COLLATE NOCASE');
  if (!exists.get(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`;
    if (!exists.get(name)) return name;
  }
}

interface NewSourceFields {
  name: string;
  originFile?: string | null;
  createdBy?: string | null;
  sourceDate?: string | null;
}

/**
 * A document to store: either whole (measured here), or as the import's parse worker sends it, with
 * its measures and without its blocks, which travel packed in the measures (one string instead of
 * hundreds of objects to copy between threads).
 */
export type NewSource = NewSourceFields &
  ({ doc: ImportedDocument; measures?: undefined } | { doc: Omit<ImportedDocument, 'blocks'>; measures: SourceMeasures });

/** Stores an imported document (canonical text and packed blocks). Call inside a transaction. */
export function insertSource(db: Database.Database, s: NewSource, id: string = newId()): string {
  const { doc } = s;
  const m = s.measures === undefined ? measureSource(s.doc) : s.measures;
  cachedStatement(
    db,
    `INSERT INTO sources (id, name, format, text, text_hash, char_count, word_count, origin_file, encoding,
                          description, source_date, imported_at, created_by, blocks)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)`,
  ).run(
    id,
    uniqueSourceName(db, s.name),
    doc.format,
    doc.text,
    m.textHash,
    m.charCount,
    m.wordCount,
    s.originFile ?? null,
    doc.encoding ?? null,
    s.sourceDate ?? null,
    nowIso(),
    s.createdBy ?? null,
    m.packedBlocks,
  );
  return id;
}

export function deleteSources(db: Database.Database, ids: string[]): number {
  return db.prepare(`DELETE FROM sources WHERE id IN ${IN_LIST}`).run(inList(ids)).changes;
}
