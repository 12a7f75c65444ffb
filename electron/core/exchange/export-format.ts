/**
 * The shape of one export format. Kept apart from the registry (export-formats.ts) so that a
 * format defined elsewhere (the Word report in electron/core/report) can import this type without an
 * import cycle through the registry that imports it.
 */
import type Database from 'better-sqlite3';
import type { ExportOptions, ExportResult } from '../../../shared/api/methods/exchange-methods';
import type { JobControl } from '../api/handler-types';

export interface ExportContext {
  db: Database.Database;
  options: ExportOptions;
  /** Progress and cancellation, when run as a job. */
  job?: JobControl;
}

export interface ExportFormat {
  id: string;
  /** File extension with the dot (".qdpx"). */
  extension: string;
  /** What it writes, for menus and `telaah export --help`. */
  label: string;
  run(outPath: string, ctx: ExportContext): ExportResult | Promise<ExportResult>;
}
