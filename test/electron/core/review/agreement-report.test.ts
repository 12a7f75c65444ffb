import { afterEach, describe, expect, it } from 'vitest';
import { STATISTIC_FORMULAS } from '../../../../shared/analysis/agreement/formulas';
import type { AgreementReport } from '../../../../shared/api/methods/review-methods';
import { TestProject } from '../../../support/temp-project';
import { alphaFromTable, twoCoderProject, type TwoCoderProject } from './two-coder-project';

let fx: TwoCoderProject;
afterEach(() => fx?.p.close());

function row(report: AgreementReport, name: string) {
  const r = report.codes.find((c) => c.codeName === name);
  if (!r) throw new Error(`no row ${name}`);
  return r;
}

describe('agreement.compute on a two-coder project worked out by hand', () => {
  it('characters: every code point of the coded source is a unit, per code and pooled', async () => {
    fx = await twoCoderProject();
    const r = await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi], unit: 'characters' });
    expect(r.coders.map((c) => c.name)).toEqual(['ana', 'budi']);
    // Only the coded source is compared by default (the uncoded one would only add "nobody" units).
    expect(r.sourceIds).toEqual([fx.source]);

    // X: both 0–10 and 15–21 = 16; ana only 11–15 = 4; budi only 22–26 = 4; neither 32 − 24 = 8.
    const x = row(r, 'X');
    expect(x.units).toBe(32);
    expect(x.table).toEqual({ both: 16, firstOnly: 4, secondOnly: 4, neither: 8 });
    expect(x.percentAgreement.value).toBeCloseTo(24 / 32, 12);
    // p_e = 0.625² + 0.375² = 0.53125; κ = (0.75 − 0.53125) / 0.46875 = 7/15.
    expect(x.cohenKappa!.expected).toBeCloseTo(0.53125, 12);
    expect(x.cohenKappa!.value).toBeCloseTo(7 / 15, 12);
    // α: D_o = 8/32, D_e = 2·24·40/(64·63); α = 1 − 0.25/0.476190… = 0.475.
    expect(x.krippendorffAlpha!.value).toBeCloseTo(0.475, 12);
    expect(x.krippendorffAlpha!.value).toBeCloseTo(alphaFromTable(16, 4, 4, 8), 12);
    expect(x.fleissKappa).toBeNull(); // two coders: Fleiss would be Scott's pi

    // Y: ana 22–32 only. κ = 0 (budi never codes Y); α = 1 − (10/32)/(2·10·54/(64·63)) = −1/6.
    const y = row(r, 'Y');
    expect(y.table).toEqual({ both: 0, firstOnly: 10, secondOnly: 0, neither: 22 });
    expect(y.percentAgreement.value).toBeCloseTo(22 / 32, 12);
    expect(y.cohenKappa!.value).toBeCloseTo(0, 12);
    expect(y.krippendorffAlpha!.value).toBeCloseTo(-1 / 6, 12);

    // Pooled: 64 units; p_o = 46/64; p_e = (30·20 + 34·44)/64²; κ = 0.424.
    expect(r.overall.codeId).toBeNull();
    expect(r.overall.table).toEqual({ both: 16, firstOnly: 14, secondOnly: 4, neither: 30 });
    expect(r.overall.percentAgreement.value).toBeCloseTo(46 / 64, 12);
    expect(r.overall.cohenKappa!.expected).toBeCloseTo(2096 / 4096, 12);
    expect(r.overall.cohenKappa!.value).toBeCloseTo(0.424, 12);
    expect(r.overall.krippendorffAlpha!.value).toBeCloseTo(alphaFromTable(16, 14, 4, 30), 12);

    // The method and formula travel with the result.
    expect(r.formulas.map((f) => f.id).sort()).toEqual(['cohen-kappa', 'krippendorff-alpha-nominal', 'percent-agreement']);
    expect(r.formulas.find((f) => f.id === 'cohen-kappa')!.formula.en).toBe(STATISTIC_FORMULAS['cohen-kappa'].formula.en);
    expect(r.unitDescription.name.id).toMatch(/Karakter/);
  });

  it('characters over a chosen set of sources adds the uncoded one as agreement on "not coded"', async () => {
    fx = await twoCoderProject();
    const r = await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi], unit: 'characters', sourceIds: [fx.source, fx.uncoded] });
    const x = row(r, 'X');
    expect(x.units).toBe(32 + 20);
    expect(x.table).toEqual({ both: 16, firstOnly: 4, secondOnly: 4, neither: 8 + 20 });
    expect(x.percentAgreement.value).toBeCloseTo(44 / 52, 12);
  });

  it('segments: matched when |s ∩ t| / |s ∪ t| reaches the overlap, with MAXQDA kappa', async () => {
    fx = await twoCoderProject();
    const r = await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi], unit: 'segments', overlap: 0.9 });
    expect(r.overlap).toBe(0.9);
    // X: ana 0–10 ↔ budi 0–10 (1.0) match; ana 11–21 ↔ budi 15–21 is 6/10 = 0.6: no match; budi 22–26 alone.
    expect(row(r, 'X').segments).toEqual({ matched: 2, unmatchedFirst: 1, unmatchedSecond: 2 });
    expect(row(r, 'X').percentAgreement.value).toBeCloseTo(2 / 5, 12);
    expect(row(r, 'X').cohenKappa).toBeNull();
    expect(row(r, 'Y').segments).toEqual({ matched: 0, unmatchedFirst: 1, unmatchedSecond: 0 });
    expect(r.overall.percentAgreement.value).toBeCloseTo(2 / 6, 12);
    // κ_n = (1/3 − 1/2) / (1 − 1/2) with k = 2 codes.
    expect(r.overall.brennanPredigerKappa!.value).toBeCloseTo(-1 / 3, 12);
    expect(r.formulas.map((f) => f.id).sort()).toEqual(['brennan-prediger-kappa', 'percent-agreement']);

    const loose = await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi], unit: 'segments', overlap: 0.5 });
    expect(row(loose, 'X').segments).toEqual({ matched: 4, unmatchedFirst: 0, unmatchedSecond: 1 });
    expect(row(loose, 'X').percentAgreement.value).toBeCloseTo(4 / 5, 12);
  });

  it('presence per source: one unit per source', async () => {
    fx = await twoCoderProject();
    const r = await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi], unit: 'presence-source' });
    // X: both present. Kappa undefined: every value the same, chance agreement 1.
    expect(row(r, 'X').table).toEqual({ both: 1, firstOnly: 0, secondOnly: 0, neither: 0 });
    expect(row(r, 'X').percentAgreement.value).toBe(1);
    expect(row(r, 'X').cohenKappa!.value).toBeNull();
    expect(row(r, 'X').cohenKappa!.undefinedReason).toBe('no-variation');
    // Pooled: (1,1) and (1,0): p_o = 0.5, p_e = 1·0.5 + 0·0.5 = 0.5, κ = 0.
    expect(r.overall.percentAgreement.value).toBe(0.5);
    expect(r.overall.cohenKappa!.value).toBeCloseTo(0, 12);

    // With the uncoded source, X is (1,1) and (0,0): p_o = 1, p_e = 0.5, κ = 1.
    const both = await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi], unit: 'presence-source', sourceIds: [fx.source, fx.uncoded] });
    expect(row(both, 'X').cohenKappa!.value).toBeCloseTo(1, 12);
  });

  it('presence per turn: one unit per block (speaker turn)', async () => {
    fx = await twoCoderProject();
    const r = await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi], unit: 'presence-turn' });
    // X: turn 1 (1,1), turn 2 (1,1), turn 3 (0,1). p_o = 2/3, p_e = 2/3·1 + 1/3·0 = 2/3, κ = 0.
    const x = row(r, 'X');
    expect(x.units).toBe(3);
    expect(x.table).toEqual({ both: 2, firstOnly: 0, secondOnly: 1, neither: 0 });
    expect(x.percentAgreement.value).toBeCloseTo(2 / 3, 12);
    expect(x.cohenKappa!.value).toBeCloseTo(0, 12);
    expect(x.krippendorffAlpha!.value).toBeCloseTo(alphaFromTable(2, 0, 1, 0), 12);
    // Y: turns 1, 2 (0,0), turn 3 (1,0).
    expect(row(r, 'Y').table).toEqual({ both: 0, firstOnly: 1, secondOnly: 0, neither: 2 });
    expect(r.overall.units).toBe(6);
  });

  it('three coders: Fleiss kappa and alpha, no Cohen; segments refuse more than two coders', async () => {
    fx = await twoCoderProject();
    const cita = (await fx.p.call('users.create', { name: 'cita' })).id;
    await fx.coding(cita, fx.x, 0, 10);
    const r = await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi, cita], unit: 'presence-turn' });
    const x = row(r, 'X');
    expect(x.cohenKappa).toBeNull();
    expect(x.table).toBeNull();
    // X per turn: (1,1,1), (1,1,0), (0,1,0).
    expect(x.codedBy).toEqual([0, 1, 1, 1]);
    // Fleiss: P_i = 1, 1/3, 1/3 → P̄ = 5/9; p_1 = 6/9 → P̄_e = 4/9 + 1/9 = 5/9 → κ = 0.
    expect(x.fleissKappa!.value).toBeCloseTo(0, 12);
    expect(x.krippendorffAlpha).not.toBeNull();
    expect(r.formulas.map((f) => f.id)).toContain('fleiss-kappa');

    await expect(fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi, cita], unit: 'segments' })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/exactly two coders/),
    });
  });

  it('refuses one coder and unknown coders clearly', async () => {
    fx = await twoCoderProject();
    await expect(fx.p.call('agreement.compute', { coderIds: [fx.ana] })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(fx.p.call('agreement.compute', { coderIds: [fx.ana, 'nobody'] })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/Coder nobody/) });
  });
});

describe('agreement on the sample project', () => {
  it('compares peneliti and pembimbing on every unit with values in range', async () => {
    const p = await TestProject.create({ sample: true });
    try {
      const users = await p.call('users.list', {});
      const ids = ['peneliti', 'pembimbing'].map((n) => users.find((u) => u.name === n)!.id);
      for (const unit of ['characters', 'segments', 'presence-source', 'presence-turn'] as const) {
        const r = await p.call('agreement.compute', { coderIds: ids, unit });
        expect(r.codes.length).toBeGreaterThan(0);
        const pa = r.overall.percentAgreement.value!;
        expect(pa).toBeGreaterThan(0);
        expect(pa).toBeLessThanOrEqual(1);
      }
    } finally {
      p.close();
    }
  });
});
