/**
 * Percentage agreement (observed agreement, no correction for chance).
 *
 * Definition used here (pairwise, so it works for 2 or more coders and for missing data):
 * a unit with m_u ≥ 2 values gives C(m_u, 2) = m_u(m_u − 1)/2 pairs of values; a pair agrees when
 * both values are identical. Percentage agreement = agreeing pairs / all pairs, pooled over units.
 * Units with fewer than two values have no pair and are skipped.
 * For two coders without missing data this is simply the share of units on which they agree; for
 * m coders without missing data every unit has the same number of pairs, so it equals the mean of
 * the per-unit agreement and the mean of the coder-pair agreements.
 */
import {
  AgreementInputError,
  type ReliabilityMatrix,
  type UndefinedReason,
  type WeightedUnit,
  checkUnits,
  unitsFromMatrix,
  valueKey,
} from './reliability-data';

export interface CoderPairAgreement {
  /** 0-based coder indices, a < b. */
  readonly coderA: number;
  readonly coderB: number;
  /** Units both coders gave a value (weighted). */
  readonly units: number;
  readonly agreeing: number;
  /** agreeing / units; NaN when units = 0. */
  readonly value: number;
}

export interface PercentAgreementResult {
  readonly statistic: 'percent-agreement';
  /** Proportion 0…1 (multiply by 100 for a percentage); NaN when undefinedReason is set. */
  readonly value: number;
  readonly agreeingPairs: number;
  readonly totalPairs: number;
  /** Units with at least two values (weighted). */
  readonly pairableUnits: number;
  /** Pairable units on which every value is identical (weighted). */
  readonly unanimousUnits: number;
  readonly coderCount: number;
  readonly pairwise: readonly CoderPairAgreement[];
  readonly undefinedReason: UndefinedReason | null;
}

export function percentAgreement(matrix: ReliabilityMatrix): PercentAgreementResult {
  return percentAgreementFromUnits(unitsFromMatrix(matrix, 'Percentage agreement'));
}

/** `coderCount` says how many coders there are when `units` may be empty. */
export function percentAgreementFromUnits(units: readonly WeightedUnit[], coderCount?: number): PercentAgreementResult {
  const seen = checkUnits(units, 'Percentage agreement');
  if (coderCount !== undefined && units.length > 0 && seen !== coderCount) {
    throw new AgreementInputError(`Percentage agreement: units carry values from ${seen} coders, expected ${coderCount}.`);
  }
  coderCount = units.length > 0 ? seen : (coderCount ?? 0);
  let agreeingPairs = 0;
  let totalPairs = 0;
  let pairableUnits = 0;
  let unanimousUnits = 0;
  const pairUnits = new Map<string, { units: number; agreeing: number }>();
  for (let a = 0; a < coderCount; a++) {
    for (let b = a + 1; b < coderCount; b++) pairUnits.set(`${a},${b}`, { units: 0, agreeing: 0 });
  }

  for (const unit of units) {
    const keys = unit.values.map((v) => (v === null ? null : valueKey(v)));
    const counts = new Map<string, number>();
    let m = 0;
    for (const k of keys) {
      if (k === null) continue;
      m++;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    if (m < 2) continue;
    pairableUnits += unit.weight;
    totalPairs += (unit.weight * m * (m - 1)) / 2;
    for (const n of counts.values()) agreeingPairs += (unit.weight * n * (n - 1)) / 2;
    if (counts.size === 1) unanimousUnits += unit.weight;
    for (let a = 0; a < keys.length; a++) {
      if (keys[a] === null) continue;
      for (let b = a + 1; b < keys.length; b++) {
        if (keys[b] === null) continue;
        const cell = pairUnits.get(`${a},${b}`)!;
        cell.units += unit.weight;
        if (keys[a] === keys[b]) cell.agreeing += unit.weight;
      }
    }
  }

  const pairwise: CoderPairAgreement[] = [...pairUnits.entries()].map(([key, cell]) => {
    const [a, b] = key.split(',').map(Number) as [number, number];
    return { coderA: a, coderB: b, units: cell.units, agreeing: cell.agreeing, value: cell.units > 0 ? cell.agreeing / cell.units : NaN };
  });
  const defined = totalPairs > 0;
  return {
    statistic: 'percent-agreement',
    value: defined ? agreeingPairs / totalPairs : NaN,
    agreeingPairs,
    totalPairs,
    pairableUnits,
    unanimousUnits,
    coderCount,
    pairwise,
    undefinedReason: defined ? null : 'no-units',
  };
}
