import { describe, expect, it } from 'vitest';
import { fleissKappa, fleissKappaFromMatrix, fleissKappaFromUnits } from '../../../../shared/analysis/agreement/fleiss-kappa';
import { krippendorffAlpha } from '../../../../shared/analysis/agreement/krippendorff-alpha';
import { readReliabilityTable } from './reliability-fixtures';

describe("Fleiss' kappa", () => {
  it("reproduces Fleiss' worked example (Wikipedia 'Fleiss' kappa': 14 raters, 10 subjects, 5 categories): P̄ 0.378, P̄_e 0.213, κ 0.210", () => {
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const r = fleissKappa(counts);
    expect(r.ratersPerUnit).toBe(14);
    expect(r.units).toBe(10);
    expect(r.categoryProportions.map((p) => Number(p.toFixed(3)))).toEqual([0.143, 0.2, 0.279, 0.15, 0.229]);
    expect(r.observedAgreement).toBeCloseTo(0.378, 3);
    expect(r.expectedAgreement).toBeCloseTo(0.213, 3);
    expect(r.value).toBeCloseTo(0.21, 3);
  });

  it("with two raters equals Scott's pi (A&P table 4: π = (0.88 − 0.4014)/(1 − 0.4014))", () => {
    // Rebuild the 100 units of Artstein & Poesio table 4 (see cohen-kappa.test.ts) as two coders.
    const table4 = [[46, 6, 0], [0, 32, 0], [0, 6, 10]];
    const y1: number[] = [];
    const y2: number[] = [];
    table4.forEach((row, i) => row.forEach((c, j) => { for (let t = 0; t < c; t++) { y2.push(i); y1.push(j); } }));
    // Pooled proportions (46+52)/200, (44+32)/200, (10+16)/200 → P_e = 0.49² + 0.38² + 0.13² = 0.4014.
    const r = fleissKappaFromMatrix([y1, y2]);
    expect(r.expectedAgreement).toBeCloseTo(0.4014, 12);
    expect(r.value).toBeCloseTo((0.88 - 0.4014) / (1 - 0.4014), 12);
  });

  it("relates to Krippendorff's alpha on complete nominal data by α = 1 − (1 − κ)·(n − 1)/n", () => {
    // Both use the same observed agreement; Fleiss draws the chance pair with replacement (Σ p_j²),
    // alpha without (n_c(n_c − 1)/(n(n − 1))), n = all values. On the 2004 binary data (n = 20):
    // P̄ = 0.6, P̄_e = 0.7² + 0.3² = 0.58, κ = 0.02/0.42; α = 1 − (0.98/0.42)·19/20 = 8/84 = 0.0952.
    const t = readReliabilityTable('krippendorff-2004-sec11.3.1-binary.txt');
    const kappa = fleissKappaFromMatrix(t.matrix).value;
    expect(kappa).toBeCloseTo(0.02 / 0.42, 12);
    expect(1 - ((1 - kappa) * 19) / 20).toBeCloseTo(krippendorffAlpha(t.matrix).value, 12);
  });

  it('weighted rows equal repeated rows', () => {
    const repeated = fleissKappa([[3, 0], [3, 0], [1, 2], [0, 3]]);
    const weighted = fleissKappa([[3, 0], [1, 2], [0, 3]], { weights: [2, 1, 1] });
    expect(weighted.value).toBeCloseTo(repeated.value, 12);
  });

  it('is 1 for unanimous units with variation across units, NaN (no-variation) when everything is one category', () => {
    expect(fleissKappa([[3, 0], [0, 3]]).value).toBe(1);
    const r = fleissKappa([[3, 0], [3, 0]]);
    expect(r.value).toBeNaN();
    expect(r.undefinedReason).toBe('no-variation');
    expect(fleissKappa([]).undefinedReason).toBe('no-units');
  });

  it('refuses a varying number of raters, naming the unit', () => {
    expect(() => fleissKappa([[2, 1], [1, 1]])).toThrow(/unit 1 has 3, unit 2 has 2/);
    expect(() => fleissKappa([[1, 0], [0, 1]])).toThrow(/at least two raters per unit/);
    expect(() => fleissKappa([[1.5, 1.5]])).toThrow(/not a count of raters/);
  });

  it('refuses missing values and one coder only', () => {
    expect(() => fleissKappaFromMatrix([[1, 2], [1, null], [1, 2]])).toThrow(/coder 2 has no value for unit 2/);
    expect(() => fleissKappaFromMatrix([[1, 2]])).toThrow(/at least two coders; got 1/);
    expect(() => fleissKappaFromUnits([{ values: ['a', 'b', 'a'], weight: 0 }])).toThrow(/weight 0/);
  });
});
