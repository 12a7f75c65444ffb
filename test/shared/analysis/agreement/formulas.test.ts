import { describe, expect, it } from 'vitest';
import { brennanPredigerKappa } from '../../../../shared/analysis/agreement/brennan-prediger-kappa';
import { cohenKappaFromTable } from '../../../../shared/analysis/agreement/cohen-kappa';
import { fleissKappa } from '../../../../shared/analysis/agreement/fleiss-kappa';
import {
  STATISTIC_FORMULAS,
  UNDEFINED_REASON_TEXT,
  UNIT_KIND_DESCRIPTIONS,
  formulaFor,
} from '../../../../shared/analysis/agreement/formulas';
import { krippendorffAlpha } from '../../../../shared/analysis/agreement/krippendorff-alpha';
import { percentAgreement } from '../../../../shared/analysis/agreement/percent-agreement';

describe('formula texts', () => {
  it('every statistic, unit kind and undefined reason has English and Indonesian text', () => {
    const texts = [
      ...Object.values(STATISTIC_FORMULAS).flatMap((f) => [f.name, f.formula, f.description]),
      ...Object.values(UNIT_KIND_DESCRIPTIONS).flatMap((u) => [u.name, u.description]),
      ...Object.values(UNDEFINED_REASON_TEXT),
    ];
    for (const t of texts) {
      expect(t.en.trim().length).toBeGreaterThan(0);
      expect(t.id.trim().length).toBeGreaterThan(0);
    }
    // Descriptions are translated, not copied.
    for (const f of Object.values(STATISTIC_FORMULAS)) expect(f.description.id).not.toBe(f.description.en);
  });

  it("Cohen's kappa text states the sum in the chance term and warns about QualCoder's product", () => {
    const f = STATISTIC_FORMULAS['cohen-kappa'];
    expect(f.formula.en).toContain('p_e = Σ_k p_A(k)·p_B(k)');
    expect(f.description.en).toMatch(/QualCoder.*multiplies/);
  });

  it('maps each result object to its formula', () => {
    const m = [[1, 2, 3], [1, 2, 2]];
    expect(formulaFor(percentAgreement(m)).id).toBe('percent-agreement');
    expect(formulaFor(cohenKappaFromTable([[1, 0], [0, 1]])).id).toBe('cohen-kappa');
    expect(formulaFor(fleissKappa([[2, 0], [0, 2]])).id).toBe('fleiss-kappa');
    expect(formulaFor(krippendorffAlpha(m, { metric: 'ordinal' })).id).toBe('krippendorff-alpha-ordinal');
    expect(formulaFor(krippendorffAlpha(m, { metric: 'ratio' })).id).toBe('krippendorff-alpha-ratio');
    expect(formulaFor(brennanPredigerKappa(0.5, 3)).id).toBe('brennan-prediger-kappa');
  });
});
