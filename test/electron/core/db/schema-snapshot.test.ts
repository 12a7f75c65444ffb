import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProject, type ProjectHandle } from '../../../../electron/core/db/open-project';
import { tempDir } from '../../../support/temp-project';

let p: ProjectHandle | null = null;
afterEach(() => p?.close());

/**
 * The whole schema a new project gets, as SQL, compared with the committed snapshot. A change
 * here means a migration changed: add a new migration instead of editing one that has shipped,
 * then update the snapshot on purpose (vitest -u).
 */
describe('schema snapshot', () => {
  it('matches the committed schema', async () => {
    p = await openProject(path.join(tempDir(), 's.telaah'), { create: true });
    const rows = p.db
      .prepare(`SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name`)
      .all() as { type: string; name: string; sql: string }[];
    const text = rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.replace(/[ \t]+$/gm, '')};`).join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot('./schema.snapshot.sql');
  });
});
