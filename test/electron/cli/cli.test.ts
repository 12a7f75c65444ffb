import path from 'node:path';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../../support/fixtures';
import { tempDir } from '../../support/temp-project';

const bin = path.join(repoRoot, 'electron/cli/bin.mjs');
const home = tempDir('telaah-home-');

function telaah(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TELAAH_HOME: home } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each call starts a Node process that compiles TypeScript through tsx: seconds each on a busy machine.
describe('telaah command line', { timeout: 240_000 }, () => {
  it('creates, imports, reports, auto-codes and searches a project end to end', () => {
    const file = path.join(tempDir(), 'study.telaah');
    expect(telaah('new', file).code).toBe(0);
    const imp = telaah('import', file, fixturePath('documents/transcript.txt'), fixturePath('documents/ID1.docx'), fixturePath('docx/empty.docx'));
    expect(imp.code).toBe(1); // one file failed
    expect(imp.out).toMatch(/^ok\s+transcript\.txt$/m);
    expect(imp.out).toMatch(/^ok\s+ID1\.docx$/m);
    expect(imp.out).toMatch(/^failed\s+empty\.docx: /m);
    expect(imp.out).toMatch(/2 imported, 1 failed\./);

    const info = JSON.parse(telaah('info', file, '--json').out);
    expect(info.counts).toMatchObject({ sources: 2, codes: 0, codings: 0, coders: 1 });

    const auto = telaah('autocode', file, '--code', 'Kursus', '--pattern', 'cours?e', '--scope', 'match', '--json');
    expect(auto.code).toBe(0);
    const applied = JSON.parse(auto.out);
    const text = fs.readFileSync(fixturePath('documents/transcript.txt'), 'utf8');
    expect(applied.created).toBeGreaterThanOrEqual((text.match(/cours?e/gi) ?? []).length);

    const turns = JSON.parse(telaah('autocode', file, '--code', 'Student 2', '--speaker', 'id2', '--json').out);
    expect(turns.created).toBe(text.split('\n').filter((l) => l.startsWith('[id2]')).length);

    const codes = JSON.parse(telaah('codes', file, '--json').out);
    expect(codes.map((c: { name: string }) => c.name).sort()).toEqual(['Kursus', 'Student 2']);

    const hits = JSON.parse(telaah('search', file, 'lecture slides', '--json').out);
    expect(hits[0]).toMatchObject({ kind: 'source', name: 'transcript' });
    expect(hits[0].snippet).toContain('\uE000lecture\uE001');
  });

  it('exits non-zero with one line that says why', () => {
    const missing = telaah('info', path.join(tempDir(), 'nope.telaah'));
    expect(missing.code).toBe(1);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toMatch(/nope\.telaah does not exist/);

    const usage = telaah('autocode', 'x.telaah', '--code', 'A');
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/give exactly one of --pattern, --keyword or --speaker/);

    expect(telaah('frobnicate').code).toBe(2);
    expect(telaah('info', 'a', '--bogus').code).toBe(2);

    const bad = path.join(tempDir(), 'bad.telaah');
    fs.writeFileSync(bad, 'not a database');
    const notProject = telaah('info', bad);
    expect(notProject.code).toBe(1);
    expect(notProject.err).toMatch(/bad\.telaah is not a Telaah project/);

    const file = path.join(tempDir(), 'r.telaah');
    telaah('new', file);
    const regex = telaah('autocode', file, '--code', 'X', '--pattern', '([');
    expect(regex.code).toBe(1);
    expect(regex.err).toMatch(/not a valid regular expression/);
  });
});
