import { ApiError } from '../../../shared/api/errors';
import type Database from 'better-sqlite3';
import type { ExportOptions, ExportResult } from '../../../shared/api/methods/exchange-methods';
import { REPORT_SECTIONS, ReportOptions, ReportSection } from '../../../shared/api/methods/report-methods';
import { writeReport, type ReportJob } from './report-builder';
import { countedSummary } from '../exchange/export-counts';

/**
 * The shape of an entry of the export registry (electron/core/exchange/export-formats.ts), written
 * out here rather than imported so that the registry can import these entries without a cycle.
 */
interface ExportContext {
  db: Database.Database;
  options: ExportOptions;
  job?: ReportJob;
}
interface ExportFormat {
  id: string;
  extension: string;
  label: string;
  run(outPath: string, ctx: ExportContext): Promise<ExportResult>;
}

function sectionsOf(given: string[] | undefined): ReportSection[] | undefined {
  if (!given?.length) return undefined;
  return given.map((s) => {
    const parsed = ReportSection.safeParse(s);
    if (!parsed.success) throw new ApiError('invalid-input', `Unknown report section "${s}": choose from ${REPORT_SECTIONS.join(', ')}.`);
    return parsed.data;
  });
}

async function runReport(out: string, ctx: ExportContext, format: string, options: ReportOptions): Promise<ExportResult> {
  const r = await writeReport(ctx.db, out, options, ctx.job);
  if (r.cancelled) throw new ApiError('cancelled', `The ${format} export was cancelled; ${out} was not written.`);
  return {
    path: r.path,
    format,
    bytes: r.bytes,
    ...countedSummary({ sections: r.sections.length, tables: r.tables, figures: r.figures }, { sections: r.sections.join(', ') }),
    warnings: r.warnings,
  };
}

/** The Word report through `telaah export --format docx` and exchange.export. */
export const docxReportFormat: ExportFormat = {
  id: 'docx',
  extension: '.docx',
  label: `Word report (sections: ${REPORT_SECTIONS.join(', ')})`,
  run: (out, ctx) =>
    runReport(
      out,
      ctx,
      'docx',
      ReportOptions.parse({ sections: sectionsOf(ctx.options.sections), language: ctx.options.lang ?? 'en', codeIds: ctx.options.codeIds, sourceIds: ctx.options.sourceIds }),
    ),
};

/** Coded segments as a Word document: quotations grouped by code, with source, case, paragraph and speaker. */
export const segmentsDocxFormat: ExportFormat = {
  id: 'segments-docx',
  extension: '.docx',
  label: 'Coded segments as a Word document, grouped by code',
  run: (out, ctx) =>
    runReport(out, ctx, 'segments-docx', ReportOptions.parse({ sections: ['quotations'], language: ctx.options.lang ?? 'en', codeIds: ctx.options.codeIds, sourceIds: ctx.options.sourceIds })),
};
