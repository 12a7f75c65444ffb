import type Database from 'better-sqlite3';
import type { MatrixFacts } from '../../../shared/analysis/matrix/matrix-types';
import { factTablesVersion } from './fact-tables-version';
import type { ProjectIndex } from './project-index';

/**
 * Reading every coding of a project as matrix facts. Selections and codings are keyed by GUID
 * text, and what costs is SQLite looking GUIDs up in a b-tree and better-sqlite3 turning rows into
 * JavaScript values. So each table is read once, as one blob of integers built by group_concat
 * (rowids and positions, in hexadecimal, each followed by a comma: one buffer to scan instead of
 * 100,000 rows, and no text decoding), and the two are joined here on the selection's rowid:
 *
 * - selections source by source (sources in id order, the index's order), each through the
 *   (source_id, start, end) index, which holds all that is needed (migration 0050);
 * - codings by a scan of their (selection_id, code_id, coder_id) index, which is ordered by
 *   selection, so looking each selection's rowid up walks that index in order too.
 *
 * Reading the selection's start and end through the coding (one join per coding) visits the
 * selections table in GUID order, a random page per coding, and costs about twice as much.
 */
const SELECTIONS_SQL = `
  SELECT CAST(group_concat(printf('%x,%x,%x,%x,', s.rowid, src.rowid, s.start, s.end), '') AS BLOB)
  FROM sources src CROSS JOIN selections s ON s.source_id = src.id`;

const CODINGS_SQL = `
  SELECT CAST(group_concat(printf('%x,%x,%x,%x,', s.rowid, k.rowid, u.rowid, c.rowid), '') AS BLOB)
  FROM codings c
  JOIN selections s ON s.id = c.selection_id
  JOIN codes k ON k.id = c.code_id
  JOIN users u ON u.id = c.coder_id`;

/**
 * Integers as SQLite's printf('%x,') writes them: lowercase hexadecimal, each followed by a comma.
 * A negative number is printed as 64-bit two's complement; keeping the low 32 bits (shifts in
 * int32) gives it back, as it does every number that fits in an Int32Array.
 */
export function parseHexIntegers(bytes: Uint8Array): Int32Array {
  const out = new Int32Array(bytes.length >> 1); // at least two bytes per number
  let k = 0;
  let n = 0;
  const len = bytes.length;
  for (let i = 0; i < len; i++) {
    const ch = bytes[i]!;
    if (ch === 44) {
      out[k++] = n;
      n = 0;
    } else {
      n = (n << 4) | (ch <= 57 ? ch - 48 : ch - 87);
    }
  }
  return out.subarray(0, k);
}

/**
 * rowid → number for `n` pairs: a typed array when rowids are non-negative and not too sparse (the
 * usual case), a Map otherwise. Unknown rowids give -1.
 */
function rowidLookup(n: number, rowidAt: (i: number) => number, valueAt: (i: number) => number): (rowid: number) => number {
  let max = 0;
  let min = 0;
  for (let i = 0; i < n; i++) {
    const r = rowidAt(i);
    if (r > max) max = r;
    if (r < min) min = r;
  }
  if (min < 0 || max > 4 * n + 1_000_000) {
    const map = new Map<number, number>();
    for (let i = 0; i < n; i++) map.set(rowidAt(i), valueAt(i));
    return (r) => map.get(r) ?? -1;
  }
  const table = new Int32Array(max + 1).fill(-1);
  for (let i = 0; i < n; i++) table[rowidAt(i)] = valueAt(i);
  return (r) => (r >= 0 && r <= max ? table[r]! : -1);
}

function lookupOf(items: ReadonlyArray<{ rowid: number }>): (rowid: number) => number {
  return rowidLookup(items.length, (i) => items[i]!.rowid, (i) => i);
}

function readPacked(db: Database.Database, sql: string): Int32Array {
  const blob = db.prepare(sql).pluck().get() as Uint8Array | null;
  return blob ? parseHexIntegers(blob) : new Int32Array(0);
}

/**
 * Every coding of the project as facts numbered by `index`, sorted by (source, start, selection)
 * as the engine requires (see MatrixFacts). Codings whose source, code or coder the index does not
 * know are left out (only possible if rows change between reading the index and the facts).
 */
export function readAllFacts(db: Database.Database, index: ProjectIndex): MatrixFacts {
  const sel = readPacked(db, SELECTIONS_SQL); // rowid, source rowid, start, end
  const cod = readPacked(db, CODINGS_SQL); // selection rowid, code rowid, coder rowid, coding rowid
  const sourceOf = lookupOf(index.sources);
  const codeOf = lookupOf(index.codes);
  const coderOf = lookupOf(index.coders);

  // Selections in (source, start, rowid) order: bucket by source (counting sort), then sort each
  // source's selections by start, ties by rowid (the index walk gives (start, end, rowid) order,
  // so the comparison, not the read order, is what settles ties).
  const nSel = sel.length / 4;
  const selSource = new Int32Array(nSel);
  const nSources = index.sources.length;
  const bucketStart = new Uint32Array(nSources + 1);
  for (let i = 0; i < nSel; i++) {
    const s = sourceOf(sel[4 * i + 1]!);
    selSource[i] = s;
    if (s >= 0) bucketStart[s + 1]!++;
  }
  for (let b = 1; b <= nSources; b++) bucketStart[b]! += bucketStart[b - 1]!;
  const nKnown = bucketStart[nSources]!;
  const order = new Uint32Array(nKnown); // position in sorted order → selection entry
  const fill = bucketStart.slice(0, nSources);
  for (let i = 0; i < nSel; i++) {
    const s = selSource[i]!;
    if (s >= 0) order[fill[s]!++] = i;
  }
  const byStart = (a: number, b: number): number => sel[4 * a + 2]! - sel[4 * b + 2]! || sel[4 * a]! - sel[4 * b]!;
  for (let b = 0; b < nSources; b++) {
    if (bucketStart[b + 1]! - bucketStart[b]! > 1) order.subarray(bucketStart[b]!, bucketStart[b + 1]!).sort(byStart);
  }

  // Selection rowid → its place in that order, from 1 (-1: not a known selection).
  const rankOf = rowidLookup(nKnown, (p) => sel[4 * order[p]!]!, (p) => p + 1);

  // Codings bucketed by their selection's place: the facts come out sorted without comparing.
  const nCod = cod.length / 4;
  const codingsAt = new Uint32Array(nKnown + 1);
  const rankOfCoding = new Int32Array(nCod);
  for (let j = 0; j < nCod; j++) {
    const r = rankOf(cod[4 * j]!);
    const ok = r > 0 && codeOf(cod[4 * j + 1]!) >= 0 && coderOf(cod[4 * j + 2]!) >= 0;
    rankOfCoding[j] = ok ? r : 0;
    if (ok) codingsAt[r]!++;
  }
  for (let p = 1; p <= nKnown; p++) codingsAt[p]! += codingsAt[p - 1]!;
  const n = codingsAt[nKnown]!;
  const facts: MatrixFacts = {
    length: n,
    coding: new Int32Array(n),
    selection: new Int32Array(n),
    source: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    code: new Int32Array(n),
    coder: new Int32Array(n),
  };
  // codingsAt[r - 1] is where the codings of the selection at rank r begin.
  for (let j = 0; j < nCod; j++) {
    const r = rankOfCoding[j]!;
    if (r === 0) continue;
    const k = codingsAt[r - 1]!++;
    const e = 4 * order[r - 1]!;
    facts.selection[k] = sel[e]!;
    facts.source[k] = selSource[order[r - 1]!]!;
    facts.start[k] = sel[e + 2]!;
    facts.end[k] = sel[e + 3]!;
    facts.code[k] = codeOf(cod[4 * j + 1]!);
    facts.coder[k] = coderOf(cod[4 * j + 2]!);
    facts.coding[k] = cod[4 * j + 3]!;
  }
  return facts;
}

/**
 * The facts of the last read, per connection, kept while no row of a fact table changes (see
 * factTablesVersion): a researcher re-pivots the same data many times between codings, and writes
 * to settings, memos or cases leave them valid. Dense numbers come from the index read with them;
 * the index of a later query numbers things the same way as long as those tables are unchanged.
 */
const cache = new WeakMap<Database.Database, { version: number; facts: MatrixFacts }>();

/** readAllFacts, served from the cache when no fact table has changed since. Do not modify the result. */
export function cachedFacts(db: Database.Database, index: ProjectIndex): MatrixFacts {
  const version = factTablesVersion(db);
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.facts;
  const facts = readAllFacts(db, index);
  // Facts read inside a transaction may describe rows that are rolled back later, which would
  // leave the version unchanged: only facts read outside one are kept.
  if (!db.inTransaction) cache.set(db, { version, facts });
  else cache.delete(db);
  return facts;
}
