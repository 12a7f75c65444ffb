import type Database from 'better-sqlite3';
import type { FileChild } from 'docx';
import type { ReportOptions } from '../../../shared/api/methods/report-methods';
import type { ReportFormats, ReportTranslate } from './report-strings';
import type { ReportMatrix } from './report-matrix-data';
import type { ReportChart } from './report-chart-data';

/** A run of report content on pages of one orientation; the builder turns each into a Word section. */
export interface ReportPart {
  orientation: 'portrait' | 'landscape';
  children: FileChild[];
}

/** Thrown by a checkpoint once the job is cancelled; the builder removes its temp file. */
export class ReportCancelled extends Error {
  constructor() {
    super('The report was cancelled.');
  }
}

/** What every section writer gets. */
export interface ReportContext {
  readonly db: Database.Database;
  readonly options: ReportOptions;
  readonly tr: ReportTranslate;
  readonly fmt: ReportFormats;
  readonly projectName: string;
  /** The chosen matrices, computed once before any section is written (methods and charts read them too). */
  readonly matrices: ReportMatrix[];
  /** The charts to draw as figures, also decided up front. */
  readonly charts: ReportChart[];
  /** A Miles and Huberman tactic slug in the report's language. */
  tacticLabel(tactic: string): string;
  /** Numbers tables and figures in document order. */
  nextTable(): number;
  nextFigure(): number;
  /** Something the researcher should know; returned with the result. */
  warn(message: string): void;
  /** Yields to the event loop (so a cancel request can arrive) and throws ReportCancelled if it did. */
  checkpoint(current?: string): Promise<void>;
}

export type SectionWriter = (ctx: ReportContext) => ReportPart[] | Promise<ReportPart[]>;

export function portrait(children: FileChild[]): ReportPart {
  return { orientation: 'portrait', children };
}
