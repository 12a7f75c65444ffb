import type Database from 'better-sqlite3';
import { MatrixSpec, type MatrixDimension, type MatrixResult } from '../../../shared/api/methods/analysis-methods';
import type { ReportMatrixSpec } from '../../../shared/api/methods/report-methods';
import { runMatrix } from '../analysis/matrix-query';
import type { ReportTranslate } from './report-strings';

/** A matrix chosen for the report, computed by the matrix engine, with its caption in the report's language. */
export interface ReportMatrix {
  spec: MatrixSpec;
  title: string;
  rowsLabel: string;
  columnsLabel: string;
  cellsLabel: string;
  result: MatrixResult;
}

/** The default display when the researcher picks none: the code-frequency matrix, cases by codes. */
export const DEFAULT_REPORT_MATRICES: ReportMatrixSpec[] = [MatrixSpec.parse({ rows: { kind: 'cases' }, columns: { kind: 'codes' } })];

function axisLabel(db: Database.Database, d: MatrixDimension, tr: ReportTranslate): string {
  if (d.kind !== 'attribute') return tr(`report.axis.${d.kind}`);
  const row = db.prepare('SELECT name FROM attributes WHERE id = ?').get(d.attributeId) as { name: string } | undefined;
  return tr('report.axis.attribute', { name: row?.name ?? d.attributeId });
}

/** Labels of a spec's axes and cells, e.g. "Cases by Codes: coded segments, % of row". */
export function describeReportMatrix(db: Database.Database, spec: MatrixSpec, tr: ReportTranslate) {
  const rowsLabel = axisLabel(db, spec.rows, tr);
  const columnsLabel = axisLabel(db, spec.columns, tr);
  const cellsLabel = tr(`report.measure.${spec.measure}`) + (spec.normalization === 'none' ? '' : `, ${tr(`report.norm.${spec.normalization}`)}`);
  return { rowsLabel, columnsLabel, cellsLabel, title: tr('report.matrixTitle', { rows: rowsLabel, columns: columnsLabel, cells: cellsLabel }) };
}

/**
 * Computes every chosen matrix once, before any section is written, so the methods summary, the
 * matrices and the charts agree. A matrix the engine refuses (a deleted attribute, codes × codes)
 * becomes a warning, not a failed report.
 */
export function computeReportMatrices(
  db: Database.Database,
  specs: ReportMatrixSpec[],
  tr: ReportTranslate,
  warn: (message: string) => void,
): ReportMatrix[] {
  const out: ReportMatrix[] = [];
  for (const given of specs) {
    const { title: customTitle, ...rest } = given;
    const spec = MatrixSpec.parse(rest);
    const labels = describeReportMatrix(db, spec, tr);
    const title = customTitle?.trim() || labels.title;
    try {
      out.push({ spec, ...labels, title, result: runMatrix(db, spec) });
    } catch (err) {
      warn(tr('report.matrices.failed', { title, message: (err as Error).message }));
    }
  }
  return out;
}
