/**
 * Brennan & Prediger's (1981) kappa, the "free-marginal" kappa: chance agreement is 1/k for k
 * categories, whatever the coders' own marginals.
 *
 *   κ_n = (p_o − 1/k) / (1 − 1/k)
 *
 * MAXQDA uses this for its segment-level intercoder kappa, because a segment comparison has no
 * "neither coder coded it" cell and Cohen's marginal-based chance term cannot be formed; MAXQDA
 * takes k = the number of codes in its result table. This is NOT Cohen's kappa: with the same
 * observed agreement it is usually higher, and it depends on how many codes were compared.
 * k = 1 makes chance agreement 1 and the ratio 0/0: NaN with 'single-category'.
 */
import { AgreementInputError, type UndefinedReason } from './reliability-data';

export interface BrennanPredigerKappaResult {
  readonly statistic: 'brennan-prediger-kappa';
  /** NaN when undefinedReason is set. */
  readonly value: number;
  /** p_o */
  readonly observedAgreement: number;
  /** 1/k */
  readonly expectedAgreement: number;
  /** k */
  readonly categoryCount: number;
  readonly undefinedReason: UndefinedReason | null;
}

/** `observedAgreement` is a proportion (0…1) or NaN when nothing was compared. */
export function brennanPredigerKappa(observedAgreement: number, categoryCount: number): BrennanPredigerKappaResult {
  if (!Number.isInteger(categoryCount) || categoryCount < 0) {
    throw new AgreementInputError(`Brennan–Prediger kappa: ${categoryCount} is not a number of categories (a whole number ≥ 0).`);
  }
  if (!Number.isNaN(observedAgreement) && !(observedAgreement >= 0 && observedAgreement <= 1)) {
    throw new AgreementInputError(`Brennan–Prediger kappa: observed agreement ${observedAgreement} is not a proportion between 0 and 1.`);
  }
  const base = { statistic: 'brennan-prediger-kappa' as const, observedAgreement, categoryCount };
  if (Number.isNaN(observedAgreement) || categoryCount === 0) {
    return { ...base, value: NaN, expectedAgreement: categoryCount > 0 ? 1 / categoryCount : NaN, undefinedReason: 'no-units' };
  }
  if (categoryCount === 1) {
    return { ...base, value: NaN, expectedAgreement: 1, undefinedReason: 'single-category' };
  }
  const pc = 1 / categoryCount;
  return { ...base, value: (observedAgreement - pc) / (1 - pc), expectedAgreement: pc, undefinedReason: null };
}
