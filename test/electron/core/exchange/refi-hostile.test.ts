import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { readFixture } from '../../../support/fixtures';
import { TestProject, tempDir } from '../../../support/temp-project';
import { buildZip, deflatedEntry, deflatedZeros } from '../archive/zip-builder';
import { qdpx } from './exchange-fixtures';

let open: TestProject[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

async function importError(bytes: Uint8Array, name: string): Promise<{ error: ApiError; p: TestProject }> {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  const p = await TestProject.create();
  open.push(p);
  try {
    await p.call('exchange.importProject', { path: file });
  } catch (err) {
    return { error: err as ApiError, p };
  }
  throw new Error(`${name} was imported`);
}

function nothingStored(p: TestProject): void {
  for (const table of ['codes', 'sources', 'selections', 'codings', 'memos', 'sets', 'cases']) {
    expect((p.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
  }
}

const ENTITY_ATTACKS = ['xmlbomb.xml', 'xmlbomb2.xml', 'quadratic.xml', 'cyclic.xml', 'dtd.xml', 'external.xml', 'external_file.xml'];

describe('hostile REFI-QDA files', () => {
  it.each(ENTITY_ATTACKS)('refuses %s wrapped as project.qde, naming the file and entry', async (name) => {
    const { error, p } = await importError(qdpx({ 'project.qde': readFixture('malicious-xml', name) }), `attack-${name}.qdpx`);
    expect(error.code).toBe('import-failed');
    expect(error.message).toContain(`attack-${name}.qdpx`);
    expect(error.message).toMatch(/part "project\.qde", line \d+: DOCTYPE\/entity declarations are not allowed/);
    nothingStored(p);
  });

  it('refuses the same attacks as a bare .qde and as a .qdc codebook', async () => {
    const file = path.join(tempDir(), 'bomb.qde');
    fs.writeFileSync(file, readFixture('malicious-xml', 'xmlbomb.xml'));
    const p = await TestProject.create();
    open.push(p);
    await expect(p.call('exchange.importProject', { path: file })).rejects.toThrow(/bomb\.qde: XML, line \d+: DOCTYPE\/entity declarations are not allowed/);
    const qdc = path.join(tempDir(), 'bomb.qdc');
    fs.writeFileSync(qdc, readFixture('malicious-xml', 'external_file.xml'));
    await expect(p.call('exchange.importCodebook', { path: qdc })).rejects.toThrow(/bomb\.qdc: XML, line \d+: DOCTYPE/);
    nothingStored(p);
  });

  it('refuses a zip bomb among the sources', async () => {
    const zeros = await deflatedZeros(64 * 1024 * 1024);
    const zip = buildZip([
      deflatedEntry('project.qde', '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>'),
      { name: 'sources/a.txt', stored: zeros.stored, method: 8, crc32: 0, declaredSize: 64 * 1024 * 1024 },
    ]);
    const { error, p } = await importError(zip, 'bomb.qdpx');
    expect(error.message).toMatch(/bomb\.qdpx: entry "sources\/a\.txt": .*possible zip bomb/);
    nothingStored(p);
  });

  it('refuses an entry whose path climbs out of the archive', async () => {
    const zip = buildZip([deflatedEntry('project.qde', '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>'), deflatedEntry('../evil.txt', 'evil')]);
    const { error, p } = await importError(zip, 'climb.qdpx');
    expect(error.message).toBe('climb.qdpx: entry "../evil.txt" climbs out of the archive with ".."; the archive was not read');
    nothingStored(p);
  });

  it('never follows a plainTextPath out of the archive or to an absolute path', async () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
      <TextSource guid="a0000000-0000-4000-8000-000000000001" name="up" plainTextPath="internal://../../etc/passwd"/>
      <TextSource guid="a0000000-0000-4000-8000-000000000002" name="abs" plainTextPath="absolute:///etc/passwd"/>
      <TextSource guid="a0000000-0000-4000-8000-000000000003" name="win" plainTextPath="C:\\Windows\\win.ini"/>
    </Sources></Project>`;
    const file = path.join(tempDir(), 'paths.qdpx');
    fs.writeFileSync(file, qdpx({ 'project.qde': xml }));
    const p = await TestProject.create();
    open.push(p);
    const r = await p.call('exchange.importProject', { path: file });
    expect(r.imported.sources).toBe(0);
    expect(r.skipped.map((s) => `${s.name}: ${s.reason}`)).toEqual([
      expect.stringMatching(/^up: its text file is missing: "internal:\/\/..\/..\/etc\/passwd" climbs out of the project folder/),
      expect.stringMatching(/^abs: its text file is missing: "absolute:\/\/\/etc\/passwd" is an absolute path outside the project/),
      expect.stringMatching(/^win: its text file is missing: "C:\\Windows\\win.ini" is an absolute path/),
    ]);
  });

  it('says what is wrong with a file that is not a REFI-QDA project', async () => {
    const { error } = await importError(qdpx({ 'word/document.xml': '<w/>' }), 'word.qdpx');
    expect(error.message).toBe('word.qdpx: the archive holds no project file (project.qde); it is not a REFI-QDA project');
    const other = await importError(qdpx({ 'project.qde': '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>' }), 'cb.qdpx');
    expect(other.error.message).toBe('cb.qdpx: "project.qde" is not a REFI-QDA project: its root element is <CodeBook>, not <Project>');
    const broken = await importError(qdpx({ 'project.qde': '<Project name="x"><Users></Project>' }), 'broken.qdpx');
    expect(broken.error.message).toMatch(/^broken\.qdpx: part "project\.qde" is not well-formed XML \(line 1/);
  });
});
