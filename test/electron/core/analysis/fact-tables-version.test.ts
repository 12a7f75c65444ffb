import { afterEach, describe, expect, it } from 'vitest';
import { factTablesVersion } from '../../../../electron/core/analysis/fact-tables-version';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

describe('factTablesVersion', () => {
  it('moves on changes to codings, selections, sources, codes and users, and not on other writes', async () => {
    p = await TestProject.create({ sample: true });
    const db = p.db;
    const v0 = factTablesVersion(db);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('x', '1') ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run();
    await p.call('cases.create', { name: 'Kasus baru', sourceIds: [] });
    expect(factTablesVersion(db)).toBe(v0);
    const source = (await p.call('sources.list', {}))[0]!;
    const code = (await p.call('codes.list', {}))[0]!;
    await p.call('codings.create', { sourceId: source.id, start: 0, end: 5, codeId: code.id });
    const v1 = factTablesVersion(db);
    expect(v1).toBeGreaterThan(v0);
    await p.call('history.undo', {});
    const v2 = factTablesVersion(db);
    expect(v2).toBeGreaterThan(v1);
    await p.call('codes.update', { id: code.id, name: 'Nama baru' });
    const v3 = factTablesVersion(db);
    expect(v3).toBeGreaterThan(v2);
    await p.call('sources.rename', { id: source.id, name: 'Wawancara diganti' });
    const v4 = factTablesVersion(db);
    expect(v4).toBeGreaterThan(v3);
    await p.call('users.create', { name: 'pembimbing kedua' });
    expect(factTablesVersion(db)).toBeGreaterThan(v4);
  });

  it('does not set up its watch inside a transaction, where a rollback would take it away', async () => {
    p = await TestProject.create({ sample: true });
    const db = p.db;
    expect(() =>
      db.transaction(() => {
        factTablesVersion(db);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    const v0 = factTablesVersion(db);
    db.prepare(`UPDATE codes SET name = name || '.'`).run();
    expect(factTablesVersion(db)).toBeGreaterThan(v0);
  });

  it('never goes back when a change is rolled back', async () => {
    p = await TestProject.create({ sample: true });
    const db = p.db;
    const v0 = factTablesVersion(db);
    expect(() =>
      db.transaction(() => {
        db.prepare('DELETE FROM codings').run();
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(factTablesVersion(db)).toBeGreaterThan(v0);
    expect((db.prepare('SELECT count(*) FROM codings').pluck().get() as number)).toBeGreaterThan(0);
  });
});
