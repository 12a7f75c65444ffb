import path from 'node:path';
import type { exchangeMethods } from '../../../shared/api/methods/exchange-methods';
import { ApiError } from '../../../shared/api/errors';
import { exportFormat, exportFormats, type ExportContext } from '../exchange/export-formats';
import { importCodebookFile } from '../exchange/codebook-import';
import { mergeRefiProject } from '../exchange/refi-merge';
import { readRefiFile } from '../exchange/refi-project-import';
import type { HandlerContext, HandlersFor } from './handler-types';

async function runExport(format: string, outPath: string, ctx: HandlerContext, options: ExportContext['options'] = {}) {
  const f = exportFormat(format);
  if (!f) {
    throw new ApiError('invalid-input', `Unknown export format "${format}" (formats: ${Object.keys(exportFormats).join(', ')}).`);
  }
  ctx.job.progress(0, 1, path.basename(outPath));
  const result = await f.run(path.resolve(outPath), { db: ctx.db, options, job: ctx.job });
  ctx.job.progress(1, 1);
  return result;
}

export const exchangeHandlers: HandlersFor<typeof exchangeMethods> = {
  'exchange.formats': () => Object.values(exportFormats).map((f) => ({ id: f.id, extension: f.extension, label: f.label })),
  'exchange.export': ({ path: out, format, options }, ctx) => runExport(format, out, ctx, options),
  'exchange.exportProject': ({ path: out }, ctx) => runExport('qdpx', out, ctx),
  'exchange.exportCodebook': ({ path: out, format }, ctx) => runExport(format === 'qdc' ? 'qdc' : 'codebook-csv', out, ctx),
  'exchange.exportSegments': ({ path: out, format, options }, ctx) => runExport(format, out, ctx, options),
  'exchange.importProject': ({ path: file, setProjectName }, ctx) => {
    ctx.job.progress(0, 1, path.basename(file));
    // Read and check everything first (archive, XML); then one recorded transaction stores it all.
    const pkg = readRefiFile(file);
    if (ctx.job.cancelled) throw new ApiError('cancelled', `Import of ${path.basename(file)} cancelled; nothing was stored.`);
    const coderId = ctx.session.activeCoderId();
    return ctx.write(`Import ${path.basename(file)}`, () =>
      mergeRefiProject(ctx.db, pkg, { coderId, setProjectName, onProgress: (done, total, current) => ctx.job.progress(done, total, current) }),
    );
  },
  'exchange.importCodebook': ({ path: file }, ctx) =>
    importCodebookFile(ctx.db, file, ctx.session.activeCoderId(), (fn) => ctx.write(`Import codebook ${path.basename(file)}`, fn)),
};
