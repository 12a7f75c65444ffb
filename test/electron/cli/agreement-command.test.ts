import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/fixtures';
import { tempDir } from '../../support/temp-project';
import { main } from '../../../electron/cli/cli-main';
import { twoCoderProject } from '../core/review/two-coder-project';

const bin = path.join(repoRoot, 'electron/cli/bin.mjs');
const home = tempDir('telaah-home-');

function telaah(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TELAAH_HOME: home } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let file: string;
beforeAll(async () => {
  const fx = await twoCoderProject();
  file = fx.p.file;
  fx.p.close();
});

describe('telaah agreement', () => {
  it('prints per-code and overall figures as JSON, coders by name', () => {
    const r = telaah('agreement', file, '--coders', 'ana,Budi', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.unit).toBe('characters');
    const x = report.codes.find((c: { codeName: string }) => c.codeName === 'X');
    // Worked out in test/electron/core/review/agreement-report.test.ts: κ = 7/15, α = 0.475.
    expect(x.percentAgreement.value).toBeCloseTo(0.75, 12);
    expect(x.cohenKappa.value).toBeCloseTo(7 / 15, 12);
    expect(x.krippendorffAlpha.value).toBeCloseTo(0.475, 12);
    expect(report.overall.cohenKappa.value).toBeCloseTo(0.424, 12);
    expect(report.formulas.map((f: { id: string }) => f.id)).toContain('cohen-kappa');
  });

  it('takes the unit and the overlap', () => {
    const seg = JSON.parse(telaah('agreement', file, '--coders', 'ana,budi', '--unit', 'segments', '--overlap', '0.5', '--json').out);
    expect(seg.overlap).toBe(0.5);
    expect(seg.codes.find((c: { codeName: string }) => c.codeName === 'X').segments).toEqual({ matched: 4, unmatchedFirst: 0, unmatchedSecond: 1 });
    const presence = JSON.parse(telaah('agreement', file, '--coders', 'ana,budi', '--unit', 'presence', '--json').out);
    expect(presence.unit).toBe('presence-source');
    expect(presence.overall.percentAgreement.value).toBe(0.5);
    const turns = JSON.parse(telaah('agreement', file, '--coders', 'ana,budi', '--unit', 'presence-turn', '--json').out);
    expect(turns.overall.units).toBe(6);
  });

  it('prints a readable table with the formulas', () => {
    const r = telaah('agreement', file, '--coders', 'ana,budi');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Agreement of ana, budi: Characters \(as NVivo\)$/m);
    expect(r.out).toMatch(/^X\s+32\s+75\.0 %\s+0\.467\s+0\.475$/m);
    expect(r.out).toMatch(/^\(all codes\)\s+64\s+71\.9 %\s+0\.424/m);
    expect(r.out).toMatch(/^Cohen's kappa: κ = \(p_o − p_e\)/m);
  });

  it('says what is wrong in one line', async () => {
    // In-process (same entry point as bin.mjs) to keep the test quick.
    const run = async (...args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(['agreement', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    const unknown = await run(file, '--coders', 'ana,cita');
    expect(unknown.code).toBe(1);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);
    expect(unknown.err).toMatch(/no coder named "cita" in this project \(coders: .*ana, budi\)/);
    expect((await run(file, '--coders', 'ana')).code).toBe(2);
    const unit = await run(file, '--coders', 'ana,budi', '--unit', 'words');
    expect(unit.code).toBe(2);
    expect(unit.err).toMatch(/--unit words is not a unit/);
    expect((await run(file, '--coders', 'ana,budi', '--overlap', '1.5')).code).toBe(2);
  });
});
