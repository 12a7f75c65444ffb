/**
 * Fleiss' kappa (Fleiss 1971) for m ≥ 2 raters per unit over nominal categories.
 *
 * Input: units × categories counts, n_ij = raters who put unit i in category j. Every unit must have
 * the SAME number of raters n = Σ_j n_ij; Fleiss' formula assumes it, so a varying number is refused
 * (with the unit named) rather than silently computed. For missing data use Krippendorff's alpha.
 *
 *   P_i  = (Σ_j n_ij² − n) / (n(n − 1))       agreement within unit i (share of agreeing rater pairs)
 *   P̄    = (1/N) Σ_i P_i                       mean observed agreement
 *   p_j  = Σ_i n_ij / (N n)                    share of all ratings in category j
 *   P̄_e  = Σ_j p_j²                            expected agreement
 *   κ    = (P̄ − P̄_e) / (1 − P̄_e)
 *
 * With two raters this is Scott's pi. When P̄_e = 1 (every rating in one category) κ is 0/0:
 * NaN with undefinedReason 'no-variation'.
 */
import {
  AgreementInputError,
  type ReliabilityMatrix,
  type ReliabilityValue,
  type UndefinedReason,
  type WeightedUnit,
  checkUnits,
  describeValue,
  sortedDistinctValues,
  unitsFromMatrix,
  valueKey,
} from './reliability-data';

export interface FleissKappaResult {
  readonly statistic: 'fleiss-kappa';
  /** NaN when undefinedReason is set. */
  readonly value: number;
  /** P̄ */
  readonly observedAgreement: number;
  /** P̄_e = Σ_j p_j² */
  readonly expectedAgreement: number;
  /** N, units (weighted). */
  readonly units: number;
  /** n, raters per unit. */
  readonly ratersPerUnit: number;
  readonly categories: readonly ReliabilityValue[];
  /** p_j per category. */
  readonly categoryProportions: readonly number[];
  readonly undefinedReason: UndefinedReason | null;
}

export interface FleissCountsOptions {
  /** Labels of the count columns (default 0, 1, 2, …). */
  readonly categories?: readonly ReliabilityValue[];
  /** How many identical units each row stands for (default 1 each). */
  readonly weights?: readonly number[];
}

/** From a units × categories table of counts. */
export function fleissKappa(counts: readonly (readonly number[])[], options: FleissCountsOptions = {}): FleissKappaResult {
  const k = counts[0]?.length ?? options.categories?.length ?? 0;
  const categories = options.categories ?? Array.from({ length: k }, (_, j) => j);
  if (categories.length !== k) {
    throw new AgreementInputError(`Fleiss' kappa: ${categories.length} category labels for ${k} count columns.`);
  }
  if (options.weights && options.weights.length !== counts.length) {
    throw new AgreementInputError(`Fleiss' kappa: ${options.weights.length} weights for ${counts.length} units.`);
  }
  let n: number | null = null;
  counts.forEach((row, i) => {
    if (row.length !== k) {
      throw new AgreementInputError(`Fleiss' kappa: unit ${i + 1} has ${row.length} category counts; unit 1 has ${k}.`);
    }
    row.forEach((c, j) => {
      if (!(Number.isInteger(c) && c >= 0)) {
        throw new AgreementInputError(`Fleiss' kappa: unit ${i + 1}, category ${j + 1}: ${c} is not a count of raters (a whole number ≥ 0).`);
      }
    });
    const raters = row.reduce((s, c) => s + c, 0);
    if (n === null) n = raters;
    else if (raters !== n) {
      throw new AgreementInputError(
        `Fleiss' kappa needs the same number of raters for every unit: unit 1 has ${n}, unit ${i + 1} has ${raters}. Use Krippendorff's alpha when the number of coders varies.`,
      );
    }
  });
  const weights = options.weights ?? counts.map(() => 1);
  weights.forEach((w, i) => {
    if (!(Number.isFinite(w) && w > 0)) throw new AgreementInputError(`Fleiss' kappa: unit ${i + 1} has weight ${w}; weights must be positive.`);
  });
  const raters: number = n ?? 0;
  if (counts.length > 0 && raters < 2) {
    throw new AgreementInputError(`Fleiss' kappa needs at least two raters per unit; every unit has ${raters}.`);
  }

  const N = weights.reduce((s, w) => s + w, 0);
  const base = { statistic: 'fleiss-kappa' as const, units: N, ratersPerUnit: raters, categories };
  if (N === 0) {
    return { ...base, value: NaN, observedAgreement: NaN, expectedAgreement: NaN, categoryProportions: categories.map(() => NaN), undefinedReason: 'no-units' };
  }
  let sumP = 0;
  const totals = categories.map(() => 0);
  counts.forEach((row, i) => {
    const w = weights[i]!;
    let sq = 0;
    row.forEach((c, j) => {
      sq += c * c;
      totals[j]! += w * c;
    });
    sumP += (w * (sq - raters)) / (raters * (raters - 1));
  });
  const pBar = sumP / N;
  const p = totals.map((t) => t / (N * raters));
  const pe = p.reduce((s, x) => s + x * x, 0);
  if (totals.some((t) => t === N * raters)) {
    return { ...base, value: NaN, observedAgreement: pBar, expectedAgreement: 1, categoryProportions: p, undefinedReason: 'no-variation' };
  }
  return { ...base, value: (pBar - pe) / (1 - pe), observedAgreement: pBar, expectedAgreement: pe, categoryProportions: p, undefinedReason: null };
}

/** From a coders × units matrix; every coder must have a value for every unit. */
export function fleissKappaFromMatrix(matrix: ReliabilityMatrix): FleissKappaResult {
  return fleissKappaFromUnits(unitsFromMatrix(matrix, "Fleiss' kappa"));
}

/** From weighted units; a missing value (null) is refused with the coder and unit named. */
export function fleissKappaFromUnits(units: readonly WeightedUnit[]): FleissKappaResult {
  checkUnits(units, "Fleiss' kappa");
  units.forEach((u, i) => {
    const c = u.values.indexOf(null);
    if (c >= 0) {
      throw new AgreementInputError(
        `Fleiss' kappa needs every coder to code every unit: coder ${c + 1} has no value for unit ${i + 1}. Use Krippendorff's alpha for missing data.`,
      );
    }
  });
  const categories = sortedDistinctValues(units.flatMap((u) => u.values as ReliabilityValue[]));
  const index = new Map(categories.map((c, j) => [valueKey(c), j]));
  const counts = units.map((u) => {
    const row = categories.map(() => 0);
    for (const v of u.values) {
      const j = index.get(valueKey(v!));
      if (j === undefined) throw new AgreementInputError(`Fleiss' kappa: unexpected value ${describeValue(v)}.`);
      row[j]! += 1;
    }
    return row;
  });
  return fleissKappa(counts, { categories, weights: units.map((u) => u.weight) });
}
