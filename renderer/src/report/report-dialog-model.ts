import type { MatrixDimension, MatrixSpecInput } from '../../../shared/api/methods/analysis-methods';
import { defaultExportPath } from '../exchange/file-names';

/** A matrix axis as one select value: 'cases', 'codes', … or 'attribute:<id>'. */
export type DimensionKey = string;

export const PLAIN_DIMENSIONS = ['cases', 'sources', 'sets', 'coders', 'codes'] as const;
export const MEASURES = ['codings', 'sources', 'cases', 'words', 'presence'] as const;
export type Measure = (typeof MEASURES)[number];

export function dimensionKey(d: MatrixDimension): DimensionKey {
  return d.kind === 'attribute' ? `attribute:${d.attributeId}` : d.kind;
}

export function dimensionOf(key: DimensionKey): MatrixDimension {
  if (key.startsWith('attribute:')) return { kind: 'attribute', attributeId: key.slice('attribute:'.length) };
  return { kind: key as Exclude<MatrixDimension['kind'], 'attribute'> };
}

/** One matrix row of the dialog. */
export interface MatrixChoice {
  rows: DimensionKey;
  columns: DimensionKey;
  measure: Measure;
}

/** The default display: the code-frequency matrix, cases by codes. */
export const DEFAULT_MATRIX: MatrixChoice = { rows: 'cases', columns: 'codes', measure: 'codings' };

export function matrixSpecOf(c: MatrixChoice): MatrixSpecInput {
  return { rows: dimensionOf(c.rows), columns: dimensionOf(c.columns), measure: c.measure };
}

/** Codes against codes is the co-occurrence network, not a count matrix the report prints. */
export function isValidChoice(c: MatrixChoice): boolean {
  return !(c.rows === 'codes' && c.columns === 'codes') && c.rows !== c.columns;
}

/** "~/Telaah/<project>-report.docx", with characters no file system takes replaced. */
export function defaultReportPath(projectName: string): string {
  return defaultExportPath(projectName, '-report.docx');
}
