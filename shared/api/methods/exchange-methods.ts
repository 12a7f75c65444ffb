import { z } from 'zod';
import { method } from '../define';

/** Something the import did not take in, and why. */
export const SkippedItem = z.object({ what: z.string(), name: z.string(), reason: z.string() });
export type SkippedItem = z.infer<typeof SkippedItem>;

const Counts = z.object({
  users: z.number().int(),
  codes: z.number().int(),
  sources: z.number().int(),
  selections: z.number().int(),
  codings: z.number().int(),
  cases: z.number().int(),
  attributes: z.number().int(),
  sets: z.number().int(),
  memos: z.number().int(),
});
export type ExchangeCounts = z.infer<typeof Counts>;

/**
 * What a REFI-QDA import did, as the standard asks: what came in (`imported`), what was already in
 * the project and was reused (`matched`: sources by text, codes by GUID or name path, ...), what was
 * left out and why (`skipped`), and things to check (`warnings`).
 */
export const RefiImportReport = z.object({
  file: z.string(),
  projectName: z.string(),
  origin: z.string(),
  producer: z.string(),
  /** How the producer's positions were counted ("Unicode code points, ..."). */
  positionCounting: z.string(),
  imported: Counts,
  matched: Counts,
  skipped: z.array(SkippedItem),
  warnings: z.array(z.string()),
});
export type RefiImportReport = z.infer<typeof RefiImportReport>;

export const CodebookImportReport = z.object({
  file: z.string(),
  format: z.enum(['qdc', 'csv', 'code-list']),
  created: z.number().int(),
  matched: z.number().int(),
  skipped: z.array(SkippedItem),
  warnings: z.array(z.string()),
});
export type CodebookImportReport = z.infer<typeof CodebookImportReport>;

export const ExportFormatId = z.string().min(1).max(40);

export const ExportOptions = z
  .object({
    /** Report sections (Word report only). */
    sections: z.array(z.string().max(60)).max(50).optional(),
    lang: z.enum(['en', 'id']).optional(),
    /** Segments export: only these codes (with their sub-codes) and sources; all when absent. */
    codeIds: z.array(z.string().max(100)).max(100_000).optional(),
    sourceIds: z.array(z.string().max(100)).max(100_000).optional(),
  })
  .default({});
export type ExportOptions = z.infer<typeof ExportOptions>;

/** Things an export counts, for the interface to name in its own language. */
export const ExportCountKind = z.enum(['sources', 'codes', 'selections', 'codings', 'cases', 'memos', 'users', 'segments', 'sections', 'tables', 'figures']);
export type ExportCountKind = z.infer<typeof ExportCountKind>;

export const ExportResult = z.object({
  path: z.string(),
  format: z.string(),
  bytes: z.number().int(),
  /** What was written, counted, in order ("8 sources, 24 codes"): the interface words it. */
  counts: z.array(z.object({ what: ExportCountKind, n: z.number().int().nonnegative() })),
  /** The same in English, one line, for the command line and logs. */
  summary: z.string(),
  warnings: z.array(z.string()).default([]),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ExportFormatInfo = z.object({ id: z.string(), extension: z.string(), label: z.string() });

const OutPath = z.string().min(1).max(4096);
const JobId = z.string().max(100).optional();

export const exchangeMethods = {
  'exchange.formats': method('read', z.object({}).strict(), z.array(ExportFormatInfo)),
  /** Any registered format (qdpx, qdc, csv, xlsx, codebook-csv, docx...) to a file. */
  'exchange.export': method('job', z.object({ path: OutPath, format: ExportFormatId, options: ExportOptions, jobId: JobId }), ExportResult),
  /** The same export as bytes (base64), for a browser download: no path on the server side. */
  'exchange.download': method(
    'job',
    z.object({ format: ExportFormatId, options: ExportOptions, jobId: JobId }),
    ExportResult.omit({ path: true }).extend({ fileName: z.string(), base64: z.string() }),
  ),
  'exchange.exportProject': method('job', z.object({ path: OutPath, jobId: JobId }), ExportResult),
  'exchange.exportCodebook': method('job', z.object({ path: OutPath, format: z.enum(['qdc', 'csv']), jobId: JobId }), ExportResult),
  'exchange.exportSegments': method(
    'job',
    z.object({ path: OutPath, format: z.enum(['csv', 'xlsx']), options: ExportOptions, jobId: JobId }),
    ExportResult,
  ),
  /** A .qdpx or .qde merged into the open project in one step (one undo step). */
  'exchange.importProject': method(
    'job',
    z.object({ path: OutPath, setProjectName: z.boolean().default(false), jobId: JobId }),
    RefiImportReport,
    ['project.changed', 'sources.changed', 'codes.changed', 'codings.changed', 'cases.changed', 'memos.changed'],
    { changesCoding: true },
  ),
  /** A .qdc, a codebook CSV/XLSX or a tab-separated `category>>code` list, merged into the codebook. */
  'exchange.importCodebook': method('job', z.object({ path: OutPath, jobId: JobId }), CodebookImportReport, ['codes.changed']),
} as const;
