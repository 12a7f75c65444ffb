import fs from 'node:fs';
import path from 'node:path';
import type { analysisMethods } from '../../../shared/api/methods/analysis-methods';
import { ApiError } from '../../../shared/api/errors';
import { requireRow } from '../store/row-helpers';
import { svgToPng } from '../analysis/chart-png';
import { cellSegments } from '../analysis/cell-segments';
import { addEvidence, getConclusion, listConclusions, removeEvidence, saveConclusion, setConclusionStatus } from '../analysis/conclusion-store';
import { runCooccurrence } from '../analysis/cooccurrence-query';
import { matrixFileName, matrixToCsv, matrixToXlsx } from '../analysis/matrix-export';
import { runMatrix } from '../analysis/matrix-query';
import { findNegativeCases } from '../analysis/negative-cases';
import { candidateQuotes } from '../analysis/text-matrix-quotes';
import { createTextMatrix, getTextMatrix, listTextMatrices, setTextMatrixCell } from '../analysis/text-matrix-store';
import type { HandlersFor } from './handler-types';

export const analysisHandlers: HandlersFor<typeof analysisMethods> = {
  'analysis.matrix': (spec, ctx) => runMatrix(ctx.db, spec),
  'analysis.cellSegments': (q, ctx) => cellSegments(ctx.db, q),
  'analysis.cooccurrence': (spec, ctx) => runCooccurrence(ctx.db, spec),
  'analysis.negativeCases': (q, ctx) => findNegativeCases(ctx.db, q),
  'analysis.exportMatrix': async ({ spec, format, path: target }, ctx) => {
    const m = runMatrix(ctx.db, spec);
    const bytes = format === 'csv' ? Buffer.from(matrixToCsv(m), 'utf8') : await matrixToXlsx(m);
    const fileName = matrixFileName(m, format);
    if (!target) return { path: null, base64: bytes.toString('base64'), fileName };
    const resolved = path.resolve(target);
    fs.writeFileSync(resolved, bytes);
    return { path: resolved, base64: null, fileName: path.basename(resolved) };
  },
  'analysis.saveChart': ({ svg, format, scale, path: target }) => {
    if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg)) throw new ApiError('invalid-input', 'The chart is not an SVG document (it must start with <svg).');
    const bytes = format === 'png' ? svgToPng(svg, scale) : Buffer.from(svg, 'utf8');
    if (!target) return { path: null, base64: bytes.toString('base64') };
    const resolved = path.resolve(target);
    fs.writeFileSync(resolved, bytes);
    return { path: resolved, base64: null };
  },

  'textMatrices.list': (_i, ctx) => listTextMatrices(ctx.db),
  'textMatrices.get': ({ id }, ctx) => getTextMatrix(ctx.db, id),
  'textMatrices.create': (input, ctx) => getTextMatrix(ctx.db, createTextMatrix(ctx.db, { ...input, createdBy: ctx.session.activeCoderId() })),
  'textMatrices.rename': ({ id, name }, ctx) => {
    requireRow(ctx.db, 'text_matrices', id, 'Text matrix');
    ctx.db.prepare('UPDATE text_matrices SET name = ?, updated_at = ? WHERE id = ?').run(name, new Date().toISOString(), id);
    return { ok: true };
  },
  'textMatrices.delete': ({ id }, ctx) => {
    requireRow(ctx.db, 'text_matrices', id, 'Text matrix');
    ctx.db.prepare('DELETE FROM text_matrices WHERE id = ?').run(id);
    return { ok: true };
  },
  'textMatrices.setCell': (input, ctx) => setTextMatrixCell(ctx.db, { ...input, updatedBy: ctx.session.activeCoderId() }),
  'textMatrices.candidateQuotes': ({ matrixId, rowId, columnId, contextChars }, ctx) => candidateQuotes(ctx.db, matrixId, rowId, columnId, contextChars),

  'conclusions.list': ({ status }, ctx) => listConclusions(ctx.db, status),
  'conclusions.get': ({ id }, ctx) => getConclusion(ctx.db, id),
  'conclusions.save': (input, ctx) => getConclusion(ctx.db, saveConclusion(ctx.db, { ...input, by: ctx.session.activeCoderId() })),
  'conclusions.setStatus': ({ id, status, comment }, ctx) => {
    setConclusionStatus(ctx.db, id, status, comment, ctx.session.activeCoderId());
    return getConclusion(ctx.db, id);
  },
  'conclusions.delete': ({ id }, ctx) => {
    requireRow(ctx.db, 'conclusions', id, 'Conclusion');
    ctx.db.prepare('DELETE FROM conclusions WHERE id = ?').run(id);
    return { ok: true };
  },
  'conclusions.addEvidence': ({ conclusionId, stance, target, note }, ctx) => {
    addEvidence(ctx.db, conclusionId, stance, target, note, ctx.session.activeCoderId());
    return getConclusion(ctx.db, conclusionId);
  },
  'conclusions.removeEvidence': ({ id }, ctx) => {
    removeEvidence(ctx.db, id);
    return { ok: true };
  },
};
