import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openProject, TELAAH_APPLICATION_ID } from '../../../../electron/core/db/open-project';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../../electron/core/db/migrations';
import type { Migration } from '../../../../electron/core/db/migrations/migration';
import { ProjectError } from '../../../../electron/core/db/project-error';
import { listBackups, rotateBackup } from '../../../../electron/core/db/backups';
import { tempDir } from '../../../support/temp-project';
import { repoRoot } from '../../../support/fixtures';
import { toApiError } from '../../../../electron/core/api/dispatch';
import { fillPlaceholders } from '../../../../shared/api/phrase';
import indonesianErrors from '../../../../resources/locales/id/errors.json';

const opened: { close(): void }[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

async function create(file: string) {
  const p = await openProject(file, { create: true });
  opened.push(p);
  return p;
}

describe('openProject', () => {
  it('creates a project with the pragmas DESIGN.md requires', async () => {
    const p = await create(path.join(tempDir(), 'a.telaah'));
    expect(p.db.pragma('application_id', { simple: true })).toBe(TELAAH_APPLICATION_ID);
    expect(p.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(p.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(p.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(p.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = p.db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'`).all() as { name: string; sql: string }[];
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT/);
  });

  it('refuses to create over an existing file and to open a missing one', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.telaah');
    (await create(file)).close();
    await expect(openProject(file, { create: true })).rejects.toMatchObject({ code: 'already-exists' });
    await expect(openProject(path.join(dir, 'missing.telaah'))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a file that is not SQLite, and an SQLite file that is not a project, naming the file', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.telaah');
    fs.writeFileSync(text, 'just some text, not a database at all');
    await expect(openProject(text)).rejects.toThrow(/notes\.telaah is not a Telaah project/);
    const other = path.join(dir, 'other.telaah');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    await expect(openProject(other)).rejects.toMatchObject({ code: 'not-a-project' });
  });

  it('refuses a project from a newer Telaah and leaves the file untouched', async () => {
    const file = path.join(tempDir(), 'future.telaah');
    (await create(file)).close();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    db.close();
    const before = fs.readFileSync(file);
    const err = await openProject(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProjectError);
    expect((err as ProjectError).code).toBe('newer-version');
    expect((err as Error).message).toMatch(/newer version of Telaah/);
    // Through the API the refusal keeps its phrase, which the interface words in Indonesian.
    const reason = toApiError(err).toJSON().reason!;
    expect(reason).toMatchObject({ key: 'errors.project.newerVersion', params: { file, version: LATEST_SCHEMA_VERSION + 10, latest: LATEST_SCHEMA_VERSION } });
    expect(fillPlaceholders(indonesianErrors[reason.key as keyof typeof indonesianErrors], reason.params)).toContain('disimpan oleh versi Telaah yang lebih baru');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('migrates an older file in one transaction after a backup copy, covering new tables with undo', async () => {
    const file = path.join(tempDir(), 'old.telaah');
    (await create(file)).close();
    opened.pop();
    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'test-notes',
      up: (db) => db.exec(`CREATE TABLE test_notes (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT`),
    };
    const p = await openProject(file, { migrations: [...migrations, next] });
    opened.push(p);
    expect(p.openedFromVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(p.db.pragma('user_version', { simple: true })).toBe(next.version);
    expect(fs.existsSync(`${file}.before-v${next.version}.bak`)).toBe(true);
    const triggers = p.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'test_notes'`).all();
    expect(triggers).toHaveLength(3);
  });

  it('leaves the file as it was when a migration fails', async () => {
    const file = path.join(tempDir(), 'bad.telaah');
    (await create(file)).close();
    opened.pop();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'broken',
      up: (db) => {
        db.exec(`CREATE TABLE half_done (x TEXT) STRICT`);
        throw new Error('disk on fire');
      },
    };
    const err = await openProject(file, { migrations: [...migrations, broken] }).catch((e: unknown) => e);
    expect((err as ProjectError).code).toBe('migration-failed');
    expect((err as Error).message).toMatch(/bad\.telaah: updating the project format failed \(disk on fire\); the file was left as it was/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(check.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'`).get()).toEqual({ n: 0 });
    check.close();
  });

  it('lets one process at a time open a project, naming who holds it', async () => {
    const file = path.join(tempDir(), 'locked.telaah');
    const p = await create(file);
    const script = `
      import { openProject } from ${JSON.stringify(path.join(repoRoot, 'electron/core/db/open-project.ts'))};
      try { await openProject(${JSON.stringify(file)}); console.log('opened'); }
      catch (e) { console.log(e.code + ': ' + e.message); }`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stdout).toMatch(/^locked: .*locked\.telaah is already open in another Telaah process \(process \d+/);
    p.close();
    opened.pop();
    const again = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(again.stdout.trim()).toBe('opened');
  });

  it('takes over a lock left by a process that died', async () => {
    const file = path.join(tempDir(), 'stale.telaah');
    (await create(file)).close();
    opened.pop();
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: 999_999, host: (await import('node:os')).hostname(), user: 'x', since: 'then' }));
    const p = await openProject(file);
    opened.push(p);
    expect(JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8')).pid).toBe(process.pid);
  });

  it('keeps the newest N rotating backups, each a complete project', async () => {
    const file = path.join(tempDir(), 'b.telaah');
    const p = await create(file);
    for (let i = 0; i < 5; i++) await rotateBackup(p.db, file, 3, new Date(Date.UTC(2026, 0, 1 + i)));
    const backups = listBackups(file);
    expect(backups).toHaveLength(3);
    expect(path.basename(backups[2]!)).toMatch(/b-20260105T000000Z\.telaah$/);
    const copy = new Database(backups[0]!, { readonly: true });
    expect(copy.pragma('application_id', { simple: true })).toBe(TELAAH_APPLICATION_ID);
    copy.close();
  });
});
