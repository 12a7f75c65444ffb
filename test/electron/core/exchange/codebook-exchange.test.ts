import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturePath } from '../../../support/fixtures';
import { TestProject, tempDir } from '../../../support/temp-project';
import { richProject } from './rich-project';
import { codebookFingerprint } from './exchange-fixtures';
import { CODEBOOK_XSD, validateXml } from './xsd-validate';

let open: TestProject[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

async function empty(): Promise<TestProject> {
  const p = await TestProject.create();
  open.push(p);
  return p;
}

describe('codebook exchange', () => {
  it('reads Taguette\'s codebook although it fails Codebook.xsd, with a warning', async () => {
    const file = fixturePath('refi-qda/negative/taguette-empty-sets.qdc');
    expect(validateXml(fs.readFileSync(file, 'utf8'), CODEBOOK_XSD).ok).toBe(false);
    const p = await empty();
    const r = await p.call('exchange.importCodebook', { path: file });
    expect(r).toMatchObject({ format: 'qdc', created: 3, matched: 0 });
    expect(r.warnings).toEqual([expect.stringMatching(/taguette-empty-sets\.qdc: the empty <Sets\/> element is not valid against Codebook\.xsd/)]);
    const codes = await p.call('codes.list', {});
    expect(codes.map((c) => c.name)).toEqual(['interesting', 'people', 'interesting\\places']);
    expect(codes[0]!.id).toBe('0d62985d-b147-5d01-a9b5-cae5dcd98342');
  });

  it('imports QualCoder\'s tab-separated category>>code list with CRLF', async () => {
    const p = await empty();
    const r = await p.call('exchange.importCodebook', { path: fixturePath('documents/plain_codes_categories_for_import.txt') });
    expect(r).toMatchObject({ format: 'code-list', created: 9, warnings: [] });
    expect(codebookFingerprint(p.db).map((j) => JSON.parse(j).path as string).sort()).toEqual(
      ['cat1', 'cat1 > code2', 'cat1 > code3', 'cat3', 'cat3 > cat2', 'cat3 > cat2 > code4', 'cat3 > code5', 'code1', 'code6'],
    );
    const code4 = (await p.call('codes.list', {})).find((c) => c.name === 'code4')!;
    expect(code4.description).toBe('another memo');
    // Importing again finds every code.
    const again = await p.call('exchange.importCodebook', { path: fixturePath('documents/plain_codes_categories_for_import.txt') });
    expect(again).toMatchObject({ created: 0, matched: 9 });
  });

  it('round-trips the codebook through .qdc and through CSV with every field', async () => {
    const src = await richProject();
    open.push(src);
    const dir = tempDir();
    for (const [format, name] of [
      ['qdc', 'book.qdc'],
      ['codebook-csv', 'book.csv'],
    ] as const) {
      const file = path.join(dir, name);
      const out = await src.call('exchange.export', { path: file, format, options: {} });
      expect(out.summary).toBe('4 codes');
      if (format === 'qdc') expect(validateXml(fs.readFileSync(file, 'utf8'), CODEBOOK_XSD).output).toBe('');
      const p = await empty();
      const r = await p.call('exchange.importCodebook', { path: file });
      expect(r.created).toBe(4);
      expect(r.warnings).toEqual([]);
      expect(codebookFingerprint(p.db)).toEqual(codebookFingerprint(src.db));
      // GUIDs survive, so a second import matches instead of duplicating.
      expect(await p.call('exchange.importCodebook', { path: file })).toMatchObject({ created: 0, matched: 4 });
    }
  });

  it('guards formula-like text in the codebook CSV and reads it back exactly', async () => {
    const src = await empty();
    const parent = await src.call('codes.create', { name: '=SUM(1,2)', parentId: null });
    await src.call('codes.create', { name: "'+62 nomor", parentId: parent.id, description: '-minus di awal', example: '@kutipan' });
    const file = path.join(tempDir(), 'book.csv');
    await src.call('exchange.export', { path: file, format: 'codebook-csv', options: {} });
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    expect(lines[1]).toMatch(/^"'=SUM\(1,2\)",/);
    expect(lines[2]).toMatch(/^"'=SUM\(1,2\) > '\+62 nomor",#[0-9A-F]{6},'-minus di awal,,,'@kutipan,/);
    const p = await empty();
    await p.call('exchange.importCodebook', { path: file });
    expect(codebookFingerprint(p.db)).toEqual(codebookFingerprint(src.db));
  });

  it('reads a hand-made CSV with name and parent columns, aliases, a bad colour and parents after children', async () => {
    const file = path.join(tempDir(), 'mine.csv');
    fs.writeFileSync(file, 'Name;Parent;Colour;Definition\r\nBimtek;Formal training;#ABC;Official courses\r\nFormal training;;red;\r\n');
    const p = await empty();
    const r = await p.call('exchange.importCodebook', { path: file });
    expect(r.created).toBe(2);
    expect(r.warnings).toEqual(['mine.csv, row 3: colour "red" is not #RRGGBB; a colour was chosen']);
    const codes = await p.call('codes.list', {});
    expect(codes.map((c) => [c.name, c.parentId === null])).toEqual([
      ['Formal training', true],
      ['Bimtek', false],
    ]);
    expect(codes[1]).toMatchObject({ color: '#aabbcc', description: 'Official courses' });
  });

  it('says which columns a table lacks', async () => {
    const file = path.join(tempDir(), 'wrong.csv');
    fs.writeFileSync(file, 'label,notes\nx,y\n');
    const p = await empty();
    await expect(p.call('exchange.importCodebook', { path: file })).rejects.toThrow('wrong.csv: no "path" or "name" column (found: label, notes)');
  });
});
