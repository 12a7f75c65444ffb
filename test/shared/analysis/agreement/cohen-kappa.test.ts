import { describe, expect, it } from 'vitest';
import { cohenKappa, cohenKappaFromTable, cohenKappaFromUnits } from '../../../../shared/analysis/agreement/cohen-kappa';
import { readReliabilityTable } from './reliability-fixtures';

describe("Cohen's kappa against published values", () => {
  it('2×2 table yes/yes 20, yes/no 5, no/yes 10, no/no 15: p_o 0.70, p_e 0.50, κ 0.40', () => {
    const r = cohenKappaFromTable([[20, 5], [10, 15]], ['yes', 'no']);
    expect(r.observedAgreement).toBeCloseTo(0.7, 2);
    expect(r.expectedAgreement).toBeCloseTo(0.5, 2);
    expect(r.value).toBeCloseTo(0.4, 2);
    expect(r.n).toBe(50);
    expect(r.marginalsA).toEqual([25, 25]);
    expect(r.marginalsB).toEqual([30, 20]);
  });

  it('Artstein & Poesio (2008) table 1, [[20,20],[10,50]]: κ 0.348', () => {
    const r = cohenKappaFromTable([[20, 20], [10, 50]], ['STAT', 'IREQ']);
    // p_o = 70/100; p_e = (40·30 + 60·70)/100² = 0.54; κ = 0.16/0.46.
    expect(r.observedAgreement).toBeCloseTo(0.7, 12);
    expect(r.expectedAgreement).toBeCloseTo(0.54, 12);
    expect(r.value).toBeCloseTo(0.348, 3);
  });

  describe('Artstein & Poesio (2008) table 4 (STAT / IREQ / CHCK): κ 0.8013', () => {
    // Marginals as published: coder 1 (y1) 46 × STAT(0), 44 × IREQ(1), 10 × CHCK(2); coder 2 (y2)
    // 52, 32, 16. The cells reconstructed from the paper's table 4 (rows y2, columns y1):
    //            y1=STAT IREQ CHCK | total
    //   y2=STAT      46    6    0  |  52
    //   y2=IREQ       0   32    0  |  32
    //   y2=CHCK       0    6   10  |  16
    //   total        46   44   10  | 100
    // Check by hand: p_o = (46+32+10)/100 = 0.88; p_e = (46·52 + 44·32 + 10·16)/100² = 0.396;
    // κ = (0.88 − 0.396)/(1 − 0.396) = 0.484/0.604 = 0.80132…
    const table4 = [
      [46, 6, 0],
      [0, 32, 0],
      [0, 6, 10],
    ];

    it('the reconstructed table has the published marginals and gives κ 0.8013', () => {
      const r = cohenKappaFromTable(table4, ['STAT', 'IREQ', 'CHCK']);
      expect(r.marginalsA).toEqual([52, 32, 16]); // rows: y2
      expect(r.marginalsB).toEqual([46, 44, 10]); // columns: y1
      expect(r.observedAgreement).toBeCloseTo(0.88, 12);
      expect(r.expectedAgreement).toBeCloseTo(0.396, 12);
      expect(r.value).toBeCloseTo(0.8013, 4);
    });

    it('the same data as paired labels (0, 1, 2) gives the same κ', () => {
      const y1: number[] = [];
      const y2: number[] = [];
      table4.forEach((row, i) => row.forEach((count, j) => {
        for (let t = 0; t < count; t++) { y2.push(i); y1.push(j); }
      }));
      const r = cohenKappa(y1, y2);
      expect(r.categories).toEqual([0, 1, 2]);
      expect(r.value).toBeCloseTo(0.8013, 4);
    });

    it('the marginals and κ = 0.8013 together determine the table uniquely (exhaustive search)', () => {
      // p_e is fixed by the marginals (0.396), so κ = 0.8013 (4 decimals) forces 88 agreements, which
      // is the most the marginals allow (min(52,46) + min(32,44) + min(16,10) = 88): the diagonal is
      // forced and, with it, every other cell. Check by enumerating every 3×3 table of counts with
      // these row (y2) and column (y1) sums.
      const rows = [52, 32, 16];
      const cols = [46, 44, 10];
      const found: number[][][] = [];
      for (let a = 0; a <= rows[0]!; a++) {
        for (let b = 0; a + b <= rows[0]!; b++) {
          const c = rows[0]! - a - b;
          for (let d = 0; d <= rows[1]!; d++) {
            for (let e = 0; d + e <= rows[1]!; e++) {
              const f = rows[1]! - d - e;
              const g = cols[0]! - a - d;
              const h = cols[1]! - b - e;
              const i = cols[2]! - c - f;
              if (g < 0 || h < 0 || i < 0 || g + h + i !== rows[2]) continue;
              const po = (a + e + i) / 100;
              const kappa = (po - 0.396) / (1 - 0.396);
              if (Math.round(kappa * 10_000) === 8013) found.push([[a, b, c], [d, e, f], [g, h, i]]);
            }
          }
        }
      }
      expect(found).toEqual([table4]);
    });
  });

  it('Krippendorff (2004) §11.3.1 binary data: κ 0.0909 (alpha on the same data is 0.0952)', () => {
    const t = readReliabilityTable('krippendorff-2004-sec11.3.1-binary.txt');
    const r = cohenKappa(t.matrix[0]!, t.matrix[1]!);
    // By hand: 6 agreements of 10 → p_o 0.6; jon 2×1 8×0, han 4×1 6×0 → p_e = 0.2·0.4 + 0.8·0.6 = 0.56;
    // κ = 0.04/0.44 = 0.0909.
    expect(r.observedAgreement).toBeCloseTo(0.6, 12);
    expect(r.expectedAgreement).toBeCloseTo(0.56, 12);
    expect(r.value).toBeCloseTo(0.0909, 4);
  });
});

describe("Cohen's kappa, edge cases", () => {
  it('is 1 for perfect agreement with more than one category', () => {
    expect(cohenKappa(['a', 'b', 'a'], ['a', 'b', 'a']).value).toBe(1);
  });

  it('is undefined (NaN, no-variation) when both coders used one and the same category', () => {
    const r = cohenKappa(['a', 'a', 'a'], ['a', 'a', 'a']);
    expect(r.value).toBeNaN();
    expect(r.undefinedReason).toBe('no-variation');
    expect(r.observedAgreement).toBe(1);
    expect(r.expectedAgreement).toBe(1);
  });

  it('is 0, not undefined, when one coder used one category and the other varied', () => {
    // p_o = 2/4, p_e = 1·(2/4) = 0.5 → κ = 0.
    const r = cohenKappa(['a', 'a', 'a', 'a'], ['a', 'a', 'b', 'b']);
    expect(r.value).toBe(0);
    expect(r.undefinedReason).toBeNull();
  });

  it('drops units with a missing value and counts them', () => {
    const r = cohenKappa(['a', null, 'b', 'a'], ['a', 'b', 'b', null]);
    expect(r.n).toBe(2);
    expect(r.unitsDropped).toBe(2);
    expect(r.value).toBe(1);
  });

  it('is undefined (no-units) for no units', () => {
    expect(cohenKappa([], []).undefinedReason).toBe('no-units');
  });

  it('refuses unequal lengths, non-square tables, negative cells and a third coder', () => {
    expect(() => cohenKappa(['a'], ['a', 'b'])).toThrow(/coder A has 1 values and coder B has 2/);
    expect(() => cohenKappaFromTable([[1, 2], [3]])).toThrow(/row 2 has 1 cells/);
    expect(() => cohenKappaFromTable([[1, -2], [3, 4]])).toThrow(/row 1, column 2/);
    expect(() => cohenKappaFromUnits([{ values: ['a', 'a', 'b'], weight: 1 }])).toThrow(/exactly two coders; got 3/);
    expect(() => cohenKappaFromUnits([{ values: ['a'], weight: 1 }])).toThrow(/at least two coders; got 1/);
  });
});
