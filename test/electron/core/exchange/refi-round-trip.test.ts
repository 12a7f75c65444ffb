import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRefiProject } from '../../../../electron/core/exchange/refi-export';
import type { RefiImportReport } from '../../../../shared/api/methods/exchange-methods';
import { TestProject, tempDir } from '../../../support/temp-project';
import { richProject } from './rich-project';
import { codebookFingerprint, codingFingerprint, sourceTexts } from './exchange-fixtures';
import { PROJECT_XSD, validateXml } from './xsd-validate';

let open: TestProject[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

/** Exports `p` to a .qdpx, imports it into a new project through the API, and returns that project. */
async function throughQdpx(p: TestProject): Promise<{ copy: TestProject; file: string; report: RefiImportReport }> {
  const file = path.join(tempDir(), 'exchange.qdpx');
  const exported = await p.call('exchange.exportProject', { path: file });
  expect(exported.bytes).toBe(fs.statSync(file).size);
  const copy = await TestProject.create();
  open.push(copy);
  const report = await copy.call('exchange.importProject', { path: file, setProjectName: true });
  return { copy, file, report };
}

function stripVolatile(xml: string): string {
  // Ids, times and the importing machine's own user differ between projects; the content may not.
  return xml
    .replace(/ (guid|targetGUID|originGUID|creatingUser|creatingUserGUID|creationDateTime|modifiedDateTime|plainTextPath)="[^"]*"/g, '')
    .replace(/\n\s*<User name="[^"]*"\/>/g, '');
}

describe('REFI-QDA round trip', () => {
  it('keeps the sample project: same sources, codebook and every coded text (export → import → export)', async () => {
    const p = await TestProject.create({ sample: true });
    open.push(p);
    const { copy, report } = await throughQdpx(p);
    expect(report).toMatchObject({ producer: 'Telaah', skipped: [], warnings: [] });
    expect(sourceTexts(copy.db)).toEqual(sourceTexts(p.db));
    expect(codebookFingerprint(copy.db)).toEqual(codebookFingerprint(p.db));
    expect(codingFingerprint(copy.db)).toEqual(codingFingerprint(p.db));
    const a = await p.call('project.info', {});
    const b = await copy.call('project.info', {});
    expect(b.name).toBe(a.name);
    expect(b.counts).toMatchObject({ sources: a.counts.sources, codes: a.counts.codes, codings: a.counts.codings, cases: a.counts.cases, memos: a.counts.memos });

    const again = buildRefiProject(copy.db).xml;
    expect(validateXml(again, PROJECT_XSD).output).toBe('');
    expect(stripVolatile(again)).toBe(stripVolatile(buildRefiProject(p.db).xml));
  });

  it('has zero drift on emoji, combining marks and CRLF texts, and keeps cases, attributes, sets and memos', async () => {
    const p = await richProject();
    open.push(p);
    const { copy, report } = await throughQdpx(p);
    expect(report.skipped).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.imported).toMatchObject({ sources: 3, codes: 4, selections: 8, codings: 9, cases: 2, attributes: 3, sets: 1, memos: 5 });
    const before = codingFingerprint(p.db);
    expect(before).toHaveLength(9);
    expect(codingFingerprint(copy.db)).toEqual(before);
    expect(before.some((r) => r.includes('👩‍⚕️ bilang: 😀 senang'))).toBe(true);
    expect(before.some((r) => r.includes('Line two with café\n\nInformant: “quoted”'))).toBe(true);
    expect(codebookFingerprint(copy.db)).toEqual(codebookFingerprint(p.db));

    const cases = await copy.call('cases.list', {});
    expect(cases.map((c) => c.name)).toEqual(['Informan A', 'Informan B']);
    expect(cases[0]!.sourceIds).toHaveLength(2);
    const values = copy.db
      .prepare('SELECT a.name, a.scope, v.value FROM case_attribute_values v JOIN attributes a ON a.id = v.attribute_id ORDER BY a.name, v.value')
      .all();
    expect(values).toEqual([
      { name: 'age', scope: 'case', value: '34' },
      { name: 'age', scope: 'case', value: '51' },
      { name: 'status', scope: 'case', value: 'honorer & "kontrak"' },
    ]);
    expect(copy.db.prepare('SELECT a.name, a.scope, v.value FROM source_attribute_values v JOIN attributes a ON a.id = v.attribute_id').all()).toEqual([
      { name: 'recording minutes', scope: 'source', value: '12.5' },
    ]);
    const sets = await copy.call('sets.list', {});
    expect(sets).toMatchObject([{ name: 'Wave 1', description: 'First round' }]);
    expect(sets[0]!.sourceIds).toHaveLength(2);
    const memos = copy.db.prepare('SELECT target_kind AS kind, title, plain_text AS text FROM memos ORDER BY title').all();
    expect(memos).toEqual(p.db.prepare('SELECT target_kind AS kind, title, plain_text AS text FROM memos ORDER BY title').all());

    const again = buildRefiProject(copy.db).xml;
    expect(stripVolatile(again)).toBe(stripVolatile(buildRefiProject(p.db).xml));
  });

  it('imports the same file twice into one project without duplicating anything', async () => {
    const p = await richProject();
    open.push(p);
    const { copy, file } = await throughQdpx(p);
    const before = codingFingerprint(copy.db);
    const second = await copy.call('exchange.importProject', { path: file });
    expect(second.imported).toMatchObject({ codes: 0, sources: 0, selections: 0, codings: 0, cases: 0, sets: 0, memos: 0 });
    expect(second.matched).toMatchObject({ codes: 4, sources: 3, codings: 9, cases: 2, sets: 1, memos: 5 });
    expect(codingFingerprint(copy.db)).toEqual(before);
  });
});
