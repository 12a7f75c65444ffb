/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability") for any
 * number of coders, missing data, and the nominal, ordinal, interval and ratio metrics.
 *
 * Steps (all over pairable values: units with m_u ≥ 2 values; units with fewer are dropped):
 *   coincidences   o_ck = Σ_u (number of c–k pairs of values in unit u) / (m_u − 1)
 *                  (ordered pairs of values from different coders; o is symmetric)
 *   marginals      n_c = Σ_k o_ck,  n = Σ_c n_c (the number of pairable values)
 *   observed       D_o = (1/n) Σ_c Σ_k o_ck · δ²_ck
 *   expected       D_e = (1/(n(n − 1))) Σ_c Σ_k n_c · n_k · δ²_ck
 *   alpha          α = 1 − D_o / D_e
 * Difference functions δ²_ck:
 *   nominal        0 if c = k, else 1
 *   ordinal        (Σ_{g=c..k} n_g − (n_c + n_k)/2)²  over the values' ranks (n_g: marginals above)
 *   interval       (c − k)²
 *   ratio          ((c − k)/(c + k))²   (values ≥ 0; 0 when c = k = 0)
 *
 * Undefined cases: no pairable values → NaN, 'no-units'; D_e = 0 (one single value across all
 * pairable data, so there is no variation to be reliable about) → NaN, 'no-variation'.
 */
import {
  AgreementInputError,
  type ReliabilityMatrix,
  type ReliabilityValue,
  type UndefinedReason,
  type WeightedUnit,
  checkUnits,
  checkValue,
  describeValue,
  sortedDistinctValues,
  unitsFromMatrix,
  valueKey,
} from './reliability-data';

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface KrippendorffAlphaOptions {
  /** Default 'nominal'. */
  readonly metric?: AlphaMetric;
  /**
   * Ordinal only: the values from lowest to highest rank. Required when values are strings;
   * numbers are ranked ascending when it is left out. Every value in the data must appear.
   */
  readonly order?: readonly ReliabilityValue[];
}

export interface KrippendorffAlphaResult {
  readonly statistic: 'krippendorff-alpha';
  readonly metric: AlphaMetric;
  /** NaN when undefinedReason is set. */
  readonly value: number;
  /** D_o */
  readonly observedDisagreement: number;
  /** D_e */
  readonly expectedDisagreement: number;
  /** n, pairable values. */
  readonly pairableValues: number;
  /** Units with at least two values (weighted). */
  readonly pairableUnits: number;
  /** Units dropped because they had fewer than two values (weighted). */
  readonly unitsDropped: number;
  /** Distinct pairable values, in rank order for ordinal, ascending/sorted otherwise. */
  readonly values: readonly ReliabilityValue[];
  /** coincidences[c][k] = o_ck, in the order of `values`. */
  readonly coincidences: readonly (readonly number[])[];
  /** n_c */
  readonly marginals: readonly number[];
  readonly undefinedReason: UndefinedReason | null;
}

const WHAT = "Krippendorff's alpha";

/** From a coders × units reliability data matrix (null = missing). */
export function krippendorffAlpha(matrix: ReliabilityMatrix, options: KrippendorffAlphaOptions = {}): KrippendorffAlphaResult {
  return krippendorffAlphaFromUnits(unitsFromMatrix(matrix, WHAT), options);
}

export function krippendorffAlphaFromUnits(
  units: readonly WeightedUnit[],
  options: KrippendorffAlphaOptions = {},
): KrippendorffAlphaResult {
  const metric = options.metric ?? 'nominal';
  checkUnits(units, WHAT);
  const values = orderValues(units, metric, options.order);
  const index = new Map(values.map((v, i) => [valueKey(v), i]));
  const o = values.map(() => values.map(() => 0));
  // n_c counted directly (Σ over pairable units of weight × values c) rather than as row sums of
  // o, which carry the 1/(m_u − 1) fractions and their rounding.
  const marginalsAll = values.map(() => 0);
  let pairableUnits = 0;
  let unitsDropped = 0;

  for (const unit of units) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const v of unit.values) {
      if (v === null) continue;
      m++;
      const i = index.get(valueKey(v))!;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    if (m < 2) {
      unitsDropped += unit.weight;
      continue;
    }
    pairableUnits += unit.weight;
    const scale = unit.weight / (m - 1);
    for (const [c, nc] of counts) {
      marginalsAll[c]! += unit.weight * nc;
      for (const [k, nk] of counts) {
        o[c]![k]! += scale * nc * (c === k ? nc - 1 : nk);
      }
    }
  }

  // Values that occur only in dropped units are not pairable: keep only those with a marginal.
  const keep = marginalsAll.map((m, i) => (m > 0 ? i : -1)).filter((i) => i >= 0);
  const keptValues = keep.map((i) => values[i]!);
  const coincidences = keep.map((c) => keep.map((k) => o[c]![k]!));
  const marginals = keep.map((i) => marginalsAll[i]!);
  const n = marginals.reduce((s, x) => s + x, 0);
  const delta = differenceFunction(metric, keptValues, marginals);

  const base = { statistic: 'krippendorff-alpha' as const, metric, pairableValues: n, pairableUnits, unitsDropped, values: keptValues, coincidences, marginals };
  if (n === 0) {
    return { ...base, value: NaN, observedDisagreement: NaN, expectedDisagreement: NaN, undefinedReason: 'no-units' };
  }
  let observedSum = 0;
  let expectedSum = 0;
  for (let c = 0; c < keep.length; c++) {
    for (let k = 0; k < keep.length; k++) {
      const d = delta(c, k);
      observedSum += coincidences[c]![k]! * d;
      expectedSum += marginals[c]! * marginals[k]! * d;
    }
  }
  const Do = observedSum / n;
  const De = expectedSum / (n * (n - 1));
  if (keep.length < 2 || expectedSum === 0) {
    return { ...base, value: NaN, observedDisagreement: Do, expectedDisagreement: De, undefinedReason: 'no-variation' };
  }
  return { ...base, value: 1 - Do / De, observedDisagreement: Do, expectedDisagreement: De, undefinedReason: null };
}

/** Distinct values in the order the metric needs; refuses values the metric cannot use. */
function orderValues(units: readonly WeightedUnit[], metric: AlphaMetric, order: readonly ReliabilityValue[] | undefined): ReliabilityValue[] {
  const present: ReliabilityValue[] = [];
  units.forEach((u, ui) =>
    u.values.forEach((v, c) => {
      if (v === null) return;
      if ((metric === 'interval' || metric === 'ratio') && typeof v !== 'number') {
        throw new AgreementInputError(`${WHAT} (${metric}): coder ${c + 1}, unit ${ui + 1} has ${describeValue(v)}; the ${metric} metric needs numbers.`);
      }
      if (metric === 'ratio' && typeof v === 'number' && v < 0) {
        throw new AgreementInputError(`${WHAT} (ratio): coder ${c + 1}, unit ${ui + 1} has ${v}; ratio values cannot be negative.`);
      }
      present.push(v);
    }),
  );
  const distinct = sortedDistinctValues(present);
  if (metric !== 'ordinal') return distinct;
  if (order === undefined) {
    const s = distinct.find((v) => typeof v === 'string');
    if (s !== undefined) {
      throw new AgreementInputError(`${WHAT} (ordinal): the value ${describeValue(s)} is text, so give the order of the values (lowest first).`);
    }
    return distinct;
  }
  order.forEach((v, i) => checkValue(v, `${WHAT} (ordinal): order entry ${i + 1}`));
  const rank = new Map<string, number>();
  order.forEach((v, i) => {
    if (rank.has(valueKey(v))) throw new AgreementInputError(`${WHAT} (ordinal): ${describeValue(v)} appears twice in the order.`);
    rank.set(valueKey(v), i);
  });
  for (const v of distinct) {
    if (!rank.has(valueKey(v))) {
      throw new AgreementInputError(`${WHAT} (ordinal): the value ${describeValue(v)} is in the data but not in the given order.`);
    }
  }
  return [...distinct].sort((a, b) => rank.get(valueKey(a))! - rank.get(valueKey(b))!);
}

/** δ²(c, k) over indices into the (rank-ordered) value list. */
function differenceFunction(metric: AlphaMetric, values: readonly ReliabilityValue[], marginals: readonly number[]): (c: number, k: number) => number {
  switch (metric) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'ordinal': {
      // prefix[i] = n_0 + … + n_{i−1}; Σ_{g=c..k} n_g = prefix[k+1] − prefix[c] for c ≤ k.
      const prefix = [0];
      for (const m of marginals) prefix.push(prefix[prefix.length - 1]! + m);
      return (c, k) => {
        if (c === k) return 0;
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        const d = prefix[hi + 1]! - prefix[lo]! - (marginals[lo]! + marginals[hi]!) / 2;
        return d * d;
      };
    }
    case 'interval':
      return (c, k) => {
        const d = (values[c] as number) - (values[k] as number);
        return d * d;
      };
    case 'ratio':
      return (c, k) => {
        const x = values[c] as number;
        const y = values[k] as number;
        if (x + y === 0) return 0;
        const d = (x - y) / (x + y);
        return d * d;
      };
  }
}
