/** Test data: matrix facts from plain rows, sorted as the engine requires (the app reads them with electron/core/analysis/matrix-facts-query.ts). */
import type { MatrixFacts } from '../../shared/analysis/matrix/matrix-types';

export interface FactRow {
  coding: number;
  selection: number;
  source: number;
  start: number;
  end: number;
  code: number;
  coder: number;
}

/** Packs facts into typed arrays, sorted by (source, start, selection) as the engine requires. */
export function packFacts(rows: ReadonlyArray<FactRow>): MatrixFacts {
  const n = rows.length;
  const coding = new Int32Array(n);
  const selection = new Int32Array(n);
  const source = new Int32Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const code = new Int32Array(n);
  const coder = new Int32Array(n);
  rows.forEach((r, i) => {
    coding[i] = r.coding;
    selection[i] = r.selection;
    source[i] = r.source;
    start[i] = r.start;
    end[i] = r.end;
    code[i] = r.code;
    coder[i] = r.coder;
  });
  return sortFacts({ length: n, coding, selection, source, start, end, code, coder });
}

/** Returns the facts in (source, start, selection) order; a copy unless already sorted. */
function sortFacts(f: MatrixFacts): MatrixFacts {
  const n = f.length;
  const before = (a: number, b: number): number =>
    (f.source[a]! - f.source[b]!) || (f.start[a]! - f.start[b]!) || (f.selection[a]! - f.selection[b]!);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (before(i - 1, i) > 0) sorted = false;
  if (sorted) return f;
  // Bucket by source (counting sort), then sort each source's facts by (start, selection): many
  // small sorts are faster than one big comparison sort.
  let maxSource = 0;
  for (let i = 0; i < n; i++) if (f.source[i]! > maxSource) maxSource = f.source[i]!;
  const bucketStart = new Uint32Array(maxSource + 2);
  for (let i = 0; i < n; i++) bucketStart[f.source[i]! + 1]!++;
  for (let b = 1; b < bucketStart.length; b++) bucketStart[b]! += bucketStart[b - 1]!;
  const fill = bucketStart.slice();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[fill[f.source[i]!]!++] = i;
  const byStart = (a: number, b: number): number => (f.start[a]! - f.start[b]!) || (f.selection[a]! - f.selection[b]!);
  for (let b = 0; b <= maxSource; b++) {
    if (bucketStart[b + 1]! - bucketStart[b]! > 1) order.subarray(bucketStart[b]!, bucketStart[b + 1]!).sort(byStart);
  }
  const pick = (a: Int32Array): Int32Array => {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = a[order[i]!]!;
    return out;
  };
  return {
    length: n,
    coding: pick(f.coding),
    selection: pick(f.selection),
    source: pick(f.source),
    start: pick(f.start),
    end: pick(f.end),
    code: pick(f.code),
    coder: pick(f.coder),
  };
}

