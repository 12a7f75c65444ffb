import { describe, expect, it } from 'vitest';
import { codingAgreement } from '../../../../shared/analysis/agreement/coding-units';
import type { AgreementCoding, CodingAgreementInput } from '../../../../shared/analysis/agreement/coding-units';
import { cohenKappa } from '../../../../shared/analysis/agreement/cohen-kappa';
import { fleissKappaFromMatrix } from '../../../../shared/analysis/agreement/fleiss-kappa';
import { krippendorffAlpha } from '../../../../shared/analysis/agreement/krippendorff-alpha';
import { percentAgreement } from '../../../../shared/analysis/agreement/percent-agreement';
import { overlapsAny } from '../../../../shared/analysis/agreement/presence-units';

const coding = (coderId: string, codeId: string, sourceId: string, start: number, end: number): AgreementCoding => ({
  coderId,
  codeId,
  sourceId,
  start,
  end,
});

describe('character units (NVivo-style)', () => {
  // Source S, 20 code points; source T, 10 code points, coded by nobody.
  // Code C: coder A [2,8) and [6,10) (merged: [2,10)); coder B [5,12) and [15,18).
  // Code D: both coders [0,4) in S.
  const input: CodingAgreementInput = {
    coderIds: ['A', 'B'],
    sources: [{ sourceId: 'S', length: 20 }, { sourceId: 'T', length: 10 }],
    codings: [
      coding('A', 'C', 'S', 2, 8),
      coding('A', 'C', 'S', 6, 10),
      coding('B', 'C', 'S', 5, 12),
      coding('B', 'C', 'S', 15, 18),
      coding('A', 'D', 'S', 0, 4),
      coding('B', 'D', 'S', 0, 4),
    ],
  };
  const r = codingAgreement(input, { unit: 'characters' });

  it('code C in source S, by hand', () => {
    // both [5,10) = 5; A only [2,5) = 3; B only [10,12) + [15,18) = 5; neither 20 − 13 = 7.
    const s = r.codes[0]!.perSource[0]!;
    expect(s.sourceId).toBe('S');
    expect(s.table).toEqual({ both: 5, firstOnly: 3, secondOnly: 5, neither: 7 });
    // p_o = 12/20 = 0.6; A coded 8/20, B 10/20 → p_e = 0.4·0.5 + 0.6·0.5 = 0.5; κ = 0.1/0.5 = 0.2.
    expect(s.percentAgreement.value).toBeCloseTo(0.6, 12);
    expect(s.cohenKappa!.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(s.cohenKappa!.value).toBeCloseTo(0.2, 12);
    // α: n = 40 values, n_1 = 18, n_0 = 22, o_01 = 8 → α = 1 − 39·8/(22·18) = 84/396.
    expect(s.krippendorffAlpha.value).toBeCloseTo(84 / 396, 12);
    expect(s.fleissKappa).toBeNull();
  });

  it('source T (nobody coded C): 100 % agreement, kappa and alpha undefined (no variation)', () => {
    const t = r.codes[0]!.perSource[1]!;
    expect(t.table).toEqual({ both: 0, firstOnly: 0, secondOnly: 0, neither: 10 });
    expect(t.percentAgreement.value).toBe(1);
    expect(t.cohenKappa!.undefinedReason).toBe('no-variation');
    expect(t.krippendorffAlpha.undefinedReason).toBe('no-variation');
  });

  it('code C pooled over S and T, code D, and all codes pooled', () => {
    const c = r.codes[0]!;
    expect(c.codeId).toBe('C');
    expect(c.units).toBe(30);
    expect(c.table).toEqual({ both: 5, firstOnly: 3, secondOnly: 5, neither: 17 });
    const d = r.codes[1]!;
    expect(d.table).toEqual({ both: 4, firstOnly: 0, secondOnly: 0, neither: 26 });
    expect(d.cohenKappa!.value).toBe(1);
    // Pooled: both 9, A only 3, B only 5, neither 43, n = 60. p_o = 52/60; p_A = 12/60, p_B = 14/60;
    // p_e = (12·14 + 48·46)/60² = 0.66; κ = (52/60 − 0.66)/0.34 = 31/51.
    expect(r.overall.codeId).toBeNull();
    expect(r.overall.table).toEqual({ both: 9, firstOnly: 3, secondOnly: 5, neither: 43 });
    expect(r.overall.cohenKappa!.expectedAgreement).toBeCloseTo(0.66, 12);
    expect(r.overall.cohenKappa!.value).toBeCloseTo(31 / 51, 12);
  });

  it('three coders: pairwise agreement, Fleiss and alpha by hand', () => {
    // Length 10; A [0,6), B [2,8), C [4,10): stretches of 2 coded by A | AB | ABC | BC | C.
    const three = codingAgreement(
      {
        coderIds: ['A', 'B', 'C'],
        sources: [{ sourceId: 'S', length: 10 }],
        codings: [coding('A', 'X', 'S', 0, 6), coding('B', 'X', 'S', 2, 8), coding('C', 'X', 'S', 4, 10)],
      },
      { unit: 'characters' },
    );
    const x = three.codes[0]!;
    expect(x.codedBy).toEqual([0, 4, 4, 2]);
    expect(x.table).toBeNull();
    expect(x.cohenKappa).toBeNull();
    // Agreeing pairs per character: 1 coder of 3 → 1 pair (the two who did not); 2 → 1; 3 → 3.
    // (4 + 4 + 6)/30 = 14/30.
    expect(x.percentAgreement.value).toBeCloseTo(14 / 30, 12);
    // Fleiss: P̄ = 14/30, p_1 = 18/30 = 0.6 → P̄_e = 0.52; κ = (14/30 − 0.52)/0.48 = −1/9.
    expect(x.fleissKappa!.value).toBeCloseTo(-1 / 9, 12);
    // α = 1 − (1 − κ)·(n − 1)/n with n = 30 values: 1 − (10/9)(29/30) = −2/27.
    expect(x.krippendorffAlpha.value).toBeCloseTo(-2 / 27, 12);
  });

  it('matches a per-character computation on random codings (3 coders, 2 sources)', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const sources = [{ sourceId: 'P', length: 400 }, { sourceId: 'Q', length: 250 }];
    const coders = ['a', 'b', 'c'];
    const codings: AgreementCoding[] = [];
    for (let i = 0; i < 60; i++) {
      const src = sources[rand(2)]!;
      const start = rand(src.length);
      const end = Math.min(src.length, start + 1 + rand(60));
      codings.push(coding(coders[rand(3)]!, 'K', src.sourceId, start, end));
    }
    const fast = codingAgreement({ coderIds: coders, sources, codings }, { unit: 'characters' }).codes[0]!;
    // Slow reference: one array entry per character per coder.
    const matrix = coders.map((coder) =>
      sources.flatMap((src) => {
        const row = new Array<number>(src.length).fill(0);
        for (const c of codings) if (c.coderId === coder && c.sourceId === src.sourceId) for (let i = c.start; i < c.end; i++) row[i] = 1;
        return row;
      }),
    );
    expect(fast.units).toBe(650);
    expect(fast.percentAgreement.value).toBeCloseTo(percentAgreement(matrix).value, 12);
    expect(fast.krippendorffAlpha.value).toBeCloseTo(krippendorffAlpha(matrix).value, 12);
    expect(fast.fleissKappa!.value).toBeCloseTo(fleissKappaFromMatrix(matrix).value, 12);
    const two = codingAgreement({ coderIds: ['a', 'b'], sources, codings }, { unit: 'characters' }).codes[0]!;
    expect(two.cohenKappa!.value).toBeCloseTo(cohenKappa(matrix[0]!, matrix[1]!).value, 12);
  });

  it('a 300,000-character source with 4,000 codings takes no per-character work', () => {
    const length = 300_000;
    const codings: AgreementCoding[] = [];
    for (let i = 0; i < 2000; i++) {
      codings.push(coding('A', `c${i % 20}`, 'S', i * 150, i * 150 + 100));
      codings.push(coding('B', `c${i % 20}`, 'S', i * 150 + 10, i * 150 + 110));
    }
    const t0 = performance.now();
    const big = codingAgreement({ coderIds: ['A', 'B'], sources: [{ sourceId: 'S', length }], codings }, { unit: 'characters' });
    expect(performance.now() - t0).toBeLessThan(2000);
    // Per code: 100 codings each side; both 90, A only 10, B only 10 per pair of codings.
    expect(big.codes[0]!.table).toEqual({ both: 9000, firstOnly: 1000, secondOnly: 1000, neither: length - 11_000 });
    expect(big.overall.units).toBe(20 * length);
  });
});

describe('segment units (MAXQDA-style)', () => {
  // Source 100 code points. Code P: A [0,10) [20,30) [50,60); B [0,10) [21,30) [50,55) [80,90).
  // Code Q: both [40,50).
  const base: CodingAgreementInput = {
    coderIds: ['A', 'B'],
    sources: [{ sourceId: 'S', length: 100 }],
    codings: [
      coding('A', 'P', 'S', 0, 10),
      coding('A', 'P', 'S', 20, 25),
      coding('A', 'P', 'S', 25, 30), // touches [20,25): one segment [20,30)
      coding('A', 'P', 'S', 50, 60),
      coding('B', 'P', 'S', 0, 10),
      coding('B', 'P', 'S', 21, 30),
      coding('B', 'P', 'S', 50, 55),
      coding('B', 'P', 'S', 80, 90),
      coding('A', 'Q', 'S', 40, 50),
      coding('B', 'Q', 'S', 40, 50),
    ],
  };

  it('matches by overlap / union ≥ 0.9, counting both coders\' segments', () => {
    const r = codingAgreement(base, { unit: 'segments' });
    const p = r.codes[0]!;
    // A [0,10) ↔ B [0,10): 10/10 = 1 → match (both sides). A [20,30) ↔ B [21,30): 9/10 = 0.9 → match,
    // exactly at the threshold. A [50,60) ↔ B [50,55): 5/10 = 0.5 → no. B [80,90): nothing overlaps.
    // a = 4 (2 of A, 2 of B), b = 1, c = 2; agreement 4/7.
    expect([p.matched, p.unmatchedFirst, p.unmatchedSecond]).toEqual([4, 1, 2]);
    expect(p.percentAgreement.value).toBeCloseTo(4 / 7, 12);
    const lone = p.comparisons.find((c) => c.coder === 1 && c.start === 80)!;
    expect(lone).toMatchObject({ partner: null, overlap: 0, matched: false });
    const half = p.comparisons.find((c) => c.coder === 0 && c.start === 50)!;
    expect(half).toMatchObject({ partner: { start: 50, end: 55 }, overlap: 0.5, matched: false });
    // Q: a = 2. Pooled: a = 6, b = 1, c = 2 → p_o = 6/9. MAXQDA kappa: k = 2 codes, chance 1/2,
    // κ = (2/3 − 1/2)/(1/2) = 1/3.
    expect(r.overall.percentAgreement.value).toBeCloseTo(2 / 3, 12);
    expect(r.kappa.expectedAgreement).toBe(0.5);
    expect(r.kappa.categoryCount).toBe(2);
    expect(r.kappa.value).toBeCloseTo(1 / 3, 12);
  });

  it('a stricter threshold (0.95) loses the 9/10 match', () => {
    const r = codingAgreement(base, { unit: 'segments', minOverlap: 0.95 });
    expect([r.codes[0]!.matched, r.codes[0]!.unmatchedFirst, r.codes[0]!.unmatchedSecond]).toEqual([2, 2, 3]);
  });

  it('kappa with a single code is undefined (chance agreement 1/1)', () => {
    const r = codingAgreement({ ...base, codeIds: ['Q'] }, { unit: 'segments' });
    expect(r.overall.percentAgreement.value).toBe(1);
    expect(r.kappa.value).toBeNaN();
    expect(r.kappa.undefinedReason).toBe('single-category');
  });

  it('refuses three coders and thresholds outside (0, 1]', () => {
    expect(() => codingAgreement({ ...base, coderIds: ['A', 'B', 'C'] }, { unit: 'segments' })).toThrow(/exactly two coders/);
    expect(() => codingAgreement(base, { unit: 'segments', minOverlap: 0 })).toThrow(/minimum overlap is 0/);
    expect(() => codingAgreement(base, { unit: 'segments', minOverlap: 90 })).toThrow(/minimum overlap is 90/);
  });
});

describe('presence units', () => {
  it('per source, by hand', () => {
    // Sources 1–5; code C: A in 1, 2, 3; B in 1, 2. → both 2, A only 1, neither 2.
    const sources = [1, 2, 3, 4, 5].map((i) => ({ sourceId: `s${i}`, length: 50 }));
    const r = codingAgreement(
      {
        coderIds: ['A', 'B'],
        sources,
        codings: [
          coding('A', 'C', 's1', 0, 5),
          coding('A', 'C', 's2', 10, 20),
          coding('A', 'C', 's3', 40, 50),
          coding('B', 'C', 's1', 30, 31),
          coding('B', 'C', 's2', 0, 50),
        ],
      },
      { unit: 'sources' },
    );
    const c = r.codes[0]!;
    expect(c.table).toEqual({ both: 2, firstOnly: 1, secondOnly: 0, neither: 2 });
    // p_o = 4/5; p_A = 3/5, p_B = 2/5 → p_e = 0.6·0.4 + 0.4·0.6 = 0.48; κ = 0.32/0.52 = 8/13.
    expect(c.percentAgreement.value).toBeCloseTo(0.8, 12);
    expect(c.cohenKappa!.value).toBeCloseTo(8 / 13, 12);
    // α: n = 10, n_1 = 5, n_0 = 5, o_01 = 1 → 1 − 9·1/25 = 0.64.
    expect(c.krippendorffAlpha.value).toBeCloseTo(0.64, 12);
  });

  it('per block (speaker turn): a coding counts where it shares a code point, not where it only touches', () => {
    // Turns [0,10) [10,20) [20,30). A codes [5,12) → turns 1 and 2. B codes [8,10) → turn 1 only
    // (ends where turn 2 begins), and an empty coding [20,20) that is left out.
    const r = codingAgreement(
      {
        coderIds: ['A', 'B'],
        sources: [{ sourceId: 'S', length: 30 }],
        blocks: [
          { sourceId: 'S', start: 0, end: 10 },
          { sourceId: 'S', start: 10, end: 20 },
          { sourceId: 'S', start: 20, end: 30 },
        ],
        codings: [coding('A', 'C', 'S', 5, 12), coding('B', 'C', 'S', 8, 10), coding('B', 'C', 'S', 20, 20)],
      },
      { unit: 'blocks' },
    );
    const c = r.codes[0]!;
    expect(c.table).toEqual({ both: 1, firstOnly: 1, secondOnly: 0, neither: 1 });
    // p_o = 2/3; p_A = 2/3, p_B = 1/3 → p_e = 2/9 + 2/9 = 4/9; κ = (2/9)/(5/9) = 0.4.
    expect(c.cohenKappa!.value).toBeCloseTo(0.4, 12);
    expect(r.leftOut.empty).toBe(1);
  });

  it('overlapsAny: binary search over sorted intervals', () => {
    const list = [[0, 5], [10, 15], [20, 25]] as const;
    expect(overlapsAny(list, 5, 10)).toBe(false);
    expect(overlapsAny(list, 4, 10)).toBe(true);
    expect(overlapsAny(list, 15, 20)).toBe(false);
    expect(overlapsAny(list, 24, 30)).toBe(true);
    expect(overlapsAny([], 0, 100)).toBe(false);
  });

  it('refuses blocks that are missing or outside their source', () => {
    const input: CodingAgreementInput = { coderIds: ['A', 'B'], sources: [{ sourceId: 'S', length: 30 }], codings: [] };
    expect(() => codingAgreement(input, { unit: 'blocks' })).toThrow(/needs the blocks/);
    expect(() => codingAgreement({ ...input, blocks: [{ sourceId: 'S', start: 20, end: 31 }] }, { unit: 'blocks' })).toThrow(
      /Block 1 \(source "S", 20–31\)/,
    );
    expect(() => codingAgreement({ ...input, blocks: [{ sourceId: 'X', start: 0, end: 1 }] }, { unit: 'blocks' })).toThrow(/not among the compared sources/);
  });
});

describe('coding input rules', () => {
  const sources = [{ sourceId: 'S', length: 30 }];

  it('one coder only is a clear error', () => {
    expect(() => codingAgreement({ coderIds: ['A'], sources, codings: [] }, { unit: 'characters' })).toThrow(
      /at least two coders; got 1 \("A"\)/,
    );
  });

  it('a coding past the end of its source is an error naming it', () => {
    expect(() =>
      codingAgreement({ coderIds: ['A', 'B'], sources, codings: [coding('A', 'C', 'S', 25, 31)] }, { unit: 'characters' }),
    ).toThrow(/coding 1 \(coder "A", code "C", source "S", 25–31\): ends after the end of the source \(length 30\)/);
    expect(() =>
      codingAgreement({ coderIds: ['A', 'B'], sources, codings: [coding('A', 'C', 'S', 5, 3)] }, { unit: 'characters' }),
    ).toThrow(/0 ≤ start ≤ end/);
  });

  it('codings of other coders, codes or sources are left out and counted', () => {
    const r = codingAgreement(
      {
        coderIds: ['A', 'B'],
        codeIds: ['C', 'unused'],
        sources,
        codings: [
          coding('A', 'C', 'S', 0, 10),
          coding('Z', 'C', 'S', 0, 10),
          coding('A', 'D', 'S', 0, 10),
          coding('A', 'C', 'elsewhere', 0, 10),
        ],
      },
      { unit: 'characters' },
    );
    expect(r.leftOut).toEqual({ otherCoder: 1, otherCode: 1, otherSource: 1, empty: 0 });
    // Codes are those asked for, even one nobody used (all "neither": no variation).
    expect(r.codes.map((c) => c.codeId)).toEqual(['C', 'unused']);
    expect(r.codes[1]!.krippendorffAlpha.undefinedReason).toBe('no-variation');
  });

  it('no sources at all: every statistic undefined with no-units', () => {
    const r = codingAgreement({ coderIds: ['A', 'B'], codeIds: ['C'], sources: [], codings: [] }, { unit: 'characters' });
    expect(r.overall.units).toBe(0);
    expect(r.overall.percentAgreement.undefinedReason).toBe('no-units');
    expect(r.overall.cohenKappa!.undefinedReason).toBe('no-units');
    expect(r.overall.krippendorffAlpha.undefinedReason).toBe('no-units');
  });
});
