/**
 * Ordering of matrix rows and columns. Miles and Huberman order displays on purpose: a case-ordered
 * meta-matrix sorts cases by a variable (years of service), a time-ordered one by date. Sorting is
 * stable and puts missing values last, so ties keep the axis' natural order (code tree, names).
 */

export type AxisOrder = 'natural' | 'label' | 'totalDescending' | 'totalAscending' | 'sortValue';

export type AttributeValueType = 'text' | 'number' | 'date' | 'boolean';

/**
 * Compares attribute values as their type says: numbers numerically ("9" before "10"), dates and
 * text by Unicode collation (ISO dates sort right as text); unparseable numbers go after numbers.
 */
export function compareAttributeValues(a: string, b: string, type: AttributeValueType): number {
  if (type === 'number') {
    const x = Number(a.replace(',', '.'));
    const y = Number(b.replace(',', '.'));
    const xn = a.trim() !== '' && Number.isFinite(x);
    const yn = b.trim() !== '' && Number.isFinite(y);
    if (xn && yn) return x - y;
    if (xn !== yn) return xn ? -1 : 1;
  }
  return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface OrderInput {
  labels: ReadonlyArray<string>;
  totals: ReadonlyArray<number>;
  order: AxisOrder;
  /** For 'sortValue': one value per member (null: missing, sorted last) and how to compare them. */
  sortValues?: ReadonlyArray<string | null>;
  sortType?: AttributeValueType;
}

/** The member indices in display order. */
export function orderAxis(input: OrderInput): number[] {
  const idx = input.labels.map((_, i) => i);
  const byLabel = (a: number, b: number) => input.labels[a]!.localeCompare(input.labels[b]!, undefined, { numeric: true, sensitivity: 'base' });
  switch (input.order) {
    case 'natural':
      return idx;
    case 'label':
      return idx.sort(byLabel);
    case 'totalDescending':
      return idx.sort((a, b) => input.totals[b]! - input.totals[a]!);
    case 'totalAscending':
      return idx.sort((a, b) => input.totals[a]! - input.totals[b]!);
    case 'sortValue': {
      const values = input.sortValues ?? [];
      const type = input.sortType ?? 'text';
      return idx.sort((a, b) => {
        const x = values[a] ?? null;
        const y = values[b] ?? null;
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
        return compareAttributeValues(x, y, type);
      });
    }
  }
}

/** Reorders a matrix's rows and columns (and their totals) by the given permutations. */
export function permuteMatrix<T extends { values: number[][]; rowTotals: number[]; columnTotals: number[] }>(
  m: T,
  rowOrder: ReadonlyArray<number>,
  columnOrder: ReadonlyArray<number>,
): T {
  return {
    ...m,
    values: rowOrder.map((r) => columnOrder.map((c) => m.values[r]![c]!)),
    rowTotals: rowOrder.map((r) => m.rowTotals[r]!),
    columnTotals: columnOrder.map((c) => m.columnTotals[c]!),
  };
}
