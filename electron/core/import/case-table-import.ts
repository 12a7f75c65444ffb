import fs from 'node:fs';
import path from 'node:path';
import { errorPhrase } from '../i18n/error-phrase';
import { ApiError } from '../../../shared/api/errors';
import { canonicalizeText } from '../../../shared/text/canonical';
import { codePointLength } from '../../../shared/text/code-points';
import { readCaseTable } from '../importers/case-table-reader';
import { MAX_IMPORT_BYTES } from '../importers/imported-document';
import { createCase, ensureAttribute, setCaseValue } from '../store/case-store';
import { insertSource } from '../store/source-store';
import type { HandlerContext } from '../api/handler-types';

export type TableFileInput = { path: string } | { upload: { name: string; base64: string } };

export async function loadTable(file: TableFileInput) {
  const name = 'path' in file ? path.basename(file.path) : file.upload.name;
  let bytes: Uint8Array;
  if ('path' in file) {
    if (!fs.existsSync(file.path)) throw new ApiError('not-found', `${file.path} does not exist.`);
    if (fs.statSync(file.path).size > MAX_IMPORT_BYTES) throw new ApiError('import-failed', `${name} is larger than ${MAX_IMPORT_BYTES / 1048576} MB.`);
    bytes = new Uint8Array(fs.readFileSync(file.path));
  } else {
    bytes = new Uint8Array(Buffer.from(file.upload.base64, 'base64'));
  }
  return { name, table: await readCaseTable(bytes, name) };
}

export interface CaseTableRequest {
  file: TableFileInput;
  caseColumn: string;
  attributeColumns: string[];
  textColumns: string[];
}

/**
 * Rows become cases (matched by name, so re-importing updates values), chosen columns become
 * attributes, and each non-empty answer in a chosen open-ended column becomes a source linked to
 * its case. One transaction: a bad table stores nothing.
 */
export async function importCaseTable(req: CaseTableRequest, ctx: HandlerContext) {
  const { name, table } = await loadTable(req.file);
  for (const col of [req.caseColumn, ...req.attributeColumns, ...req.textColumns]) {
    if (!table.columns.includes(col)) {
      throw new ApiError('invalid-input', `${name}: there is no column "${col}" (columns: ${table.columns.join(', ')}).`);
    }
  }
  const warnings = [...table.warnings];
  return ctx.write(`Import cases from ${name}`, () => {
    const db = ctx.db;
    let casesCreated = 0;
    let casesUpdated = 0;
    let attributesCreated = 0;
    let sourcesCreated = 0;
    const attrIds = new Map<string, string>();
    for (const col of req.attributeColumns) {
      const a = ensureAttribute(db, col, table.rows.map((r) => r[col] ?? null));
      if (a.created) attributesCreated++;
      attrIds.set(col, a.id);
    }
    table.rows.forEach((row, i) => {
      const caseName = row[req.caseColumn]?.trim();
      if (!caseName) {
        warnings.push(errorPhrase('errors.table.noCaseName', { file: name, row: i + 2, column: req.caseColumn }));
        return;
      }
      const existing = db.prepare('SELECT id FROM cases WHERE name = ? COLLATE NOCASE').get(caseName) as { id: string } | undefined;
      const caseId = existing?.id ?? createCase(db, caseName);
      if (existing) casesUpdated++;
      else casesCreated++;
      for (const [col, attrId] of attrIds) setCaseValue(db, attrId, caseId, row[col] ?? null);
      for (const col of req.textColumns) {
        const answer = row[col];
        if (!answer || !answer.trim()) continue;
        const text = canonicalizeText(answer);
        const sourceId = insertSource(db, {
          name: `${caseName} — ${col}`,
          doc: { text, format: 'txt', warnings: [], blocks: [{ start: 0, end: codePointLength(text), bodyStart: 0, kind: 'paragraph' }] },
          originFile: name,
          createdBy: ctx.session.activeCoderId(),
        });
        db.prepare('INSERT INTO case_sources (case_id, source_id) VALUES (?, ?)').run(caseId, sourceId);
        sourcesCreated++;
      }
    });
    return { casesCreated, casesUpdated, attributesCreated, sourcesCreated, warnings };
  });
}
