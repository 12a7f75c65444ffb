import type { CountMatrix, MatrixAxis, MatrixNormalization } from './matrix-types';

/**
 * Words behind each member of a source-based axis (cases, sources, sets, attribute values): the sum
 * of the word counts of the distinct in-scope sources that belong to it. Null for code and coder axes.
 */
export function wordsPerMember(axis: MatrixAxis, scopeSources: ReadonlyArray<number>, wordsOfSource: ReadonlyArray<number>): number[] | null {
  if (axis.field !== 'source') return null;
  const totals = new Array<number>(axis.members.length).fill(0);
  for (const s of new Set(scopeSources)) {
    for (const m of axis.membersOf[s] ?? []) totals[m]! += wordsOfSource[s] ?? 0;
  }
  return totals;
}

export interface NormalizeInput {
  counts: CountMatrix;
  normalization: MatrixNormalization;
  /** For per1000Words: words behind each row member (source-based rows), else null. */
  rowWords?: number[] | null;
  /** For per1000Words: words behind each column member, else null. */
  columnWords?: number[] | null;
  /** For per1000Words when neither axis is source-based: words of every in-scope source. */
  scopeWords?: number;
}

export interface NormalizedMatrix {
  values: number[][];
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
  /** Which words divide a per-1,000-words value: 'rows', 'columns', 'scope' (else null). */
  wordBase: 'rows' | 'columns' | 'scope' | null;
}

const ratio = (n: number, d: number, scale: number): number => (d > 0 ? (n / d) * scale : 0);

/**
 * Turns counts into the figures shown.
 * - rowPercent: 100 × cell / row total, and column totals become 100 × total / grand total;
 *   columnPercent mirrors it. Totals are distinct counts over the whole row (see count-matrix.ts), so
 *   a row's percentages add up to more than 100 when segments hold several of the column codes.
 * - per1000Words: 1000 × cell / words behind the row when rows are source-based (cases, sources,
 *   sets, attribute values), else behind the column, else behind the whole scope. A member with no
 *   words gets 0.
 */
export function normalizeMatrix(input: NormalizeInput): NormalizedMatrix {
  const { counts, normalization } = input;
  const { values, rowTotals, columnTotals, grandTotal } = counts;
  switch (normalization) {
    case 'none':
      return { ...counts, wordBase: null };
    case 'rowPercent':
      return {
        values: values.map((row, r) => row.map((v) => ratio(v, rowTotals[r]!, 100))),
        rowTotals: rowTotals.map((v) => (v > 0 ? 100 : 0)),
        columnTotals: columnTotals.map((v) => ratio(v, grandTotal, 100)),
        grandTotal: grandTotal > 0 ? 100 : 0,
        wordBase: null,
      };
    case 'columnPercent':
      return {
        values: values.map((row) => row.map((v, c) => ratio(v, columnTotals[c]!, 100))),
        rowTotals: rowTotals.map((v) => ratio(v, grandTotal, 100)),
        columnTotals: columnTotals.map((v) => (v > 0 ? 100 : 0)),
        grandTotal: grandTotal > 0 ? 100 : 0,
        wordBase: null,
      };
    case 'per1000Words': {
      const scope = input.scopeWords ?? 0;
      if (input.rowWords) {
        const rw = input.rowWords;
        return {
          values: values.map((row, r) => row.map((v) => ratio(v, rw[r]!, 1000))),
          rowTotals: rowTotals.map((v, r) => ratio(v, rw[r]!, 1000)),
          columnTotals: columnTotals.map((v) => ratio(v, scope, 1000)),
          grandTotal: ratio(grandTotal, scope, 1000),
          wordBase: 'rows',
        };
      }
      if (input.columnWords) {
        const cw = input.columnWords;
        return {
          values: values.map((row) => row.map((v, c) => ratio(v, cw[c]!, 1000))),
          rowTotals: rowTotals.map((v) => ratio(v, scope, 1000)),
          columnTotals: columnTotals.map((v, c) => ratio(v, cw[c]!, 1000)),
          grandTotal: ratio(grandTotal, scope, 1000),
          wordBase: 'columns',
        };
      }
      return {
        values: values.map((row) => row.map((v) => ratio(v, scope, 1000))),
        rowTotals: rowTotals.map((v) => ratio(v, scope, 1000)),
        columnTotals: columnTotals.map((v) => ratio(v, scope, 1000)),
        grandTotal: ratio(grandTotal, scope, 1000),
        wordBase: 'scope',
      };
    }
  }
}
