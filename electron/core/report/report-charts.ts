import type Database from 'better-sqlite3';
import type { ReportChart } from './report-chart-data';
import type { ReportMatrix } from './report-matrix-data';
import type { ReportTranslate } from './report-strings';

/** The charts the report draws (filled in from the chart builders). */
export function planReportCharts(_db: Database.Database, _matrices: ReportMatrix[], _tr: ReportTranslate, _warn: (m: string) => void): ReportChart[] {
  return [];
}
