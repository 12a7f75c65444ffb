/**
 * Reliability data: what every agreement statistic in this folder reads.
 *
 * A reliability data matrix is coders × units (Krippendorff's layout): `matrix[coder][unit]` is the
 * value that coder gave that unit, or `null` when the coder did not code it (missing data).
 *
 * Internally every statistic works on weighted units: one unit's values (indexed by coder) and how
 * many identical units it stands for. Character-level agreement on a 300,000-character transcript
 * is then a handful of weighted patterns, never 300,000 array entries.
 *
 * Value identity: numbers and strings are different values even when they print alike (1 ≠ "1").
 */

export type ReliabilityValue = number | string;

/** coders × units; `null` = missing (the coder gave this unit no value). */
export type ReliabilityMatrix = readonly (readonly (ReliabilityValue | null)[])[];

export interface WeightedUnit {
  /** One entry per coder, in coder order; `null` = missing. */
  readonly values: readonly (ReliabilityValue | null)[];
  /** How many identical units this entry stands for (> 0). */
  readonly weight: number;
}

/** Why a statistic has no value (it is NaN); shown to the researcher instead of a number. */
export type UndefinedReason =
  /** No unit had values from enough coders to compare (no pairable values, no units). */
  | 'no-units'
  /** Every value is the same category: chance agreement is 1 and the ratio is 0/0. */
  | 'no-variation'
  /** Only one category can be chosen (Brennan–Prediger with k = 1: chance agreement is 1). */
  | 'single-category';

/** Bad input: the message says what is wrong and where (which coder, which unit), 1-based. */
export class AgreementInputError extends Error {
  override name = 'AgreementInputError';
}

/** Stable identity of a value: numbers and strings never collide. */
export function valueKey(value: ReliabilityValue): string {
  return typeof value === 'number' ? `n:${value}` : `s:${value}`;
}

export function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Throws unless `value` is a usable reliability value or null (finite number or string). */
export function checkValue(value: unknown, where: string): asserts value is ReliabilityValue | null {
  if (value === null) return;
  if (typeof value === 'string') return;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  throw new AgreementInputError(
    `${where}: ${describeValue(value)} is not a value; use a finite number, a string, or null for missing.`,
  );
}

export function requireTwoCoders(coderCount: number, what: string): void {
  if (coderCount < 2) {
    throw new AgreementInputError(
      `${what} needs at least two coders; got ${coderCount}. Agreement compares coders with each other.`,
    );
  }
}

/** Validates a coders × units matrix and turns it into one weighted unit (weight 1) per column. */
export function unitsFromMatrix(matrix: ReliabilityMatrix, what: string): WeightedUnit[] {
  requireTwoCoders(matrix.length, what);
  const unitCount = matrix[0]!.length;
  matrix.forEach((row, c) => {
    if (row.length !== unitCount) {
      throw new AgreementInputError(
        `${what}: coder ${c + 1} has ${row.length} units but coder 1 has ${unitCount}; every coder row must cover the same units (use null for missing).`,
      );
    }
    row.forEach((v, u) => checkValue(v, `${what}: coder ${c + 1}, unit ${u + 1}`));
  });
  const units: WeightedUnit[] = [];
  for (let u = 0; u < unitCount; u++) {
    units.push({ values: matrix.map((row) => row[u] ?? null), weight: 1 });
  }
  return units;
}

/** Validates weighted units (equal length ≥ 2, positive finite weights, usable values). */
export function checkUnits(units: readonly WeightedUnit[], what: string): number {
  if (units.length === 0) return 0;
  const coderCount = units[0]!.values.length;
  requireTwoCoders(coderCount, what);
  units.forEach((unit, u) => {
    if (unit.values.length !== coderCount) {
      throw new AgreementInputError(
        `${what}: unit ${u + 1} has values from ${unit.values.length} coders but unit 1 has ${coderCount}.`,
      );
    }
    if (!(Number.isFinite(unit.weight) && unit.weight > 0)) {
      throw new AgreementInputError(`${what}: unit ${u + 1} has weight ${unit.weight}; a weight must be a positive number.`);
    }
    unit.values.forEach((v, c) => checkValue(v, `${what}: coder ${c + 1}, unit ${u + 1}`));
  });
  return coderCount;
}

/**
 * Distinct values in a stable display order: numbers ascending, then strings in code-unit order.
 * (Nominal statistics do not depend on the order; it only fixes the layout of tables.)
 */
export function sortedDistinctValues(values: Iterable<ReliabilityValue>): ReliabilityValue[] {
  const seen = new Map<string, ReliabilityValue>();
  for (const v of values) seen.set(valueKey(v), v);
  const all = [...seen.values()];
  const numbers = all.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  const strings = all.filter((v): v is string => typeof v === 'string').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...numbers, ...strings];
}
