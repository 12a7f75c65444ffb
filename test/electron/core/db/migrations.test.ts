import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../../../electron/core/db/open-project';
import { migrations, LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { fillSampleProject } from '../../../../electron/core/sample/sample-project';
import { tempDir } from '../../../support/temp-project';
import { getBlocks } from '../../../../electron/core/store/source-blocks';
import { searchProject } from '../../../../electron/core/store/full-text-search';
import { recordStep, undo } from '../../../../electron/core/history/history';

/** The schema as SQL, by type and name (what the schema snapshot test compares too). */
const schemaOf = (db: Database.Database) =>
  db.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name`).all();

const columnsOf = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);

/**
 * Puts the data of a project in the newest format into an empty project of an older format, as
 * that version would have stored it: the columns both have, and a source's blocks one row each in
 * source_blocks for formats before 0040. (The store writes only the newest format.)
 */
function copyIntoOlderFormat(from: Database.Database, to: Database.Database): void {
  const tables = (to.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string }[])
    .filter((t) => !/VIRTUAL TABLE/i.test(t.sql) && !t.name.includes('_fts') && !t.name.startsWith('history_'))
    .map((t) => t.name);
  to.pragma('foreign_keys = OFF');
  to.transaction(() => {
    for (const table of tables) {
      if (table === 'source_blocks') continue;
      const theirs = new Set(columnsOf(from, table));
      if (theirs.size === 0) continue;
      const cols = columnsOf(to, table).filter((c) => theirs.has(c));
      const list = cols.map((c) => `"${c}"`).join(', ');
      const insert = to.prepare(`INSERT OR REPLACE INTO "${table}" (${list}) VALUES (${cols.map(() => '?').join(', ')})`);
      for (const row of from.prepare(`SELECT ${list} FROM "${table}"`).raw().all() as unknown[][]) insert.run(...row);
    }
    if (tables.includes('source_blocks')) {
      const insert = to.prepare(
        'INSERT INTO source_blocks (source_id, ordinal, start, end, body_start, kind, speaker, time_start_ms, time_end_ms, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const { id } of from.prepare('SELECT id FROM sources').all() as { id: string }[]) {
        getBlocks(from, id).forEach((b, i) => insert.run(id, i, b.start, b.end, b.bodyStart, b.kind, b.speaker, b.timeStartMs, b.timeEndMs, b.level));
      }
    }
  })();
  to.pragma('foreign_keys = ON');
  expect(to.pragma('foreign_key_check')).toEqual([]);
}

describe('migrations', () => {
  it('are numbered in steps of ten, in order', () => {
    migrations.forEach((m, i) => expect(m.version).toBe((i + 1) * 10));
  });

  it('bring a project made at each older version up to date with its data intact', async () => {
    const fresh = await openProject(path.join(tempDir(), 'fresh.telaah'), { create: true });
    const freshSchema = schemaOf(fresh.db);
    fresh.close();
    for (let upTo = 1; upTo < migrations.length; upTo++) {
      const old = migrations.slice(0, upTo);
      const file = path.join(tempDir(), `v${old[old.length - 1]!.version}.telaah`);
      const newest = await openProject(path.join(tempDir(), 'newest.telaah'), { create: true });
      newest.db.transaction(() => fillSampleProject(newest.db))();
      const blocks = new Map((newest.db.prepare('SELECT id FROM sources').all() as { id: string }[]).map((r) => [r.id, getBlocks(newest.db, r.id)]));
      const first = await openProject(file, { create: true, migrations: old });
      copyIntoOlderFormat(newest.db, first.db);
      newest.close();
      const before = first.db.prepare('SELECT count(*) AS n FROM codings').get();
      const snippets = first.db.prepare('SELECT id, snippet FROM selections ORDER BY id').all();
      first.close();

      const upgraded = await openProject(file);
      try {
        expect(upgraded.openedFromVersion).toBe(old[old.length - 1]!.version);
        expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
        expect(upgraded.db.prepare('SELECT count(*) AS n FROM codings').get()).toEqual(before);
        expect(upgraded.db.prepare('SELECT id, snippet FROM selections ORDER BY id').all()).toEqual(snippets);
        expect(upgraded.db.pragma('foreign_key_check')).toEqual([]);
        expect(fs.existsSync(`${file}.before-v${LATEST_SCHEMA_VERSION}.bak`)).toBe(true);
        // The schema is the newest one exactly (tables, indexes, FTS and undo triggers), as a new project has it.
        expect(schemaOf(upgraded.db)).toEqual(freshSchema);
        // Blocks come through whole, and every source is found by search.
        for (const [id, b] of blocks) expect(getBlocks(upgraded.db, id)).toEqual(b);
        expect(blocks.size).toBeGreaterThan(5);
        expect(searchProject(upgraded.db, 'honorer', 'sources', 50).length).toBe(blocks.size);
        upgraded.db.exec(`INSERT INTO sources_fts(sources_fts) VALUES ('integrity-check')`);
      } finally {
        upgraded.close();
      }
    }
  });

  it('0040 packs the blocks of a source stored one row each, and the history of the old format is not replayed', async () => {
    const file = path.join(tempDir(), 'v30.telaah');
    const old = await openProject(file, { create: true, migrations: migrations.filter((m) => m.version <= 30) });
    const db = old.db;
    const run = (label: string, sql: string) => db.transaction(() => recordStep(db, label, () => db.exec(sql)))();
    run(
      'Import',
      `INSERT INTO sources (id, name, format, text, text_hash, char_count, word_count, imported_at) VALUES ('s1', 'Wawancara', 'txt', 'P: Halo
I: Ya', 'h', 14, 4, '2026-01-01');
       INSERT INTO source_blocks (source_id, ordinal, start, end, body_start, kind, speaker) VALUES ('s1', 0, 0, 8, 3, 'turn', 'P'), ('s1', 1, 8, 14, 11, 'turn', 'I');`,
    );
    run('New code', `INSERT INTO codes (id, name, color, created_at) VALUES ('c1', 'Keahlian dasar', '#336699', '2026-01-01')`);
    old.close();

    const upgraded = await openProject(file);
    try {
      expect(getBlocks(upgraded.db, 's1').map((b) => [b.start, b.end, b.bodyStart, b.kind, b.speaker])).toEqual([
        [0, 8, 3, 'turn', 'P'],
        [8, 14, 11, 'turn', 'I'],
      ]);
      expect(upgraded.db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'source_blocks'`).pluck().get()).toBe(0);
      // Its steps are SQL against tables that changed: undo starts afresh after an upgrade.
      expect(undo(upgraded.db)).toBeNull();
      expect(upgraded.db.prepare('SELECT count(*) FROM codes').pluck().get()).toBe(1);
    } finally {
      upgraded.close();
    }
  });
});

