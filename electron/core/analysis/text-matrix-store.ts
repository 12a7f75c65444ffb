import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { TextMatrix, TextMatrixCell, TextMatrixLine, TextMatrixSummary, TextMatrixTemplate } from '../../../shared/api/methods/analysis-methods';
import { compareAttributeValues } from '../../../shared/analysis/matrix/matrix-order';
import { codeTreeOrder, type TreeCode } from '../../../shared/analysis/matrix/code-hierarchy';
import { textSlice } from '../store/coding-store';
import { found, newId, nowIso } from '../store/row-helpers';
import { byName, getAttribute } from './project-index';

/** Default scales: a checklist rates how present a condition is; other templates rate nothing. */
const DEFAULT_SCALES: Record<TextMatrixTemplate, string[]> = {
  checklist: ['strong', 'weak', 'absent'],
  'conceptually-clustered': [],
  'case-ordered': [],
  'time-ordered': [],
  custom: [],
};

interface LineSpec {
  label: string;
  caseId?: string;
  sourceId?: string;
  codeId?: string;
  group?: string;
  orderValue?: string | null;
}

export interface NewTextMatrix {
  name: string;
  template: TextMatrixTemplate;
  description: string;
  codeIds: string[];
  caseIds?: string[];
  sourceIds?: string[];
  orderAttributeId?: string;
  ratingScale?: string[];
  createdBy: string;
}

function codesById(db: Database.Database) {
  const codes = codeTreeOrder(db.prepare('SELECT id, parent_id AS parentId, name, sort_key AS sortKey FROM codes').all() as TreeCode[]);
  return { codes, byId: new Map(codes.map((c) => [c.id, c])) };
}

function caseLines(db: Database.Database, caseIds: string[] | undefined): LineSpec[] {
  const all = (db.prepare('SELECT id, name FROM cases').all() as { id: string; name: string }[]).sort(byName);
  const chosen = caseIds ? all.filter((c) => caseIds.includes(c.id)) : all;
  if (caseIds && chosen.length !== caseIds.length) throw new ApiError('not-found', 'One of the chosen cases does not exist (it may have been deleted).');
  return chosen.map((c) => ({ label: c.name, caseId: c.id }));
}

/** Rows and columns of a new matrix, as its template lays them out. */
function layout(db: Database.Database, m: NewTextMatrix): { rows: LineSpec[]; columns: LineSpec[] } {
  const { codes, byId } = codesById(db);
  for (const id of m.codeIds) if (!byId.has(id)) throw new ApiError('not-found', `Code ${id} does not exist (it may have been deleted).`);
  const chosenCodes = codes.filter((c) => m.codeIds.includes(c.id));
  const codeLine = (c: { id: string; name: string }, group = ''): LineSpec => ({ label: c.name, codeId: c.id, group });
  switch (m.template) {
    case 'checklist':
    case 'custom':
      return { rows: caseLines(db, m.caseIds), columns: chosenCodes.map((c) => codeLine(c)) };
    case 'conceptually-clustered': {
      // Each chosen code is a cluster; its children are the columns (a childless code is its own column).
      const columns: LineSpec[] = [];
      for (const parent of chosenCodes) {
        const children = codes.filter((c) => c.parentId === parent.id);
        if (children.length === 0) columns.push(codeLine(parent, parent.name));
        for (const child of children) columns.push(codeLine(child, parent.name));
      }
      return { rows: caseLines(db, m.caseIds), columns };
    }
    case 'case-ordered': {
      if (!m.orderAttributeId) throw new ApiError('invalid-input', 'A case-ordered meta-matrix needs the attribute that orders its cases (e.g. years of service).');
      const attr = getAttribute(db, m.orderAttributeId);
      if (!attr) throw new ApiError('not-found', `Attribute ${m.orderAttributeId} does not exist.`);
      if (attr.scope !== 'case') throw new ApiError('invalid-input', `"${attr.name}" is an attribute of sources; a case-ordered matrix is ordered by a case attribute.`);
      const value = db.prepare('SELECT value FROM case_attribute_values WHERE attribute_id = ? AND case_id = ?');
      const rows = caseLines(db, m.caseIds).map((r) => ({ ...r, orderValue: (value.get(attr.id, r.caseId) as { value: string } | undefined)?.value ?? null }));
      rows.sort((a, b) => {
        if (a.orderValue === null || b.orderValue === null) return a.orderValue === b.orderValue ? 0 : a.orderValue === null ? 1 : -1;
        return compareAttributeValues(a.orderValue, b.orderValue, attr.type);
      });
      return { rows, columns: chosenCodes.map((c) => codeLine(c)) };
    }
    case 'time-ordered': {
      // Miles and Huberman put time across the top: columns are sources in date order, rows the codes.
      const all = db.prepare('SELECT id, name, source_date AS date FROM sources').all() as { id: string; name: string; date: string | null }[];
      const chosen = m.sourceIds ? all.filter((s) => m.sourceIds!.includes(s.id)) : all;
      if (m.sourceIds && chosen.length !== m.sourceIds.length) throw new ApiError('not-found', 'One of the chosen sources does not exist (it may have been deleted).');
      chosen.sort((a, b) => {
        if (a.date === null || b.date === null) return a.date === b.date ? byName(a, b) : a.date === null ? 1 : -1;
        return a.date.localeCompare(b.date) || byName(a, b);
      });
      return { rows: chosenCodes.map((c) => codeLine(c)), columns: chosen.map((s) => ({ label: s.name, sourceId: s.id, orderValue: s.date })) };
    }
  }
}

export function createTextMatrix(db: Database.Database, m: NewTextMatrix): string {
  if (m.template !== 'time-ordered' && m.codeIds.length === 0) {
    throw new ApiError('invalid-input', 'Choose at least one code for the columns of the matrix.');
  }
  if (m.template === 'time-ordered' && m.codeIds.length === 0) throw new ApiError('invalid-input', 'Choose at least one code for the rows of the matrix.');
  const clash = db.prepare('SELECT 1 FROM text_matrices WHERE name = ? COLLATE NOCASE').get(m.name);
  if (clash) throw new ApiError('conflict', `There is already a text matrix named "${m.name}".`);
  const { rows, columns } = layout(db, m);
  const id = newId();
  const now = nowIso();
  db.prepare(
    `INSERT INTO text_matrices (id, name, template, description, rating_scale, order_attribute_id, created_at, updated_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, m.name, m.template, m.description, JSON.stringify(m.ratingScale ?? DEFAULT_SCALES[m.template]), m.orderAttributeId ?? null, now, now, m.createdBy);
  const insert = db.prepare(
    `INSERT INTO text_matrix_lines (id, matrix_id, axis, ordinal, label, case_id, source_id, code_id, grouping, order_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const add = (axis: 'row' | 'column', lines: LineSpec[]) =>
    lines.forEach((l, i) => insert.run(newId(), id, axis, i, l.label, l.caseId ?? null, l.sourceId ?? null, l.codeId ?? null, l.group ?? '', l.orderValue ?? null));
  add('row', rows);
  add('column', columns);
  return id;
}

const SUMMARY_SQL = `SELECT id, name, template, description, rating_scale AS ratingScale, created_at AS createdAt, updated_at AS updatedAt FROM text_matrices`;
type SummaryRow = Omit<TextMatrixSummary, 'ratingScale'> & { ratingScale: string };
const toSummary = (r: SummaryRow): TextMatrixSummary => ({ ...r, ratingScale: JSON.parse(r.ratingScale) as string[] });

export function listTextMatrices(db: Database.Database): TextMatrixSummary[] {
  return (db.prepare(`${SUMMARY_SQL} ORDER BY name COLLATE NOCASE`).all() as SummaryRow[]).map(toSummary);
}

function lines(db: Database.Database, matrixId: string, axis: 'row' | 'column'): TextMatrixLine[] {
  return db
    .prepare(
      `SELECT id, label, case_id AS caseId, source_id AS sourceId, code_id AS codeId, grouping AS "group", order_value AS orderValue
       FROM text_matrix_lines WHERE matrix_id = ? AND axis = ? ORDER BY ordinal`,
    )
    .all(matrixId, axis) as TextMatrixLine[];
}

function cellQuotes(db: Database.Database, cellId: string): TextMatrixCell['quotes'] {
  return db
    .prepare(
      `SELECT q.id, q.source_id AS sourceId, q.start, q.end, q.snippet, s.name AS sourceName
       FROM text_matrix_quotes q JOIN sources s ON s.id = q.source_id WHERE q.cell_id = ? ORDER BY q.ordinal`,
    )
    .all(cellId) as TextMatrixCell['quotes'];
}

export function getTextMatrixCell(db: Database.Database, cellId: string): TextMatrixCell {
  const row = found(
    db.prepare('SELECT id, row_id AS rowId, column_id AS columnId, summary, rating, updated_at AS updatedAt FROM text_matrix_cells WHERE id = ?').get(cellId) as
      | Omit<TextMatrixCell, 'quotes'>
      | undefined,
    'Text matrix cell',
    cellId,
  );
  return { ...row, quotes: cellQuotes(db, cellId) };
}

export function getTextMatrix(db: Database.Database, id: string): TextMatrix {
  const summary = toSummary(found(db.prepare(`${SUMMARY_SQL} WHERE id = ?`).get(id) as SummaryRow | undefined, 'Text matrix', id));
  const orderAttributeId = (db.prepare('SELECT order_attribute_id AS a FROM text_matrices WHERE id = ?').get(id) as { a: string | null }).a;
  const cellIds = (db.prepare('SELECT id FROM text_matrix_cells WHERE matrix_id = ?').all(id) as { id: string }[]).map((r) => r.id);
  return {
    ...summary,
    orderAttributeId,
    rows: lines(db, id, 'row'),
    columns: lines(db, id, 'column'),
    cells: cellIds.map((c) => getTextMatrixCell(db, c)),
  };
}

function requireLine(db: Database.Database, matrixId: string, lineId: string, axis: 'row' | 'column'): TextMatrixLine {
  const line = lines(db, matrixId, axis).find((l) => l.id === lineId);
  if (!line) throw new ApiError('not-found', `The text matrix has no ${axis} ${lineId} (it may have been deleted).`);
  return line;
}

export interface CellWrite {
  matrixId: string;
  rowId: string;
  columnId: string;
  summary: string;
  rating: string | null;
  quotes: { sourceId: string; start: number; end: number }[];
  updatedBy: string;
}

/** Creates or replaces a cell; each quote's snippet is read from the source now. */
export function setTextMatrixCell(db: Database.Database, w: CellWrite): TextMatrixCell {
  const matrix = getTextMatrix(db, w.matrixId);
  requireLine(db, w.matrixId, w.rowId, 'row');
  requireLine(db, w.matrixId, w.columnId, 'column');
  if (w.rating !== null && matrix.ratingScale.length > 0 && !matrix.ratingScale.includes(w.rating)) {
    throw new ApiError('invalid-input', `"${w.rating}" is not on this matrix's rating scale (${matrix.ratingScale.join(', ')}).`);
  }
  const now = nowIso();
  const existing = db.prepare('SELECT id FROM text_matrix_cells WHERE row_id = ? AND column_id = ?').get(w.rowId, w.columnId) as { id: string } | undefined;
  const cellId = existing?.id ?? newId();
  if (existing) {
    db.prepare('UPDATE text_matrix_cells SET summary = ?, rating = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(w.summary, w.rating, now, w.updatedBy, cellId);
    db.prepare('DELETE FROM text_matrix_quotes WHERE cell_id = ?').run(cellId);
  } else {
    db.prepare(
      'INSERT INTO text_matrix_cells (id, matrix_id, row_id, column_id, summary, rating, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(cellId, w.matrixId, w.rowId, w.columnId, w.summary, w.rating, now, w.updatedBy);
  }
  const insert = db.prepare('INSERT INTO text_matrix_quotes (id, cell_id, ordinal, source_id, start, end, snippet) VALUES (?, ?, ?, ?, ?, ?, ?)');
  w.quotes.forEach((q, i) => {
    if (q.end <= q.start) throw new ApiError('invalid-input', `Quote ${i + 1} is empty (${q.start}–${q.end}).`);
    insert.run(newId(), cellId, i, q.sourceId, q.start, q.end, textSlice(db, q.sourceId, q.start, q.end));
  });
  db.prepare('UPDATE text_matrices SET updated_at = ? WHERE id = ?').run(now, w.matrixId);
  return getTextMatrixCell(db, cellId);
}

/** What a row and a column of a text matrix stand for, as filters for candidate quotes. */
export function lineScopes(db: Database.Database, matrixId: string, rowId: string, columnId: string): TextMatrixLine[] {
  return [requireLine(db, matrixId, rowId, 'row'), requireLine(db, matrixId, columnId, 'column')];
}
