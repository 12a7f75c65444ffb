import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { exchangeMethods } from '../../../shared/api/methods/exchange-methods';
import { ApiError } from '../../../shared/api/errors';
import { exportFormat, exportFormats, type ExportContext } from '../exchange/export-formats';
import { importCodebookFile } from '../exchange/codebook-import';
import { mergeRefiProject } from '../exchange/refi-merge';
import { readRefiFile } from '../exchange/refi-project-import';
import type { HandlerContext, HandlersFor } from './handler-types';
import { projectName } from '../store/project-meta';
import { downloadFileName, expandTypedPath, outputPath } from '../typed-paths';

function formatOf(format: string) {
  const f = exportFormat(format);
  if (!f) {
    throw new ApiError('invalid-input', `Unknown export format "${format}" (formats: ${Object.keys(exportFormats).join(', ')}).`);
  }
  return f;
}

/** Paths are typed by the researcher: "~/" is their home folder, as for the Word report. */
async function runExport(format: string, outPath: string, ctx: HandlerContext, options: ExportContext['options'] = {}) {
  const f = formatOf(format);
  const target = outputPath(outPath);
  ctx.job.progress(0, 1, path.basename(target));
  const result = await f.run(target, { db: ctx.db, options, job: ctx.job });
  ctx.job.progress(1, 1);
  return result;
}

/** Every format writes a file (atomically); a download writes it in a private temp folder and reads it back. */
async function downloadExport(format: string, ctx: HandlerContext, options: ExportContext['options']) {
  const fileName = downloadFileName(projectName(ctx.db), formatOf(format).extension);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-download-'));
  try {
    const { path: written, ...result } = await runExport(format, path.join(dir, fileName), ctx, options);
    return { ...result, fileName, base64: fs.readFileSync(written).toString('base64') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const exchangeHandlers: HandlersFor<typeof exchangeMethods> = {
  'exchange.formats': () => Object.values(exportFormats).map((f) => ({ id: f.id, extension: f.extension, label: f.label })),
  'exchange.export': ({ path: out, format, options }, ctx) => runExport(format, out, ctx, options),
  'exchange.download': ({ format, options }, ctx) => downloadExport(format, ctx, options),
  'exchange.exportProject': ({ path: out }, ctx) => runExport('qdpx', out, ctx),
  'exchange.exportCodebook': ({ path: out, format }, ctx) => runExport(format === 'qdc' ? 'qdc' : 'codebook-csv', out, ctx),
  'exchange.exportSegments': ({ path: out, format, options }, ctx) => runExport(format, out, ctx, options),
  // Imports take typed paths too; "~/" expands the same way (reading creates nothing).
  'exchange.importProject': ({ path: typed, setProjectName }, ctx) => {
    const file = expandTypedPath(typed);
    ctx.job.progress(0, 1, path.basename(file));
    // Read and check everything first (archive, XML); then one recorded transaction stores it all.
    const pkg = readRefiFile(file);
    if (ctx.job.cancelled) throw new ApiError('cancelled', `Import of ${path.basename(file)} cancelled; nothing was stored.`);
    const coderId = ctx.session.activeCoderId();
    return ctx.write(`Import ${path.basename(file)}`, () =>
      mergeRefiProject(ctx.db, pkg, { coderId, setProjectName, onProgress: (done, total, current) => ctx.job.progress(done, total, current) }),
    );
  },
  'exchange.importCodebook': ({ path: typed }, ctx) => {
    const file = expandTypedPath(typed);
    return importCodebookFile(ctx.db, file, ctx.session.activeCoderId(), (fn) => ctx.write(`Import codebook ${path.basename(file)}`, fn));
  },
};
