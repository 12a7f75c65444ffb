import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, krippendorffAlphaFromUnits } from '../../../../shared/analysis/agreement/krippendorff-alpha';
import { AgreementInputError } from '../../../../shared/analysis/agreement/reliability-data';
import { readReliabilityCsv, readReliabilityTable } from './reliability-fixtures';

describe("Krippendorff's alpha against published values", () => {
  // Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability": 4 observers × 12 units with
  // missing values; unit 12 has a single value and is not pairable. Published to 3 decimals.
  const k2011 = readReliabilityCsv('krippendorff-2011-4coders-12units.csv');

  it('reads the 2011 fixture as 4 coders × 12 units with missing values', () => {
    expect(k2011.coders).toEqual(['A', 'B', 'C', 'D']);
    expect(k2011.units).toHaveLength(12);
    expect(k2011.matrix[0]![9]).toBeNull();
    expect(k2011.matrix[1]![11]).toBe(3);
  });

  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('2011 example, %s metric = %s', (metric, expected) => {
    const r = krippendorffAlpha(k2011.matrix, { metric });
    expect(r.value).toBeCloseTo(expected, 3);
    expect(r.undefinedReason).toBeNull();
    // The paper: 40 pairable values (unit 12's lone value is out), 11 pairable units.
    expect(r.pairableValues).toBe(40);
    expect(r.pairableUnits).toBe(11);
    expect(r.unitsDropped).toBe(1);
  });

  it('2011 example coincidence matrix and marginals match the paper', () => {
    const r = krippendorffAlpha(k2011.matrix);
    expect(r.values).toEqual([1, 2, 3, 4, 5]);
    // Paper's coincidence matrix (nominal): n_c = 9, 13, 10, 5, 3.
    expect(r.marginals).toEqual([9, 13, 10, 5, 3]);
    const expected = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    r.coincidences.forEach((row, c) => row.forEach((x, k) => expect(x).toBeCloseTo(expected[c]![k]!, 10)));
  });

  // Wikipedia "Krippendorff's alpha" worked example, 3 coders × 15 units, published to 6 decimals.
  const wiki = readReliabilityCsv('wikipedia-kalpha-3coders-15units.csv');
  it('Wikipedia example, nominal = 0.691358', () => {
    expect(krippendorffAlpha(wiki.matrix).value).toBeCloseTo(0.691358, 6);
  });
  it('Wikipedia example, interval = 0.810845', () => {
    expect(krippendorffAlpha(wiki.matrix, { metric: 'interval' }).value).toBeCloseTo(0.810845, 6);
  });

  // Krippendorff (2004) Content Analysis §11.3.1: two coders, binary, 10 units; α = 0.0952.
  it('2004 binary example, nominal = 0.0952', () => {
    const t = readReliabilityTable('krippendorff-2004-sec11.3.1-binary.txt');
    expect(t.coders).toEqual(['jon', 'han']);
    const r = krippendorffAlpha(t.matrix);
    expect(r.value).toBeCloseTo(0.0952, 4);
    // By hand: n = 20 values, n_0 = 14, n_1 = 6, o_01 = 4 → α = 1 − 19·4/(14·6) = 8/84.
    expect(r.marginals).toEqual([14, 6]);
    expect(r.value).toBeCloseTo(8 / 84, 12);
  });
});

describe("Krippendorff's alpha, edge cases", () => {
  it('is 1 for perfect agreement with variation', () => {
    expect(krippendorffAlpha([[1, 2, 3], [1, 2, 3]]).value).toBe(1);
  });

  it('is undefined (NaN, no-variation) when every pairable value is the same', () => {
    const r = krippendorffAlpha([[1, 1, 1], [1, 1, null]]);
    expect(r.value).toBeNaN();
    expect(r.undefinedReason).toBe('no-variation');
  });

  it('is undefined (NaN, no-units) when no unit has two values', () => {
    const r = krippendorffAlpha([[1, null], [null, 2]]);
    expect(r.value).toBeNaN();
    expect(r.undefinedReason).toBe('no-units');
    expect(r.unitsDropped).toBe(2);
  });

  it('drops units with a single value and ignores their values entirely', () => {
    const a = krippendorffAlpha([[1, 2, 1, 9], [1, 2, 2, null]]);
    const b = krippendorffAlpha([[1, 2, 1], [1, 2, 2]]);
    expect(a.value).toBe(b.value);
    expect(a.values).toEqual([1, 2]);
  });

  it('weighted units give the same value as the expanded matrix', () => {
    const expanded = krippendorffAlpha([[1, 1, 1, 0, 0, 1], [1, 1, 0, 0, 0, 0]]);
    const weighted = krippendorffAlphaFromUnits([
      { values: [1, 1], weight: 2 },
      { values: [1, 0], weight: 2 },
      { values: [0, 0], weight: 2 },
    ]);
    expect(weighted.value).toBeCloseTo(expanded.value, 12);
  });

  it('ordinal with text values needs an order, and then ranks by it', () => {
    const m = [['low', 'mid', 'high', 'high'], ['low', 'high', 'high', 'mid']];
    expect(() => krippendorffAlpha(m, { metric: 'ordinal' })).toThrow(/give the order/);
    const r = krippendorffAlpha(m, { metric: 'ordinal', order: ['low', 'mid', 'high'] });
    expect(r.values).toEqual(['low', 'mid', 'high']);
    // Same data as numbers 1 < 2 < 3 gives the same ordinal alpha.
    const numeric = krippendorffAlpha([[1, 2, 3, 3], [1, 3, 3, 2]], { metric: 'ordinal' });
    expect(r.value).toBeCloseTo(numeric.value, 12);
    expect(() => krippendorffAlpha(m, { metric: 'ordinal', order: ['low', 'high'] })).toThrow(/"mid" is in the data but not in the given order/);
  });

  it('refuses text for interval and negative numbers for ratio, naming coder and unit', () => {
    expect(() => krippendorffAlpha([[1, 'x'], [1, 2]], { metric: 'interval' })).toThrow(/coder 1, unit 2 has "x"/);
    expect(() => krippendorffAlpha([[1, 2], [1, -2]], { metric: 'ratio' })).toThrow(/coder 2, unit 2 has -2/);
  });

  it('refuses one coder only, and ragged rows', () => {
    expect(() => krippendorffAlpha([[1, 2, 3]])).toThrow(AgreementInputError);
    expect(() => krippendorffAlpha([[1, 2, 3]])).toThrow(/at least two coders; got 1/);
    expect(() => krippendorffAlpha([[1, 2, 3], [1, 2]])).toThrow(/coder 2 has 2 units but coder 1 has 3/);
    expect(() => krippendorffAlpha([[1, NaN], [1, 2]])).toThrow(/coder 1, unit 2: NaN is not a value/);
  });
});
