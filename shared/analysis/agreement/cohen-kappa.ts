/**
 * Cohen's kappa (Cohen 1960) for two coders over nominal categories.
 *
 *   κ = (p_o − p_e) / (1 − p_e)
 *   p_o = Σ_k n_kk / n                      (share of units on the diagonal)
 *   p_e = Σ_k p_A(k) · p_B(k)               (sum over categories of the product of each coder's
 *                                             own proportions: chance agreement from two
 *                                             independent coders with their own marginals)
 *
 * The chance term is a SUM over categories. QualCoder's character-level "kappa" multiplies the
 * per-category chance terms instead; that is not Cohen's kappa and is not reproduced here.
 *
 * Degenerate case, decided here: when p_e = 1 both coders put every unit in one and the same
 * category, so p_o = 1 as well and κ = 0/0. Kappa is undefined there: value NaN with
 * undefinedReason 'no-variation' (the UI shows "100 % agreement, kappa undefined"), never a
 * made-up 1. No units at all gives NaN with 'no-units'.
 */
import {
  AgreementInputError,
  type ReliabilityValue,
  type UndefinedReason,
  type WeightedUnit,
  checkUnits,
  checkValue,
  sortedDistinctValues,
  valueKey,
} from './reliability-data';

export interface CohenKappaResult {
  readonly statistic: 'cohen-kappa';
  /** NaN when undefinedReason is set. */
  readonly value: number;
  /** p_o */
  readonly observedAgreement: number;
  /** p_e = Σ_k p_A(k)·p_B(k) */
  readonly expectedAgreement: number;
  /** Units compared (both coders gave a value), weighted. */
  readonly n: number;
  /** Units left out because one or both coders gave no value. */
  readonly unitsDropped: number;
  readonly categories: readonly ReliabilityValue[];
  /** table[i][j] = units coder A put in categories[i] and coder B in categories[j]. */
  readonly table: readonly (readonly number[])[];
  /** Row sums (coder A) and column sums (coder B). */
  readonly marginalsA: readonly number[];
  readonly marginalsB: readonly number[];
  readonly undefinedReason: UndefinedReason | null;
}

/**
 * From paired labels: `a[i]` and `b[i]` are the two coders' values for unit i. Units where either
 * value is null are dropped (counted in unitsDropped).
 */
export function cohenKappa(
  a: readonly (ReliabilityValue | null)[],
  b: readonly (ReliabilityValue | null)[],
): CohenKappaResult {
  if (a.length !== b.length) {
    throw new AgreementInputError(
      `Cohen's kappa: coder A has ${a.length} values and coder B has ${b.length}; pair every unit (use null for missing).`,
    );
  }
  const units: WeightedUnit[] = a.map((va, i) => ({ values: [va, b[i] ?? null], weight: 1 }));
  return cohenKappaFromUnits(units);
}

/** From weighted units with exactly two coders. */
export function cohenKappaFromUnits(units: readonly WeightedUnit[]): CohenKappaResult {
  if (units.length > 0) {
    const coders = checkUnits(units, "Cohen's kappa");
    if (coders !== 2) {
      throw new AgreementInputError(`Cohen's kappa compares exactly two coders; got ${coders}. Use Fleiss' kappa or Krippendorff's alpha for more.`);
    }
  }
  const values: ReliabilityValue[] = [];
  let dropped = 0;
  for (const u of units) {
    const [x, y] = u.values;
    if (x === null || x === undefined || y === null || y === undefined) continue;
    values.push(x, y);
  }
  const categories = sortedDistinctValues(values);
  const index = new Map(categories.map((c, i) => [valueKey(c), i]));
  const table = categories.map(() => categories.map(() => 0));
  for (const u of units) {
    const [x, y] = u.values;
    if (x === null || x === undefined || y === null || y === undefined) {
      dropped += u.weight;
      continue;
    }
    table[index.get(valueKey(x))!]![index.get(valueKey(y))!]! += u.weight;
  }
  const result = cohenKappaFromTable(table, categories);
  return { ...result, unitsDropped: dropped };
}

/**
 * From a square contingency table: rows = coder A's category, columns = coder B's category,
 * cells = number of units (non-negative; weights need not be integers).
 */
export function cohenKappaFromTable(
  table: readonly (readonly number[])[],
  categories?: readonly ReliabilityValue[],
): CohenKappaResult {
  const k = table.length;
  table.forEach((row, i) => {
    if (row.length !== k) {
      throw new AgreementInputError(`Cohen's kappa: the table must be square; row ${i + 1} has ${row.length} cells for ${k} rows.`);
    }
    row.forEach((cell, j) => {
      if (!(Number.isFinite(cell) && cell >= 0)) {
        throw new AgreementInputError(`Cohen's kappa: cell (row ${i + 1}, column ${j + 1}) is ${cell}; cells are counts of units (≥ 0).`);
      }
    });
  });
  const cats = categories ?? table.map((_, i) => i);
  if (cats.length !== k) {
    throw new AgreementInputError(`Cohen's kappa: ${cats.length} category labels for a ${k}×${k} table.`);
  }
  cats.forEach((c, i) => checkValue(c, `Cohen's kappa: category label ${i + 1}`));

  const marginalsA = table.map((row) => row.reduce((s, x) => s + x, 0));
  const marginalsB = table.map((_, j) => table.reduce((s, row) => s + row[j]!, 0));
  const n = marginalsA.reduce((s, x) => s + x, 0);
  const base = { statistic: 'cohen-kappa' as const, n, unitsDropped: 0, categories: cats, table, marginalsA, marginalsB };
  if (n === 0) {
    return { ...base, value: NaN, observedAgreement: NaN, expectedAgreement: NaN, undefinedReason: 'no-units' };
  }
  let diagonal = 0;
  for (let i = 0; i < k; i++) diagonal += table[i]![i]!;
  const po = diagonal / n;
  let pe = 0;
  for (let i = 0; i < k; i++) pe += (marginalsA[i]! / n) * (marginalsB[i]! / n);
  // p_e = 1 exactly when both coders used one single, shared category (floating point: compare
  // the marginals instead of pe to avoid 0.9999999 giving a huge wrong kappa).
  const singleShared = marginalsA.some((m, i) => m === n && marginalsB[i] === n);
  if (singleShared) {
    return { ...base, value: NaN, observedAgreement: po, expectedAgreement: 1, undefinedReason: 'no-variation' };
  }
  return { ...base, value: (po - pe) / (1 - pe), observedAgreement: po, expectedAgreement: pe, undefinedReason: null };
}
