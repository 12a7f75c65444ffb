import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../../../electron/core/db/open-project';
import { getBlocks } from '../../../../electron/core/store/source-blocks';
import { indexPendingSources } from '../../../../electron/core/store/search-index';
import { repoRoot } from '../../../support/fixtures';
import { tempDir } from '../../../support/temp-project';

function transcript(i: number): string {
  const turns: string[] = [];
  for (let t = 0; t < 400; t++) {
    turns.push(`${t % 2 ? 'Informan' : 'Pewawancara'}: Wawancara ${i}, giliran ${t}. Tenaga honorer di puskesmas bekerja dengan jam kerja yang panjang dan pelatihan yang jarang.`);
  }
  return turns.join('\n\n');
}

describe('a batch import killed midway', () => {
  it('keeps every committed file whole and nothing of the unfinished one', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'crash.telaah');
    const docs = path.join(dir, 'docs');
    fs.mkdirSync(docs);
    const paths: string[] = [];
    for (let i = 0; i < 200; i++) {
      const p = path.join(docs, `wawancara-${String(i).padStart(3, '0')}.txt`);
      fs.writeFileSync(p, transcript(i));
      paths.push(p);
    }
    (await openProject(file, { create: true })).close();

    const script = `
      import { CliProject } from ${JSON.stringify(path.join(repoRoot, 'electron/cli/cli-context.ts'))};
      const p = new CliProject();
      await p.call('project.open', { path: ${JSON.stringify(file)} });
      console.log('started');
      await p.call('sources.import', { paths: ${JSON.stringify(paths)}, options: {} });
      console.log('finished');`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));

    // Watch the file from outside (WAL lets a reader in) and kill the importer mid-batch.
    const watcher = () => {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      seen = watcher();
      if (seen >= 15) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(out).not.toContain('finished');
    expect(seen).toBeGreaterThanOrEqual(15);

    // Reopen (the dead process's lock is taken over) and check every stored file is whole.
    const p = await openProject(file);
    try {
      const db = p.db;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const sources = db.prepare('SELECT id, name, text, char_count FROM sources ORDER BY name').all() as { id: string; name: string; text: string; char_count: number }[];
      expect(sources.length).toBeGreaterThanOrEqual(seen);
      expect(sources.length).toBeLessThan(200);
      sources.forEach((s, i) => {
        expect(s.name).toBe(`wawancara-${String(i).padStart(3, '0')}`);
        expect(s.text).toBe(transcript(i));
        const blocks = getBlocks(db, s.id);
        expect(blocks.length).toBe(400);
        expect(blocks.at(-1)!.end).toBe(s.char_count);
      });
      const steps = db.prepare(`SELECT count(*) AS n FROM history_steps WHERE stack = 'undo'`).get() as { n: number };
      expect(steps.n).toBe(sources.length);
      // Sources are indexed for search after storing; the queue survived the kill, so every
      // committed source is found once it is indexed, and nothing else is.
      expect(indexPendingSources(db)).toBe(0);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const fts = db.prepare(`SELECT count(*) AS n FROM sources_fts WHERE sources_fts MATCH 'puskesmas'`).get() as { n: number };
      expect(fts.n).toBe(sources.length);
      db.exec(`INSERT INTO sources_fts(sources_fts) VALUES ('integrity-check')`);
    } finally {
      p.close();
    }
  });
});
