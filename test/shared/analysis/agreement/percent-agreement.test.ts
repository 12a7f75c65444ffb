import { describe, expect, it } from 'vitest';
import { percentAgreement } from '../../../../shared/analysis/agreement/percent-agreement';
import { readReliabilityCsv, readReliabilityTable } from './reliability-fixtures';

describe('percentage agreement', () => {
  it('two coders: share of units with the same value (Krippendorff 2004 binary data: 6 of 10)', () => {
    const t = readReliabilityTable('krippendorff-2004-sec11.3.1-binary.txt');
    const r = percentAgreement(t.matrix);
    expect(r.value).toBe(0.6);
    expect(r.agreeingPairs).toBe(6);
    expect(r.totalPairs).toBe(10);
    expect(r.pairwise).toEqual([{ coderA: 0, coderB: 1, units: 10, agreeing: 6, value: 0.6 }]);
  });

  it('three coders, pairwise: hand count', () => {
    // unit 1: a a a → 3 pairs, 3 agree; unit 2: a a b → 3 pairs, 1 agrees; unit 3: a b c → 3, 0.
    // Pooled 4/9. Coder pairs: (1,2) agree on units 1,2 → 2/3; (1,3) unit 1 → 1/3; (2,3) unit 1 → 1/3.
    const r = percentAgreement([
      ['a', 'a', 'a'],
      ['a', 'a', 'b'],
      ['a', 'b', 'c'],
    ]);
    expect(r.value).toBeCloseTo(4 / 9, 12);
    expect(r.unanimousUnits).toBe(1);
    expect(r.pairwise.map((p) => p.value)).toEqual([2 / 3, 1 / 3, 1 / 3]);
  });

  it('missing data: units with one value are skipped, units with two give one pair', () => {
    // Krippendorff 2011 data: unit 12 has one value (skipped); unit 1 (1,1,1 of A,B,D) 3 pairs all
    // agree; unit 10 (5,5,5 of B,C,D) 3 pairs; unit 11 (1,1 of C,D) 1 pair.
    const k = readReliabilityCsv('krippendorff-2011-4coders-12units.csv');
    const r = percentAgreement(k.matrix);
    expect(r.pairableUnits).toBe(11);
    // Units 2..9 have 4 values (6 pairs each): u2 2,2,3,2 → 3 agree; u3,u4,u5,u7,u9 unanimous → 6
    // each; u6 1,2,3,4 → 0; u8 1,1,2,1 → 3. Total pairs 8·6 + 3 + 3 + 3 + 1 = 55;
    // agreeing 3 + 5·6 + 0 + 3 + 3 + 3 + 1 = 43.
    expect(r.totalPairs).toBe(55);
    expect(r.agreeingPairs).toBe(43);
    expect(r.value).toBeCloseTo(43 / 55, 12);
  });

  it('numbers and text that print alike are different values', () => {
    expect(percentAgreement([[1], ['1']]).value).toBe(0);
  });

  it('no pairable unit → NaN with no-units; one coder only → error', () => {
    const r = percentAgreement([[1, null], [null, 1]]);
    expect(r.value).toBeNaN();
    expect(r.undefinedReason).toBe('no-units');
    expect(() => percentAgreement([[1, 2]])).toThrow(/at least two coders; got 1/);
  });
});
