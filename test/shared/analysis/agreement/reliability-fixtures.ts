import { readFixture } from '../../../support/fixtures';
import type { ReliabilityMatrix } from '../../../../shared/analysis/agreement/reliability-data';

/** A fixture's coder labels and its coders × units matrix (empty cell = missing = null). */
export interface ParsedReliabilityFixture {
  readonly coders: string[];
  readonly units: string[];
  readonly matrix: ReliabilityMatrix;
}

function parseNumber(cell: string, where: string): number | null {
  const t = cell.trim();
  if (t === '') return null;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new Error(`${where}: ${JSON.stringify(cell)} is not a number`);
  return n;
}

function parseRows(rows: string[][], file: string): ParsedReliabilityFixture {
  const [header, ...body] = rows;
  if (!header || body.length === 0) throw new Error(`${file}: no header or no coder rows`);
  const units = header.slice(1);
  const coders = body.map((r) => r[0]!);
  const matrix = body.map((r, i) => {
    if (r.length !== header.length) throw new Error(`${file} line ${i + 2}: ${r.length} cells, header has ${header.length}`);
    return r.slice(1).map((cell, j) => parseNumber(cell, `${file} line ${i + 2}, column ${j + 2}`));
  });
  return { coders, units, matrix };
}

function lines(file: string): string[] {
  return new TextDecoder('utf-8', { fatal: true })
    .decode(readFixture('agreement', file))
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '');
}

/** CSV with a header row `observer,u1,…` and one row per coder; CRLF line ends; empty = missing. */
export function readReliabilityCsv(file: string): ParsedReliabilityFixture {
  return parseRows(lines(file).map((l) => l.split(',')), file);
}

/** Whitespace-separated table: header `article 1 2 …`, then `coder v v …`. */
export function readReliabilityTable(file: string): ParsedReliabilityFixture {
  return parseRows(lines(file).map((l) => l.trim().split(/\s+/)), file);
}
