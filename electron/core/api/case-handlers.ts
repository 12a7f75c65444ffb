import type { caseMethods } from '../../../shared/api/methods/case-methods';
import { ApiError } from '../../../shared/api/errors';
import { createAttribute, createCase, getCase, listAttributes, listCases, setCaseValue, setSourceValue } from '../store/case-store';
import { found, requireRow, IN_LIST, inList } from '../store/row-helpers';
import { importCaseTable, loadTable } from '../import/case-table-import';
import type { HandlersFor } from './handler-types';

export const caseHandlers: HandlersFor<typeof caseMethods> = {
  'cases.list': (_i, ctx) => listCases(ctx.db),
  'cases.create': ({ name, description, sourceIds }, ctx) => getCase(ctx.db, createCase(ctx.db, name, description, sourceIds)),
  'cases.rename': ({ id, name }, ctx) => {
    requireRow(ctx.db, 'cases', id, 'Case');
    ctx.db.prepare('UPDATE cases SET name = ? WHERE id = ?').run(name, id);
    return { ok: true };
  },
  'cases.delete': ({ ids }, ctx) => {
    ctx.db.prepare(`DELETE FROM cases WHERE id IN ${IN_LIST}`).run(inList(ids));
    return { ok: true };
  },
  'cases.linkSources': ({ id, sourceIds }, ctx) => {
    requireRow(ctx.db, 'cases', id, 'Case');
    const link = ctx.db.prepare('INSERT OR IGNORE INTO case_sources (case_id, source_id) VALUES (?, ?)');
    for (const s of sourceIds) link.run(id, s);
    return { ok: true };
  },
  'cases.unlinkSources': ({ id, sourceIds }, ctx) => {
    ctx.db.prepare(`DELETE FROM case_sources WHERE case_id = ? AND source_id IN ${IN_LIST}`).run(id, inList(sourceIds));
    return { ok: true };
  },
  'attributes.list': (_i, ctx) => listAttributes(ctx.db),
  'attributes.create': ({ name, type, scope }, ctx) => {
    const id = createAttribute(ctx.db, name, type, scope);
    return listAttributes(ctx.db).find((a) => a.id === id)!;
  },
  'attributes.rename': ({ id, name }, ctx) => {
    requireRow(ctx.db, 'attributes', id, 'Attribute');
    ctx.db.prepare('UPDATE attributes SET name = ? WHERE id = ?').run(name, id);
    return { ok: true };
  },
  'attributes.delete': ({ id }, ctx) => {
    ctx.db.prepare('DELETE FROM attributes WHERE id = ?').run(id);
    return { ok: true };
  },
  'attributes.setValue': ({ attributeId, caseId, sourceId, value }, ctx) => {
    const attr = found(
      ctx.db.prepare('SELECT scope, type FROM attributes WHERE id = ?').get(attributeId) as { scope: string; type: string } | undefined,
      'Attribute',
      attributeId,
    );
    if (value !== null && value !== '' && attr.type === 'number' && !Number.isFinite(Number(value))) {
      throw new ApiError('invalid-input', `"${value}" is not a number, and this attribute holds numbers.`);
    }
    if (attr.scope === 'case') {
      if (!caseId) throw new ApiError('invalid-input', 'This attribute belongs to cases: give caseId.');
      requireRow(ctx.db, 'cases', caseId, 'Case');
      setCaseValue(ctx.db, attributeId, caseId, value);
    } else {
      if (!sourceId) throw new ApiError('invalid-input', 'This attribute belongs to sources: give sourceId.');
      requireRow(ctx.db, 'sources', sourceId, 'Source');
      setSourceValue(ctx.db, attributeId, sourceId, value);
    }
    return { ok: true };
  },
  'cases.previewTable': async ({ file }) => {
    const { table } = await loadTable(file);
    return { columns: table.columns, rows: table.rows.slice(0, 20), rowCount: table.rows.length, warnings: table.warnings };
  },
  'cases.importTable': (input, ctx) => importCaseTable(input, ctx),
};
