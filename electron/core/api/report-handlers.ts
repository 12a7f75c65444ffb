import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { reportMethods } from '../../../shared/api/methods/report-methods';
import { ReportCancelled } from '../report/report-context';
import { buildReportBytes, writeReport } from '../report/report-builder';
import type { HandlersFor } from './handler-types';

/** The report file's name for a download: "<project>-report.docx", safe on every file system. */
function reportFileName(ctx: Parameters<HandlersFor<typeof reportMethods>['report.export']>[1]): string {
  const name = (ctx.db.prepare(`SELECT value FROM project_meta WHERE key = 'name'`).get() as { value: string } | undefined)?.value ?? 'project';
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'project';
  return `${safe}-report.docx`;
}

/**
 * The path a researcher typed: "~/" is their home folder. The default place, ~/Telaah, is created
 * when missing; any other missing folder is refused by the writer (most likely a typing mistake).
 */
export function resolveReportPath(typed: string, home = os.homedir()): string {
  const expanded = typed === '~' || typed.startsWith('~/') || typed.startsWith('~\\') ? path.join(home, typed.slice(1)) : typed;
  const target = path.resolve(expanded);
  const telaahFolder = path.join(home, 'Telaah');
  if (path.dirname(target) === telaahFolder) fs.mkdirSync(telaahFolder, { recursive: true });
  return target;
}

export const reportHandlers: HandlersFor<typeof reportMethods> = {
  'report.export': ({ path: target, jobId: _jobId, ...options }, ctx) => writeReport(ctx.db, resolveReportPath(target), options, ctx.job),
  'report.download': async ({ jobId: _jobId, ...options }, ctx) => {
    const fileName = reportFileName(ctx);
    try {
      const built = await buildReportBytes(ctx.db, options, ctx.job);
      return { fileName, base64: built.bytes.toString('base64'), bytes: built.bytes.length, sections: built.sections, tables: built.tables, figures: built.figures, warnings: built.warnings, cancelled: false };
    } catch (err) {
      if (err instanceof ReportCancelled) return { fileName, base64: '', bytes: 0, sections: [], tables: 0, figures: 0, warnings: [], cancelled: true };
      throw err;
    }
  },
};
