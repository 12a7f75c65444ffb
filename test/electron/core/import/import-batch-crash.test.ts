import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../../../electron/core/db/open-project';
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
        const blocks = db.prepare('SELECT count(*) AS n, max(end) AS last FROM source_blocks WHERE source_id = ?').get(s.id) as { n: number; last: number };
        expect(blocks.n).toBe(400);
        expect(blocks.last).toBe(s.char_count);
      });
      const orphans = db.prepare('SELECT count(*) AS n FROM source_blocks WHERE source_id NOT IN (SELECT id FROM sources)').get() as { n: number };
      expect(orphans.n).toBe(0);
      const steps = db.prepare(`SELECT count(*) AS n FROM history_steps WHERE stack = 'undo'`).get() as { n: number };
      expect(steps.n).toBe(sources.length);
      const fts = db.prepare(`SELECT count(*) AS n FROM sources_fts WHERE sources_fts MATCH 'puskesmas'`).get() as { n: number };
      expect(fts.n).toBe(sources.length);
    } finally {
      p.close();
    }
  });
});
