/**
 * Statistics for binary "coded / not coded" units, counted as patterns: a pattern is which coders
 * coded the unit (one flag per coder), with the number of units that show it. Character units of a
 * long transcript collapse into a few patterns, so nothing is ever expanded per character.
 *
 * Values given to the statistics: 1 = coded, 0 = not coded. Which statistics are reported:
 * - percentage agreement: always (pairwise for more than two coders);
 * - Cohen's kappa: exactly two coders;
 * - Krippendorff's alpha (nominal): always;
 * - Fleiss' kappa: more than two coders (with two it would be Scott's pi).
 */
import { type CohenKappaResult, cohenKappaFromUnits } from './cohen-kappa';
import { type FleissKappaResult, fleissKappaFromUnits } from './fleiss-kappa';
import { type KrippendorffAlphaResult, krippendorffAlphaFromUnits } from './krippendorff-alpha';
import { type PercentAgreementResult, percentAgreementFromUnits } from './percent-agreement';
import type { WeightedUnit } from './reliability-data';

/** Pattern key: one character per coder, '1' coded, '0' not coded. */
export type PatternKey = string;

export class PatternCounts {
  private readonly counts = new Map<PatternKey, number>();
  constructor(readonly coderCount: number) {}

  add(pattern: PatternKey, units: number): void {
    if (units <= 0) return;
    this.counts.set(pattern, (this.counts.get(pattern) ?? 0) + units);
  }

  addAll(other: PatternCounts): void {
    for (const [p, n] of other.counts) this.add(p, n);
  }

  get total(): number {
    let t = 0;
    for (const n of this.counts.values()) t += n;
    return t;
  }

  get(pattern: PatternKey): number {
    return this.counts.get(pattern) ?? 0;
  }

  entries(): IterableIterator<[PatternKey, number]> {
    return this.counts.entries();
  }

  toUnits(): WeightedUnit[] {
    return [...this.counts].map(([p, n]) => ({ values: [...p].map((ch) => (ch === '1' ? 1 : 0)), weight: n }));
  }
}

export function noneCoded(coderCount: number): PatternKey {
  return '0'.repeat(coderCount);
}

/** Two coders: the four cells of the coded / not coded table. */
export interface TwoCoderTable {
  readonly both: number;
  readonly firstOnly: number;
  readonly secondOnly: number;
  readonly neither: number;
}

export interface BinaryAgreementStatistics {
  /** null = all compared codes pooled (a unit is then one unit for one code). */
  readonly codeId: string | null;
  /** Number of units (characters, sources or blocks; × codes when pooled). */
  readonly units: number;
  /** codedBy[k] = units coded by exactly k of the coders, k = 0 … number of coders. */
  readonly codedBy: readonly number[];
  /** Two coders only. */
  readonly table: TwoCoderTable | null;
  readonly percentAgreement: PercentAgreementResult;
  readonly cohenKappa: CohenKappaResult | null;
  readonly krippendorffAlpha: KrippendorffAlphaResult;
  readonly fleissKappa: FleissKappaResult | null;
}

export function binaryStatistics(codeId: string | null, patterns: PatternCounts): BinaryAgreementStatistics {
  const m = patterns.coderCount;
  const units = patterns.toUnits();
  const codedBy = Array.from({ length: m + 1 }, () => 0);
  for (const [p, n] of patterns.entries()) codedBy[[...p].filter((ch) => ch === '1').length]! += n;
  const table: TwoCoderTable | null =
    m === 2
      ? { both: patterns.get('11'), firstOnly: patterns.get('10'), secondOnly: patterns.get('01'), neither: patterns.get('00') }
      : null;
  return {
    codeId,
    units: patterns.total,
    codedBy,
    table,
    percentAgreement: percentAgreementFromUnits(units, m),
    cohenKappa: m === 2 ? cohenKappaFromUnits(units) : null,
    krippendorffAlpha: krippendorffAlphaFromUnits(units, { metric: 'nominal' }),
    fleissKappa: m > 2 ? fleissKappaFromUnits(units) : null,
  };
}
