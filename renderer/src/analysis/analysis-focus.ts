import type { MatrixSpecInput } from '../../../shared/api/methods/analysis-methods';

/**
 * Where an analysis view should open when another view sends the researcher there (evidence in the
 * conclusions ledger leads back to its matrix cell or text matrix). Set just before switching the
 * view and taken once by the view as it mounts, so a later visit starts from its defaults again.
 */
export interface MatrixCellFocus {
  spec: MatrixSpecInput;
  rowKey: string | null;
  columnKey: string | null;
}

let matrixCell: MatrixCellFocus | null = null;
let textMatrixId: string | null = null;

export function focusMatrixCell(focus: MatrixCellFocus): void {
  matrixCell = focus;
}

export function takeMatrixCellFocus(): MatrixCellFocus | null {
  const f = matrixCell;
  matrixCell = null;
  return f;
}

export function focusTextMatrix(id: string): void {
  textMatrixId = id;
}

export function takeTextMatrixFocus(): string | null {
  const f = textMatrixId;
  textMatrixId = null;
  return f;
}
