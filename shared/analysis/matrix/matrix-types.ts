/**
 * Types of the matrix engine (Miles and Huberman's "display" step).
 *
 * The engine works on *facts*: one per coding, already filtered, with every string id replaced by a
 * small integer index so that a 100,000-coding project is counted in typed arrays. Rows and columns
 * are *axes*: an axis maps one field of a fact (its source, code or coder) to the axis members that
 * hold it. A source can belong to several cases or sets; a code, with roll-up, belongs to itself and
 * every ancestor shown. So one fact can land in several cells, and every measure counts *distinct*
 * things per cell (selections, sources, cases, characters, words), never the same segment twice.
 */

/** What a cell counts. */
export type MatrixMeasure =
  /** Distinct coded segments (selections): a segment coded with a parent and a child counts once. */
  | 'codings'
  /** Distinct sources holding at least one coding in the cell. */
  | 'sources'
  /** Distinct cases whose sources hold at least one coding in the cell. */
  | 'cases'
  /** Code points covered by the cell's codings (union per source: overlaps counted once). */
  | 'characters'
  /** Words overlapping the union of the cell's codings per source (each word once). */
  | 'words'
  /** 1 when the cell holds any coding, else 0. */
  | 'presence';

/** How a cell's count is shown. */
export type MatrixNormalization =
  | 'none'
  /** 100 × cell / row total (the row total is the distinct measure over the whole row). */
  | 'rowPercent'
  /** 100 × cell / column total. */
  | 'columnPercent'
  /** 1000 × cell / words of the sources behind the row (or column, see per-thousand-words.ts). */
  | 'per1000Words';

/** Which field of a fact decides its members on an axis. */
export type AxisField = 'source' | 'code' | 'coder';

export interface AxisMember {
  /** Stable key within the axis: an id, or `value:<text>` for attribute values. */
  key: string;
  label: string;
  /** Depth in the code tree (codes only), for indenting. */
  depth?: number;
}

export interface MatrixAxis {
  field: AxisField;
  members: AxisMember[];
  /** For each value of `field` (a source, code or coder index): the member indices holding it. */
  membersOf: ReadonlyArray<ReadonlyArray<number>>;
}

/**
 * One coding per entry, parallel typed arrays. Invariant required by the engine: entries are sorted
 * by (source, start, selection), so that all codings of one selection are adjacent and each source's
 * codings arrive in order of start (readAllFacts in electron/core/analysis/matrix-facts-query.ts produces them so).
 */
export interface MatrixFacts {
  length: number;
  /** The coding's own number (e.g. its rowid), carried along for drill-down. */
  coding: Int32Array;
  selection: Int32Array;
  source: Int32Array;
  start: Int32Array;
  end: Int32Array;
  code: Int32Array;
  coder: Int32Array;
}

/** Counts the words of one source's text that overlap a union of ranges (WordIndex does this). */
export interface SourceWordCounter {
  countInUnion(ranges: ReadonlyArray<{ start: number; end: number }>): number;
}

export interface CountMatrix {
  /** values[r][c] */
  values: number[][];
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
}
