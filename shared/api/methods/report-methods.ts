import { z } from 'zod';
import { method } from '../define';
import { MatrixSpec } from './analysis-methods';

/** The sections a researcher can choose for the Word report, in the order they are written. */
export const REPORT_SECTIONS = ['titlePage', 'methods', 'codebook', 'matrices', 'charts', 'quotations', 'memos', 'conclusions', 'review'] as const;
export const ReportSection = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportLanguage = z.enum(['en', 'id']);
export type ReportLanguage = z.infer<typeof ReportLanguage>;

/** A count matrix to print as a Word table, as the matrix engine takes it, with an optional caption. */
export const ReportMatrixSpec = MatrixSpec.extend({ title: z.string().max(300).optional() });
export type ReportMatrixSpec = z.infer<typeof ReportMatrixSpec>;
export type ReportMatrixSpecInput = z.input<typeof ReportMatrixSpec>;

export const ReportOptions = z.object({
  sections: z.array(ReportSection).min(1).max(REPORT_SECTIONS.length).default([...REPORT_SECTIONS]),
  language: ReportLanguage.default('en'),
  /** The matrices section; the default is the code-frequency matrix, cases by codes. */
  matrices: z.array(ReportMatrixSpec).max(50).optional(),
  /** Shades count cells from white to blue by their share of the matrix's largest count. */
  heatShading: z.boolean().default(true),
  /** Quotations only of these codes (with their sub-codes) and from these sources; all when absent. */
  codeIds: z.array(z.string().min(1).max(100)).max(100_000).optional(),
  sourceIds: z.array(z.string().min(1).max(100)).max(100_000).optional(),
});
export type ReportOptions = z.infer<typeof ReportOptions>;
export type ReportOptionsInput = z.input<typeof ReportOptions>;

export const ReportResult = z.object({
  path: z.string(),
  bytes: z.number().int(),
  sections: z.array(ReportSection),
  tables: z.number().int(),
  figures: z.number().int(),
  /** Things the researcher should know (a matrix that could not be built, a chart left out). */
  warnings: z.array(z.string()),
  cancelled: z.boolean(),
});
export type ReportResult = z.infer<typeof ReportResult>;

export const reportMethods = {
  /**
   * Writes the Word report to `path` (a temp file beside it, renamed when complete, so the target
   * is never a half-written .docx). A job: progress per step, cancellable.
   */
  'report.export': method(
    'job',
    ReportOptions.extend({ path: z.string().min(1).max(4096), jobId: z.string().max(100).optional() }),
    ReportResult,
  ),
  /** The report's bytes as base64, for a browser download (no path on the server side). */
  'report.download': method(
    'job',
    ReportOptions.extend({ jobId: z.string().max(100).optional() }),
    ReportResult.omit({ path: true }).extend({ fileName: z.string(), base64: z.string() }),
  ),
} as const;
