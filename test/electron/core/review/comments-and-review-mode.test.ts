import { afterEach, describe, expect, it } from 'vitest';
import { twoCoderProject, type TwoCoderProject } from './two-coder-project';

let fx: TwoCoderProject;
afterEach(() => fx?.p.close());

describe('review mode', () => {
  it('refuses every change to coding while on, and allows comments', async () => {
    fx = await twoCoderProject();
    const [coding] = await fx.p.call('codings.listBySource', { sourceId: fx.source, coderIds: [fx.ana] });
    expect(await fx.p.call('review.setMode', { on: true })).toEqual({ reviewMode: true });
    expect(await fx.p.call('review.state', {})).toEqual({ reviewMode: true });

    const refused = { code: 'read-only', message: expect.stringMatching(/Review mode is on/) };
    await expect(fx.p.call('codings.create', { sourceId: fx.source, start: 1, end: 5, codeId: fx.y })).rejects.toMatchObject(refused);
    await expect(fx.p.call('codings.delete', { ids: [coding!.id] })).rejects.toMatchObject(refused);
    await expect(fx.p.call('codings.resize', { id: coding!.id, start: 0, end: 4 })).rejects.toMatchObject(refused);
    await expect(
      fx.p.call('agreement.resolve', {
        action: 'accept-a', coderA: fx.ana, coderB: fx.budi, codeId: fx.x, sourceId: fx.source, start: 0, end: 10, codingIdsA: [coding!.id],
      }),
    ).rejects.toMatchObject(refused);
    await expect(fx.p.call('merge.apply', { path: fx.p.file })).rejects.toMatchObject(refused);
    expect((await fx.p.call('codings.listBySource', { sourceId: fx.source })).length).toBe(6);

    // A reviewer reads agreement and comments.
    await fx.p.call('agreement.compute', { coderIds: [fx.ana, fx.budi] });
    const thread = await fx.p.call('comments.create', { target: { kind: 'coding', id: coding!.id }, body: 'Why X here?' });
    expect(thread.status).toBe('open');

    await fx.p.call('review.setMode', { on: false });
    await fx.p.call('codings.create', { sourceId: fx.source, start: 1, end: 5, codeId: fx.y });
  });
});

describe('comment threads', () => {
  it('opens, replies, resolves and reopens threads on a coding, with author and time', async () => {
    fx = await twoCoderProject();
    const [coding] = await fx.p.call('codings.listBySource', { sourceId: fx.source, coderIds: [fx.budi] });
    await fx.p.call('users.setActive', { id: fx.ana });
    const created = await fx.p.call('comments.create', { target: { kind: 'coding', id: coding!.id }, body: 'Is "aaaaaaa" really X?' });
    expect(created.comments).toHaveLength(1);
    expect(created.comments[0]).toMatchObject({ authorName: 'ana', body: 'Is "aaaaaaa" really X?' });
    expect(created.targetLabel).toBe('I: aaaaaaa');
    expect(created.location).toMatchObject({ sourceId: fx.source, start: 0, end: 10, coderName: 'budi', codeName: 'X' });
    expect(Date.parse(created.createdAt)).not.toBeNaN();

    await fx.p.call('users.setActive', { id: fx.budi });
    const replied = await fx.p.call('comments.reply', { threadId: created.id, body: 'Yes: the whole turn is about X.' });
    expect(replied.comments.map((c) => c.authorName)).toEqual(['ana', 'budi']);

    await fx.p.call('users.setActive', { id: fx.ana });
    const resolved = await fx.p.call('comments.resolve', { threadId: created.id });
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: 'ana' });
    await expect(fx.p.call('comments.resolve', { threadId: created.id })).rejects.toMatchObject({ code: 'conflict' });
    expect(await fx.p.call('comments.listAll', { status: 'open' })).toEqual([]);
    expect((await fx.p.call('comments.listAll', { status: 'resolved' })).map((t) => t.id)).toEqual([created.id]);

    const reopened = await fx.p.call('comments.reopen', { threadId: created.id });
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, resolvedBy: null });
    await fx.p.call('comments.resolve', { threadId: created.id });
    // A reply to a resolved thread opens it again.
    expect((await fx.p.call('comments.reply', { threadId: created.id, body: 'One more thing.' })).status).toBe('open');

    // Empty comments are refused.
    await expect(fx.p.call('comments.reply', { threadId: created.id, body: '   ' })).rejects.toMatchObject({ code: 'invalid-input' });
    // The thread goes with its coding.
    await fx.p.call('codings.delete', { ids: [coding!.id] });
    expect(await fx.p.call('comments.listAll', {})).toEqual([]);
  });

  it('keeps threads on codes, matrix cells and conclusions apart', async () => {
    fx = await twoCoderProject();
    const onCode = await fx.p.call('comments.create', { target: { kind: 'code', id: fx.x }, body: 'Definition of X is vague.' });
    expect(onCode.targetLabel).toBe('X');
    const cell = { kind: 'matrix-cell' as const, id: 'matrix-1', rowKey: 'case-a', columnKey: fx.x };
    await fx.p.call('comments.create', { target: cell, body: 'Surprisingly high.' });
    await fx.p.call('comments.create', { target: { ...cell, columnKey: fx.y }, body: 'Other cell.' });
    expect((await fx.p.call('comments.list', { target: cell })).map((t) => t.comments[0]!.body)).toEqual(['Surprisingly high.']);
    expect((await fx.p.call('comments.list', { target: { kind: 'code', id: fx.x } })).map((t) => t.id)).toEqual([onCode.id]);
    expect(await fx.p.call('comments.list', { target: { kind: 'code', id: fx.y } })).toEqual([]);
    await expect(fx.p.call('comments.create', { target: { kind: 'conclusion', id: 'no-such-conclusion' }, body: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(fx.p.call('comments.create', { target: { kind: 'coding', id: 'no-such-coding' }, body: 'x' })).rejects.toMatchObject({ code: 'not-found' });

    const summary = await fx.p.call('review.summary', {});
    expect(summary.openThreads).toHaveLength(3);
    expect(summary.agreement?.coders.map((c) => c.name).sort()).toEqual(['ana', 'budi']);
  });
});
