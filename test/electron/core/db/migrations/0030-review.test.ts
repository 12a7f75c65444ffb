import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../../electron/core/db/migrations';
import { twoCoderProject, type TwoCoderProject } from '../../review/two-coder-project';

let fx: TwoCoderProject;
afterEach(() => fx?.p.close());

const now = '2026-01-01T00:00:00.000Z';

describe('migration 0030 (review)', () => {
  it('creates the review tables with their rules', async () => {
    fx = await twoCoderProject();
    const db = fx.p.db;
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(30);
    const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['comment_threads', 'comments', 'disagreement_decisions']));
    const [coding] = await fx.p.call('codings.listBySource', { sourceId: fx.source });

    const thread = db.prepare(
      `INSERT INTO comment_threads (id, target_kind, coding_id, code_id, target_ref, row_key, column_key, status, created_at, resolved_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // A target kind must come with exactly its own reference.
    expect(() => thread.run('t1', 'coding', null, fx.x, null, null, null, 'open', now, null)).toThrow(/CHECK/);
    expect(() => thread.run('t1', 'matrix-cell', null, null, 'm', 'row', null, 'open', now, null)).toThrow(/CHECK/);
    expect(() => thread.run('t1', 'conclusion', null, null, null, null, null, 'open', now, null)).toThrow(/CHECK/);
    // Resolved iff it has a resolution time.
    expect(() => thread.run('t1', 'code', null, fx.x, null, null, null, 'resolved', now, null)).toThrow(/CHECK/);
    thread.run('t1', 'coding', coding!.id, null, null, null, null, 'open', now, null);
    thread.run('t2', 'conclusion', null, null, 'no-such-conclusion', null, null, 'open', now, null);
    db.prepare(`INSERT INTO comments (id, thread_id, body, created_at) VALUES ('c1', 't1', 'x', ?)`).run(now);
    expect(() => db.prepare(`INSERT INTO comments (id, thread_id, body, created_at) VALUES ('c2', 't1', '', ?)`).run(now)).toThrow(/CHECK/);

    // Deleting the coding deletes its threads and their comments; a conclusion thread stays.
    db.prepare('DELETE FROM codings WHERE id = ?').run(coding!.id);
    expect(db.prepare(`SELECT id FROM comment_threads`).all()).toEqual([{ id: 't2' }]);
    expect(db.prepare(`SELECT count(*) AS n FROM comments`).get()).toEqual({ n: 0 });

    const decision = db.prepare(
      `INSERT INTO disagreement_decisions (id, coder_a, coder_b, code_id, source_id, start, end, action, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const [lo, hi] = [fx.ana, fx.budi].sort() as [string, string];
    expect(() => decision.run('d1', hi, lo, fx.x, fx.source, 0, 5, 'keep-both', now)).toThrow(/CHECK/);
    expect(() => decision.run('d1', lo, hi, fx.x, fx.source, 5, 5, 'keep-both', now)).toThrow(/CHECK/);
    expect(() => decision.run('d1', lo, hi, fx.x, fx.source, 0, 5, 'ignore', now)).toThrow(/CHECK/);
    decision.run('d1', lo, hi, fx.x, fx.source, 0, 5, 'keep-both', now);
    expect(() => decision.run('d2', lo, hi, fx.x, fx.source, 0, 5, 'discuss', now)).toThrow(/UNIQUE/);
  });
});
