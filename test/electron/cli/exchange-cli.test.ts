import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../../support/fixtures';
import { tempDir } from '../../support/temp-project';
import { PROJECT_XSD, validateXml } from '../core/exchange/xsd-validate';

const bin = path.join(repoRoot, 'electron/cli/bin.mjs');
const home = tempDir('telaah-home-');

function telaah(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TELAAH_HOME: home } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('telaah export / import / new --from', () => {
  it('exports every format, rebuilds the project from its .qdpx, and imports a codebook', () => {
    const dir = tempDir();
    const study = path.join(dir, 'study.telaah');
    expect(telaah('new', study, '--sample').code).toBe(0);
    for (const [format, out] of [
      ['qdpx', 'study.qdpx'],
      ['qdc', 'codes.qdc'],
      ['xlsx', 'segments.xlsx'],
    ]) {
      const r = telaah('export', study, '--format', format!, '-o', path.join(dir, out!));
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Wrote .*${out!.replace('.', '\\.')} \\(${format}, \\d+ bytes\\)`));
    }
    const entries = unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, 'study.qdpx'))));
    expect(validateXml(new TextDecoder().decode(entries['project.qde']), PROJECT_XSD).output).toBe('');

    const copy = path.join(dir, 'copy.telaah');
    const made = telaah('new', copy, '--from', path.join(dir, 'study.qdpx'));
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/new: {6}2 users, 12 codes, 8 sources, 57 selections, 68 codings, 8 cases, 5 attributes, 5 memos/);
    const info = JSON.parse(telaah('info', copy, '--json').out);
    expect(info.name).toBe('Contoh: Tenaga honorer di puskesmas (sintetis)');
    expect(info.counts).toMatchObject({ sources: 8, codes: 12, codings: 68, cases: 8, memos: 5 });

    const fresh = path.join(dir, 'fresh.telaah');
    expect(telaah('new', fresh).code).toBe(0);
    const imp = telaah('import', fresh, path.join(dir, 'codes.qdc'), fixturePath('documents/transcript.txt'));
    expect(imp.code).toBe(0);
    expect(imp.out).toMatch(/^Imported codebook codes\.qdc \(qdc\): 12 new codes, 0 already in the codebook$/m);
    expect(imp.out).toMatch(/^ok\s+transcript\.txt$/m);
  }, 240_000);

  it('prints the import report for the ATLAS.ti project and removes a project whose --from import failed', () => {
    const dir = tempDir();
    const atlas = path.join(dir, 'atlas.telaah');
    const r = telaah('new', atlas, '--from', fixturePath('refi-qda/atlasti-8-standard-project/TestProject.qdpx'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Imported TestProject\.qdpx \("ATLAS\.ti standard project", made by ATLAS\.ti 8\.4\.0/m);
    expect(r.out).toMatch(/new: {6}3 users, 14 codes, 16 sets, 2 memos/);
    expect(r.out).toMatch(/- source "Mabel\.txt": its text file is missing/);

    const bad = path.join(dir, 'bomb.qdpx');
    fs.writeFileSync(bad, fs.readFileSync(fixturePath('malicious-xml/xmlbomb.xml')));
    const target = path.join(dir, 'never.telaah');
    const failed = telaah('new', target, '--from', bad);
    expect(failed.code).toBe(1);
    expect(failed.err.trim()).toMatch(/^telaah new: bomb\.qdpx: XML, line \d+: DOCTYPE\/entity declarations are not allowed/);
    expect(fs.existsSync(target)).toBe(false);

    expect(telaah('export', atlas, '--format', 'qdpx').code).toBe(2);
    const unknown = telaah('export', atlas, '--format', 'pdf', '-o', path.join(dir, 'x.pdf'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/Unknown export format "pdf"/);
  }, 240_000);
});
