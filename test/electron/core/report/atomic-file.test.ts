import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargetFolder, writeFileAtomically } from '../../../../electron/core/report/atomic-file';
import { expandTypedPath, outputPath } from '../../../../electron/core/typed-paths';
import { tempDir } from '../../../support/temp-project';

describe('writeFileAtomically', () => {
  it('replaces the target in one step and leaves no temp file', async () => {
    const dir = tempDir('telaah-atomic-');
    const target = path.join(dir, 'r.docx');
    fs.writeFileSync(target, 'old');
    await writeFileAtomically(target, new TextEncoder().encode('new report'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new report');
    expect(fs.readdirSync(dir)).toEqual(['r.docx']);
  });

  it('keeps the old file when the write fails (target is a folder) and cleans up', async () => {
    const dir = tempDir('telaah-atomic-');
    const target = path.join(dir, 'taken');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'x');
    await expect(writeFileAtomically(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['taken']);
  });

  it('names the missing folder', () => {
    expect(() => checkTargetFolder('/no/such/place/r.docx')).toThrow('Cannot write /no/such/place/r.docx: the folder /no/such/place does not exist.');
  });
});

describe('typed paths', () => {
  it('expands ~ for reading without creating anything', () => {
    const home = tempDir('telaah-home-');
    expect(expandTypedPath('~/Telaah/p.qdpx', home)).toBe(path.join(home, 'Telaah', 'p.qdpx'));
    expect(fs.existsSync(path.join(home, 'Telaah'))).toBe(false);
  });

  it('creates only the default ~/Telaah folder for writing', () => {
    const home = tempDir('telaah-home-');
    expect(outputPath('~/Telaah/p-report.docx', home)).toBe(path.join(home, 'Telaah', 'p-report.docx'));
    expect(fs.statSync(path.join(home, 'Telaah')).isDirectory()).toBe(true);
    expect(outputPath('~/Elsewhere/r.docx', home)).toBe(path.join(home, 'Elsewhere', 'r.docx'));
    expect(fs.existsSync(path.join(home, 'Elsewhere'))).toBe(false);
  });
});
