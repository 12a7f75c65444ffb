import type { CountMatrix, MatrixAxis, MatrixFacts, MatrixMeasure, SourceWordCounter } from './matrix-types';

export interface CountMatrixInput {
  /** Sorted by (source, start, selection): see MatrixFacts. */
  facts: MatrixFacts;
  rows: MatrixAxis;
  columns: MatrixAxis;
  measure: MatrixMeasure;
  /** Cases of each source (needed for the 'cases' measure). */
  casesOfSource?: ReadonlyArray<ReadonlyArray<number>>;
  /** Word counter of each source (needed for the 'words' measure). */
  wordsOfSource?: (source: number) => SourceWordCounter;
}

function fieldArray(f: MatrixFacts, axis: MatrixAxis): Int32Array {
  return axis.field === 'source' ? f.source : axis.field === 'code' ? f.code : f.coder;
}

/**
 * Distinct-count accumulators over one index space: the cells (r × nc + c), then the row totals,
 * the column totals and the grand total. A total is the same measure over the union of its facts,
 * so it is not the sum of its cells when a segment sits in several cells (a source in two cases, a
 * child code rolled up into its parent).
 */
class Accumulators {
  readonly value: Float64Array;
  private readonly lastSelection: Int32Array;
  private readonly lastSource: Int32Array;
  private readonly coveredEnd: Int32Array;
  private readonly caseSets: (Set<number> | undefined)[] = [];
  private readonly ranges: ({ start: number; end: number }[] | undefined)[] = [];

  constructor(
    size: number,
    private readonly measure: MatrixMeasure,
    private readonly casesOfSource: ReadonlyArray<ReadonlyArray<number>> | undefined,
    private readonly wordsOfSource: ((source: number) => SourceWordCounter) | undefined,
  ) {
    this.value = new Float64Array(size);
    this.lastSelection = new Int32Array(size).fill(-1);
    this.lastSource = new Int32Array(size).fill(-1);
    this.coveredEnd = new Int32Array(size);
  }

  add(k: number, f: MatrixFacts, i: number): void {
    const source = f.source[i]!;
    switch (this.measure) {
      case 'codings':
      case 'presence': {
        // Facts of one selection are adjacent (sort invariant): a change of selection is a new segment.
        const sel = f.selection[i]!;
        if (this.lastSelection[k] !== sel) {
          this.lastSelection[k] = sel;
          this.value[k]! += 1;
        }
        return;
      }
      case 'sources':
        if (this.lastSource[k] !== source) {
          this.lastSource[k] = source;
          this.value[k]! += 1;
        }
        return;
      case 'cases': {
        if (this.lastSource[k] === source) return;
        this.lastSource[k] = source;
        let set = this.caseSets[k];
        if (!set) this.caseSets[k] = set = new Set();
        for (const c of this.casesOfSource?.[source] ?? []) set.add(c);
        this.value[k] = set.size;
        return;
      }
      case 'characters': {
        // Union length by a sweep: within a source, facts arrive in order of start.
        const start = f.start[i]!;
        const end = f.end[i]!;
        if (this.lastSource[k] !== source) {
          this.lastSource[k] = source;
          this.coveredEnd[k] = 0;
        }
        const from = Math.max(start, this.coveredEnd[k]!);
        if (end > from) {
          this.value[k]! += end - from;
          this.coveredEnd[k] = end;
        }
        return;
      }
      case 'words': {
        if (this.lastSource[k] !== source) {
          this.flushWords(k);
          this.lastSource[k] = source;
        }
        let list = this.ranges[k];
        if (!list) this.ranges[k] = list = [];
        list.push({ start: f.start[i]!, end: f.end[i]! });
        return;
      }
    }
  }

  private flushWords(k: number): void {
    const list = this.ranges[k];
    if (!list || list.length === 0) return;
    const source = this.lastSource[k]!;
    if (!this.wordsOfSource) throw new Error('the words measure needs a word counter for each source');
    this.value[k]! += this.wordsOfSource(source).countInUnion(list);
    this.ranges[k] = [];
  }

  finish(): void {
    if (this.measure === 'words') for (let k = 0; k < this.value.length; k++) this.flushWords(k);
    if (this.measure === 'presence') for (let k = 0; k < this.value.length; k++) this.value[k] = this.value[k]! > 0 ? 1 : 0;
  }
}

/**
 * Counts a matrix: every fact goes to each (row member, column member) pair that holds it, and each
 * cell reports its measure over the distinct things it received. O(facts × memberships).
 */
export function countMatrix(input: CountMatrixInput): CountMatrix {
  const { facts, rows, columns, measure } = input;
  if (measure === 'cases' && !input.casesOfSource) throw new Error('the cases measure needs the cases of each source');
  const nr = rows.members.length;
  const nc = columns.members.length;
  const cells = nr * nc;
  const rowBase = cells;
  const colBase = cells + nr;
  const grand = cells + nr + nc;
  const acc = new Accumulators(grand + 1, measure, input.casesOfSource, input.wordsOfSource);
  const rowField = fieldArray(facts, rows);
  const colField = fieldArray(facts, columns);
  const empty: readonly number[] = [];
  for (let i = 0; i < facts.length; i++) {
    const rm = rows.membersOf[rowField[i]!] ?? empty;
    if (rm.length === 0) continue;
    const cm = columns.membersOf[colField[i]!] ?? empty;
    if (cm.length === 0) continue;
    for (const r of rm) {
      const base = r * nc;
      for (const c of cm) acc.add(base + c, facts, i);
      acc.add(rowBase + r, facts, i);
    }
    for (const c of cm) acc.add(colBase + c, facts, i);
    acc.add(grand, facts, i);
  }
  acc.finish();
  const v = acc.value;
  const values: number[][] = [];
  for (let r = 0; r < nr; r++) values.push(Array.from(v.subarray(r * nc, r * nc + nc)));
  return {
    values,
    rowTotals: Array.from(v.subarray(rowBase, rowBase + nr)),
    columnTotals: Array.from(v.subarray(colBase, colBase + nc)),
    grandTotal: v[grand]!,
  };
}

/** Indices of the facts that fall in cell (row, column), or in a row/column total when the other is null. */
export function factsInCell(input: Pick<CountMatrixInput, 'facts' | 'rows' | 'columns'>, row: number | null, column: number | null): number[] {
  const { facts, rows, columns } = input;
  const rowField = fieldArray(facts, rows);
  const colField = fieldArray(facts, columns);
  const out: number[] = [];
  for (let i = 0; i < facts.length; i++) {
    const rm = rows.membersOf[rowField[i]!] ?? [];
    const cm = columns.membersOf[colField[i]!] ?? [];
    if (rm.length === 0 || cm.length === 0) continue;
    if (row !== null && !rm.includes(row)) continue;
    if (column !== null && !cm.includes(column)) continue;
    out.push(i);
  }
  return out;
}
