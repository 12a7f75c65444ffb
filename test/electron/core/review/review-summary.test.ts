import { afterEach, describe, expect, it } from 'vitest';
import { plainTextToLexicalJson } from '../../../../shared/memo/lexical-json';
import { reviewSummary } from '../../../../electron/core/review/review-summary';
import { twoCoderProject, type TwoCoderProject } from './two-coder-project';

let fx: TwoCoderProject;
afterEach(() => fx?.p.close());

describe('review summary (data for the Word report section)', () => {
  it('holds the agreement table, the open threads, decisions and the verdicts on conclusions', async () => {
    fx = await twoCoderProject();
    const save = (title: string, text: string) =>
      fx.p.call('conclusions.save', { title, contentJson: plainTextToLexicalJson(text), plainText: text, tactic: 'noting-patterns' });
    const verified = await save('Turn 1 is about X', 'Both coders code turn 1 with X.');
    const draft = await save('Y is rare', 'Only one coder used Y.');
    await fx.p.call('users.setActive', { id: fx.budi });
    await fx.p.call('conclusions.setStatus', { id: verified.id, status: 'verified', comment: 'Agreed: both coded it.' });
    const onConclusion = await fx.p.call('comments.create', { target: { kind: 'conclusion', id: draft.id }, body: 'Check turn 3 again.' });
    expect(onConclusion.targetLabel).toBe('Y is rare');
    const done = await fx.p.call('comments.create', { target: { kind: 'code', id: fx.y }, body: 'Define Y.' });
    await fx.p.call('comments.resolve', { threadId: done.id });

    const s = reviewSummary(fx.p.db, { unit: 'presence-turn' });
    // The two coders with codings, the busiest first (ana 3 codings, budi 3: ties by name).
    expect(s.agreement!.coders.map((c) => c.name)).toEqual(['ana', 'budi']);
    expect(s.agreement!.unit).toBe('presence-turn');
    expect(s.agreement!.overall.units).toBe(6);
    expect(s.openThreads.map((t) => t.comments[0]!.body)).toEqual(['Check turn 3 again.']);
    expect(s.resolvedThreadCount).toBe(1);
    expect(s.decisions).toEqual({ accepted: 0, keepBoth: 0, discuss: 0 });
    expect(s.conclusions).toEqual([
      { id: verified.id, title: 'Turn 1 is about X', verdict: 'verified', comment: 'Agreed: both coded it.', reviewedBy: 'budi', reviewedAt: expect.any(String) },
      { id: draft.id, title: 'Y is rare', verdict: 'draft', comment: '', reviewedBy: null, reviewedAt: null },
    ]);
    // Through the API it is the same data.
    expect(await fx.p.call('review.summary', { unit: 'presence-turn' })).toEqual({ ...s, reviewMode: false });
  });

  it('has no agreement table while fewer than two coders have coded', async () => {
    fx = await twoCoderProject();
    const budiCodings = await fx.p.call('codings.listBySource', { sourceId: fx.source, coderIds: [fx.budi] });
    await fx.p.call('codings.delete', { ids: budiCodings.map((c) => c.id) });
    expect(reviewSummary(fx.p.db).agreement).toBeNull();
  });
});
