import { describe, expect, it } from 'vitest';
import { brennanPredigerKappa } from '../../../../shared/analysis/agreement/brennan-prediger-kappa';
import { cohenKappaFromTable } from '../../../../shared/analysis/agreement/cohen-kappa';

describe('Brennan & Prediger kappa (MAXQDA segment kappa)', () => {
  it('uses chance agreement 1/k', () => {
    // p_o 0.8 with 4 codes: (0.8 − 0.25)/(0.75) = 0.7333…
    const r = brennanPredigerKappa(0.8, 4);
    expect(r.expectedAgreement).toBe(0.25);
    expect(r.value).toBeCloseTo(0.55 / 0.75, 12);
  });

  it("differs from Cohen's kappa when the categories are not used equally often", () => {
    // [[80,5],[5,10]]: p_o = 0.9. Cohen: marginals 85/15 for both coders → p_e = 0.85² + 0.15² = 0.745,
    // κ = 0.155/0.255 = 0.6078. Brennan–Prediger with k = 2: chance 0.5 → κ_n = 0.4/0.5 = 0.8.
    expect(cohenKappaFromTable([[80, 5], [5, 10]]).value).toBeCloseTo(0.155 / 0.255, 12);
    expect(brennanPredigerKappa(0.9, 2).value).toBeCloseTo(0.8, 12);
  });

  it('is undefined for one category or nothing compared, and refuses nonsense input', () => {
    expect(brennanPredigerKappa(1, 1).undefinedReason).toBe('single-category');
    expect(brennanPredigerKappa(NaN, 3).undefinedReason).toBe('no-units');
    expect(() => brennanPredigerKappa(1.2, 3)).toThrow(/not a proportion/);
    expect(() => brennanPredigerKappa(0.5, 2.5)).toThrow(/not a number of categories/);
  });
});
