import type { reportMethods } from '../../../shared/api/methods/report-methods';
import { ReportCancelled } from '../report/report-context';
import { buildReportBytes, writeReport } from '../report/report-builder';
import { projectName } from '../store/project-meta';
import { downloadFileName, outputPath } from '../typed-paths';
import type { HandlersFor } from './handler-types';

export const reportHandlers: HandlersFor<typeof reportMethods> = {
  'report.export': ({ path: target, jobId: _jobId, ...options }, ctx) => writeReport(ctx.db, outputPath(target), options, ctx.job),
  'report.download': async ({ jobId: _jobId, ...options }, ctx) => {
    const fileName = downloadFileName(projectName(ctx.db), '-report.docx');
    try {
      const built = await buildReportBytes(ctx.db, options, ctx.job);
      return { fileName, base64: built.bytes.toString('base64'), bytes: built.bytes.length, sections: built.sections, tables: built.tables, figures: built.figures, warnings: built.warnings, cancelled: false };
    } catch (err) {
      if (err instanceof ReportCancelled) return { fileName, base64: '', bytes: 0, sections: [], tables: 0, figures: 0, warnings: [], cancelled: true };
      throw err;
    }
  },
};
