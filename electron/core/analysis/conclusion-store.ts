import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { MatrixSpec, type Conclusion, type ConclusionStatus, type Evidence, type EvidenceTarget, type Tactic } from '../../../shared/api/methods/analysis-methods';
import { textSlice } from '../store/coding-store';
import { found, newId, nowIso, requireRow } from '../store/row-helpers';
import { runMatrix } from './matrix-query';

const CONCLUSION_SQL = `
  SELECT k.id, k.title, k.content_json AS contentJson, k.plain_text AS plainText, k.tactic, k.status,
         k.supervisor_comment AS supervisorComment, u.name AS reviewedBy, k.reviewed_at AS reviewedAt,
         k.created_at AS createdAt, k.updated_at AS updatedAt
  FROM conclusions k LEFT JOIN users u ON u.id = k.reviewed_by`;

interface EvidenceRow extends Omit<Evidence, 'matrixSpec' | 'textMatrixId'> {
  matrixSpec: string | null;
  textMatrixId: string | null;
}

function evidenceOf(db: Database.Database, conclusionId: string): Evidence[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.stance, e.kind, e.label, e.note, e.matrix_spec AS matrixSpec, e.row_key AS rowKey, e.column_key AS columnKey,
              cell.matrix_id AS textMatrixId, e.text_matrix_cell_id AS textMatrixCellId, e.source_id AS sourceId,
              e.start, e.end, e.snippet, e.created_at AS createdAt
       FROM conclusion_evidence e LEFT JOIN text_matrix_cells cell ON cell.id = e.text_matrix_cell_id
       WHERE e.conclusion_id = ? ORDER BY e.stance DESC, e.created_at, e.rowid`,
    )
    .all(conclusionId) as EvidenceRow[];
  // A stored spec is re-read through the schema so defaults added later are filled in.
  return rows.map((r) => ({ ...r, matrixSpec: r.matrixSpec === null ? null : MatrixSpec.parse(JSON.parse(r.matrixSpec)) }));
}

export function getConclusion(db: Database.Database, id: string): Conclusion {
  const row = found(db.prepare(`${CONCLUSION_SQL} WHERE k.id = ?`).get(id) as Omit<Conclusion, 'evidence'> | undefined, 'Conclusion', id);
  return { ...row, evidence: evidenceOf(db, id) };
}

export function listConclusions(db: Database.Database, status?: ConclusionStatus): Conclusion[] {
  const ids = (
    status
      ? db.prepare('SELECT id FROM conclusions WHERE status = ? ORDER BY updated_at DESC, id').all(status)
      : db.prepare('SELECT id FROM conclusions ORDER BY updated_at DESC, id').all()
  ) as { id: string }[];
  return ids.map((r) => getConclusion(db, r.id));
}

export interface ConclusionWrite {
  id?: string;
  title: string;
  contentJson: string;
  plainText: string;
  tactic: Tactic;
  by: string;
}

export function saveConclusion(db: Database.Database, w: ConclusionWrite): string {
  const now = nowIso();
  if (w.id) {
    requireRow(db, 'conclusions', w.id, 'Conclusion');
    db.prepare('UPDATE conclusions SET title = ?, content_json = ?, plain_text = ?, tactic = ?, updated_at = ? WHERE id = ?').run(
      w.title,
      w.contentJson,
      w.plainText,
      w.tactic,
      now,
      w.id,
    );
    return w.id;
  }
  const id = newId();
  db.prepare(
    `INSERT INTO conclusions (id, title, content_json, plain_text, tactic, status, supervisor_comment, created_at, updated_at, created_by)
     VALUES (?, ?, ?, ?, ?, 'draft', '', ?, ?, ?)`,
  ).run(id, w.title, w.contentJson, w.plainText, w.tactic, now, now, w.by);
  return id;
}

/** The supervisor's verdict; back to draft clears who reviewed it. */
export function setConclusionStatus(db: Database.Database, id: string, status: ConclusionStatus, comment: string, by: string): void {
  requireRow(db, 'conclusions', id, 'Conclusion');
  const now = nowIso();
  db.prepare('UPDATE conclusions SET status = ?, supervisor_comment = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ? WHERE id = ?').run(
    status,
    comment,
    status === 'draft' ? null : by,
    status === 'draft' ? null : now,
    now,
    id,
  );
}

/** Links evidence; the label says what it is, in words that stay readable if the project changes. */
export function addEvidence(db: Database.Database, conclusionId: string, stance: 'supports' | 'contradicts', target: EvidenceTarget, note: string, by: string): string {
  requireRow(db, 'conclusions', conclusionId, 'Conclusion');
  const id = newId();
  const now = nowIso();
  const insert = db.prepare(
    `INSERT INTO conclusion_evidence (id, conclusion_id, stance, kind, label, note, matrix_spec, row_key, column_key, text_matrix_cell_id,
                                      source_id, start, end, snippet, coding_id, created_at, created_by)
     VALUES (@id, @conclusionId, @stance, @kind, @label, @note, @matrixSpec, @rowKey, @columnKey, @cellId, @sourceId, @start, @end, @snippet, @codingId, @now, @by)`,
  );
  const base = { id, conclusionId, stance, note, now, by, matrixSpec: null, rowKey: null, columnKey: null, cellId: null, sourceId: null, start: null, end: null, snippet: null, codingId: null };
  switch (target.kind) {
    case 'matrix-cell': {
      const m = runMatrix(db, target.spec);
      const r = m.rows.findIndex((x) => x.key === target.rowKey);
      const c = m.columns.findIndex((x) => x.key === target.columnKey);
      if (r < 0 || c < 0) throw new ApiError('not-found', `That cell is not in the matrix "${m.title}" (row ${target.rowKey}, column ${target.columnKey}).`);
      const label = `${m.title} — ${m.rows[r]!.label} × ${m.columns[c]!.label}: ${formatValue(m.values[r]![c]!)}`;
      insert.run({ ...base, kind: 'matrix-cell', label, matrixSpec: JSON.stringify(target.spec), rowKey: target.rowKey, columnKey: target.columnKey });
      break;
    }
    case 'text-matrix-cell': {
      const lines = db
        .prepare('SELECT l.id, l.label, l.axis, m.name FROM text_matrix_lines l JOIN text_matrices m ON m.id = l.matrix_id WHERE l.matrix_id = ? AND l.id IN (?, ?)')
        .all(target.matrixId, target.rowId, target.columnId) as { id: string; label: string; axis: string; name: string }[];
      const row = lines.find((l) => l.id === target.rowId && l.axis === 'row');
      const col = lines.find((l) => l.id === target.columnId && l.axis === 'column');
      if (!row || !col) throw new ApiError('not-found', 'That text-matrix cell does not exist (its row or column may have been deleted).');
      let cell = db.prepare('SELECT id FROM text_matrix_cells WHERE row_id = ? AND column_id = ?').get(row.id, col.id) as { id: string } | undefined;
      if (!cell) {
        cell = { id: newId() };
        db.prepare('INSERT INTO text_matrix_cells (id, matrix_id, row_id, column_id, summary, rating, updated_at, updated_by) VALUES (?, ?, ?, ?, \'\', NULL, ?, ?)').run(
          cell.id,
          target.matrixId,
          row.id,
          col.id,
          now,
          by,
        );
      }
      insert.run({ ...base, kind: 'text-matrix-cell', label: `${row.name} — ${row.label} × ${col.label}`, cellId: cell.id });
      break;
    }
    case 'segment': {
      if (target.end <= target.start) throw new ApiError('invalid-input', `The segment ${target.start}–${target.end} is empty.`);
      const snippet = textSlice(db, target.sourceId, target.start, target.end);
      const sourceName = (db.prepare('SELECT name FROM sources WHERE id = ?').get(target.sourceId) as { name: string }).name;
      if (target.codingId) requireRow(db, 'codings', target.codingId, 'Coding');
      const short = snippet.length > 120 ? `${snippet.slice(0, 117)}…` : snippet;
      insert.run({
        ...base,
        kind: 'segment',
        label: `${sourceName} ${target.start}–${target.end}: “${short}”`,
        sourceId: target.sourceId,
        start: target.start,
        end: target.end,
        snippet,
        codingId: target.codingId ?? null,
      });
      break;
    }
  }
  db.prepare('UPDATE conclusions SET updated_at = ? WHERE id = ?').run(now, conclusionId);
  return id;
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

/** Removes one link; returns its conclusion's id. */
export function removeEvidence(db: Database.Database, id: string): string {
  const row = found(db.prepare('SELECT conclusion_id AS c FROM conclusion_evidence WHERE id = ?').get(id) as { c: string } | undefined, 'Evidence', id);
  db.prepare('DELETE FROM conclusion_evidence WHERE id = ?').run(id);
  return row.c;
}
