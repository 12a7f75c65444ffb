import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSmallProject, type SmallProject } from './small-project';

let sp: SmallProject;
beforeAll(async () => {
  sp = await buildSmallProject();
});
afterAll(() => sp.project.close());

describe('code co-occurrence on the small project (codes P, C1, C2, Q)', () => {
  it('overlap: segment pairs, c-coefficient and character Jaccard', async () => {
    const m = await sp.project.call('analysis.cooccurrence', { mode: 'overlap' });
    expect(m.codes.map((c) => c.label)).toEqual(['P', 'C1', 'C2', 'Q']);
    // S1: P–C2 (one selection), P–C1[5,9), P–Q, C2–C1[5,9), C2–Q, C1[20,29)–Q; S2: C2–Q
    expect(m.counts).toEqual([
      [1, 1, 1, 1],
      [1, 3, 1, 1],
      [1, 1, 2, 2],
      [1, 1, 2, 4],
    ]);
    expect(m.cCoefficient[2]![3]).toBeCloseTo(2 / (2 + 4 - 2), 12);
    expect(m.cCoefficient[0]![2]).toBeCloseTo(1 / (1 + 2 - 1), 12);
    // characters: C2 covers 14 + 4, Q covers 14 + 4 + 14 + 4; together S1 [10,14) and S2 [0,4)
    expect(m.jaccard[2]![3]).toBeCloseTo(8 / (18 + 36 - 8), 12);
    expect(m.jaccard[0]![2]).toBeCloseTo(14 / 18, 12);
  });

  it('block: paragraphs or turns holding both codes; c-coefficient equals the Jaccard index of blocks', async () => {
    const s1 = await sp.project.call('sources.get', { id: sp.sources.S1 });
    expect(s1.blocks.map((b) => [b.start, b.end])).toEqual([
      [0, 24],
      [25, 49],
    ]);
    const m = await sp.project.call('analysis.cooccurrence', { mode: 'block' });
    // blocks: S1a {P, C1, C2, Q}, S1b {C1}, S2 {C2, Q}, S3 {Q, C1}, S4 {Q}
    expect(m.counts).toEqual([
      [1, 1, 1, 1],
      [1, 3, 1, 2],
      [1, 1, 2, 2],
      [1, 2, 2, 4],
    ]);
    expect(m.cCoefficient[1]![3]).toBeCloseTo(2 / (3 + 4 - 2), 12);
    expect(m.jaccard).toEqual(m.cCoefficient);
  });

  it('distance: pairs at most N characters apart; no Jaccard', async () => {
    // S3: Q [5,19) and C1 [30,34) are 11 apart
    const near = await sp.project.call('analysis.cooccurrence', { mode: 'distance', distance: 11 });
    const far = await sp.project.call('analysis.cooccurrence', { mode: 'distance', distance: 10 });
    expect(near.counts[1]![3]! - far.counts[1]![3]!).toBe(1);
    // S1: P [0,14) and C1 [20,29) are 6 apart, counted from 6 on
    expect(far.counts[0]![1]).toBe(2);
    expect(far.jaccard[0]![1]).toBeNull();
  });

  it('roll-up makes children’s segments count for their parent; filters apply', async () => {
    const m = await sp.project.call('analysis.cooccurrence', { mode: 'overlap', rollUp: true, codeIds: [sp.codes.P, sp.codes.Q] });
    expect(m.codes.map((c) => c.label)).toEqual(['P', 'Q']);
    // P's segments: S1 [0,14), [5,9), [20,29); S2 [0,4); S3 [30,34). Overlapping Q: [0,14), [20,29), S2 [0,4)
    expect(m.counts).toEqual([
      [5, 3],
      [3, 4],
    ]);
    const second = await sp.project.call('analysis.cooccurrence', { mode: 'overlap', filters: { coderIds: [sp.coders.second] } });
    expect(second.counts[1]![1]).toBe(1);
    expect(second.counts.flat().reduce((a, b) => a + b, 0)).toBe(1);
  });
});
