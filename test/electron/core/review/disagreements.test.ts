import { afterEach, describe, expect, it } from 'vitest';
import { twoCoderProject, type TwoCoderProject } from './two-coder-project';

let fx: TwoCoderProject;
afterEach(() => fx?.p.close());

const places = (list: { codeName: string; start: number; end: number; kind: string }[]) => list.map((d) => `${d.codeName} ${d.start}-${d.end} ${d.kind}`);

describe('agreement.disagreements', () => {
  it('lists every place the two coders differ, by the rule of each unit', async () => {
    fx = await twoCoderProject();
    const list = (unit: 'characters' | 'segments' | 'presence-source' | 'presence-turn', overlap = 0.9) =>
      fx.p.call('agreement.disagreements', { coderIds: [fx.ana, fx.budi], unit, overlap });

    const chars = await list('characters');
    expect(places(chars)).toEqual(['X 11-21 differs', 'X 22-26 only-b', 'Y 22-32 only-a']);
    const differs = chars[0]!;
    expect(differs.codingsA.map((c) => [c.start, c.end])).toEqual([[11, 21]]);
    expect(differs.codingsB.map((c) => [c.start, c.end])).toEqual([[15, 21]]);
    expect(differs.text).toBe('R: bbbbbbb');
    expect(differs.speaker).toBe('R');
    expect(differs.contextBefore.endsWith('aaaaaaa\n')).toBe(true);
    expect(differs.contextAfter.startsWith('\nI: ccc')).toBe(true);
    expect(differs.sourceName).toBe('coded');

    const segs = await list('segments');
    expect(places(segs)).toEqual(['X 11-21 differs', 'X 22-26 only-b', 'Y 22-32 only-a']);
    expect(segs[0]!.overlap).toBeCloseTo(0.6, 12);
    // At 50 % overlap ana's 11–21 and budi's 15–21 match, so that place is no disagreement.
    expect(places(await list('segments', 0.5))).toEqual(['X 22-26 only-b', 'Y 22-32 only-a']);
    // Per turn: turn 3 (22–32) has X from budi only and Y from ana only.
    expect(places(await list('presence-turn'))).toEqual(['X 22-32 only-b', 'Y 22-32 only-a']);
    // Per source: only Y is used by one coder alone.
    expect(places(await list('presence-source'))).toEqual(['Y 22-32 only-a']);
  });

  it('accept A makes B code exactly what A coded; accept B removes what only A coded', async () => {
    fx = await twoCoderProject();
    const [differs, onlyB, onlyA] = await fx.p.call('agreement.disagreements', { coderIds: [fx.ana, fx.budi], unit: 'characters' });
    const resolve = (d: typeof differs, action: 'accept-a' | 'accept-b' | 'keep-both' | 'discuss', note?: string) =>
      fx.p.call('agreement.resolve', {
        action,
        coderA: fx.ana,
        coderB: fx.budi,
        codeId: d!.codeId,
        sourceId: d!.sourceId,
        start: d!.start,
        end: d!.end,
        codingIdsA: d!.codingsA.map((c) => c.id),
        codingIdsB: d!.codingsB.map((c) => c.id),
        ...(note ? { note } : {}),
      });

    expect(await resolve(differs, 'accept-a')).toMatchObject({ deleted: 1, copied: 1 });
    const budiX = (await fx.p.call('codings.listBySource', { sourceId: fx.source, coderIds: [fx.budi] })).filter((c) => c.codeId === fx.x);
    expect(budiX.map((c) => [c.start, c.end])).toEqual([
      [0, 10],
      [11, 21],
      [22, 26],
    ]);

    expect(await resolve(onlyA, 'accept-b')).toMatchObject({ deleted: 1, copied: 0 });
    expect((await fx.p.call('codings.listBySource', { sourceId: fx.source, coderIds: [fx.ana] })).some((c) => c.codeId === fx.y)).toBe(false);

    // Keep both: nothing changes in the coding, the place leaves the open list.
    expect(await resolve(onlyB, 'keep-both')).toMatchObject({ deleted: 0, copied: 0, threadId: null });
    expect(await fx.p.call('agreement.disagreements', { coderIds: [fx.ana, fx.budi], unit: 'characters' })).toEqual([]);
    const settled = await fx.p.call('agreement.disagreements', { coderIds: [fx.budi, fx.ana], unit: 'characters', includeSettled: true });
    expect(settled.map((d) => d.decision?.action)).toEqual(['keep-both']);
    // Coders in the other order: budi is now A, so this is only-a.
    expect(settled[0]!.kind).toBe('only-a');

    // Agreement on X is now perfect except budi's 22–26 (kept).
    const r = await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi], unit: 'characters' });
    expect(r.codes.find((c) => c.codeName === 'X')!.table).toEqual({ both: 20, firstOnly: 0, secondOnly: 4, neither: 8 });

    const summary = await fx.p.call('review.summary', { coderIds: [fx.ana, fx.budi] });
    expect(summary.decisions).toEqual({ accepted: 2, keepBoth: 1, discuss: 0 });

    // One undo step per resolution.
    await fx.p.call('history.undo', {});
    await fx.p.call('history.undo', {});
    expect((await fx.p.call('agreement.disagreements', { coderIds: [fx.ana, fx.budi], unit: 'characters' })).length).toBe(2);
  });

  it('discuss opens a thread on the coding and keeps the place listed as under discussion', async () => {
    fx = await twoCoderProject();
    const d = (await fx.p.call('agreement.disagreements', { coderIds: [fx.ana, fx.budi], unit: 'characters' }))[0]!;
    const out = await fx.p.call('agreement.resolve', {
      action: 'discuss',
      coderA: fx.ana,
      coderB: fx.budi,
      codeId: d.codeId,
      sourceId: d.sourceId,
      start: d.start,
      end: d.end,
      codingIdsA: d.codingsA.map((c) => c.id),
      codingIdsB: d.codingsB.map((c) => c.id),
      note: 'Does "bbbbbbb" count as X from the start of the turn?',
    });
    const threads = await fx.p.call('comments.list', { target: { kind: 'coding', id: d.codingsA[0]!.id } });
    expect(threads).toHaveLength(1);
    expect(threads[0]!.id).toBe(out.threadId);
    expect(threads[0]!.comments[0]!.body).toMatch(/count as X/);
    const again = await fx.p.call('agreement.disagreements', { coderIds: [fx.ana, fx.budi], unit: 'characters' });
    expect(again[0]!.decision).toMatchObject({ action: 'discuss', threadId: out.threadId });
  });

  it('refuses codings that are not the named coder’s codings of the code', async () => {
    fx = await twoCoderProject();
    const d = (await fx.p.call('agreement.disagreements', { coderIds: [fx.ana, fx.budi], unit: 'characters' }))[0]!;
    await expect(
      fx.p.call('agreement.resolve', {
        action: 'accept-a',
        coderA: fx.ana,
        coderB: fx.budi,
        codeId: d.codeId,
        sourceId: d.sourceId,
        start: d.start,
        end: d.end,
        codingIdsA: d.codingsB.map((c) => c.id),
        codingIdsB: [],
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/not coder A's coding/) });
  });
});
