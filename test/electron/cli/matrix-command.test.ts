import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/cli-main';
import { repoRoot } from '../../support/fixtures';
import { tempDir } from '../../support/temp-project';
import { buildSmallProject } from '../core/analysis/small-project';

let file: string;
beforeAll(async () => {
  const sp = await buildSmallProject();
  file = sp.project.file;
  sp.project.close();
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['matrix', file, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('telaah matrix', () => {
  it('prints the default cases × codes matrix as CSV with totals', async () => {
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      'Cases × Codes: coded segments,P,C1,C2,Q,Total',
      'A,4,2,2,2,5',
      'B,1,1,0,1,2',
      'C,0,0,0,1,1',
      'Total,5,3,2,4,8',
    ]);
  });

  it('groups rows by an attribute and counts cases, as JSON', async () => {
    const r = await run('--rows', 'attribute:status', '--cols', 'codes', '--cell', 'cases', '--format', 'json');
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out.join('\n'));
    expect(m.rows.map((x: { label: string }) => x.label)).toEqual(['honorer', 'PNS']);
    expect(m.values).toEqual([
      [1, 1, 0, 2],
      [1, 1, 1, 1],
    ]);
    expect(m.title).toBe('status × Codes: cases');
  });

  it('filters by set and coder names, codes as rows, words, percentages', async () => {
    const set = await run('--rows', 'codes', '--cols', 'cases', '--set', 'batch 1');
    expect(set.out.slice(1, 5)).toEqual(['P,3,0,0,3', '  C1,2,0,0,2', '  C2,1,0,0,1', 'Q,1,0,0,1']);
    const coder = await run('--coder', 'Second coder', '--rows', 'coders');
    expect(coder.out).toContain('Second coder,1,1,0,0,1');
    const words = await run('--cell', 'words');
    expect(words.out[1]).toBe('A,6,3,4,4,7');
    const pct = await run('--percent', 'row');
    expect(pct.out[1]).toBe('A,80.00,40.00,40.00,40.00,100.00');
  });

  it('writes a file with --out and explains mistakes', async () => {
    const out = path.join(tempDir(), 'm.csv');
    const w = await run('--out', out);
    expect(w.out[0]).toMatch(/Wrote 3 × 4 matrix to /);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\uFEFFCases × Codes: coded segments,P,C1,C2,Q,Total\r\nA,4,2,2,2,5\r\n/);
    const bad = await run('--rows', 'attribute:gender');
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/--rows: the project has no attribute "gender" \(it has: status, years\)/);
    const cell = await run('--cell', 'lots');
    expect(cell.code).toBe(2);
    expect(cell.err[0]).toMatch(/--cell must be one of codings, sources, cases, words, characters, presence/);
    const both = await run('--rows', 'codes', '--cols', 'codes');
    expect(both.code).toBe(1);
    expect(both.err[0]).toMatch(/co-occurrence/);
  });

  it('runs from the real command line', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'electron/cli/bin.mjs'), 'matrix', file, '--format', 'csv'], {
      encoding: 'utf8',
      env: { ...process.env, TELAAH_HOME: tempDir('telaah-home-') },
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('A,4,2,2,2,5');
  });
});
