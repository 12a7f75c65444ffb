import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRefiFile } from '../../../../electron/core/exchange/refi-project-import';
import { readRefiPackage } from '../../../../electron/core/exchange/refi-package';
import { mergeRefiProject } from '../../../../electron/core/exchange/refi-merge';
import { fixturePath, readFixture } from '../../../support/fixtures';
import { TestProject, tempDir } from '../../../support/temp-project';
import { qdpx } from './exchange-fixtures';

let open: TestProject[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

async function project(): Promise<TestProject> {
  const p = await TestProject.create();
  open.push(p);
  return p;
}

function writeTemp(name: string, bytes: Uint8Array | string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

const U1 = '11111111-1111-4111-8111-111111111111';
const C1 = 'c0000000-0000-4000-8000-000000000001';
const C2 = 'c0000000-0000-4000-8000-000000000002';
const S1 = 'a0000000-0000-4000-8000-000000000001';
const S2 = 'a0000000-0000-4000-8000-000000000002';
const S3 = 'a0000000-0000-4000-8000-000000000003';

function sel(guid: number, start: number, end: number, code: string, name = ''): string {
  const g = `b0000000-0000-4000-8000-${String(guid).padStart(12, '0')}`;
  const k = `d0000000-0000-4000-8000-${String(guid).padStart(12, '0')}`;
  return `<PlainTextSelection guid="${g}" name="${name}" startPosition="${start}" endPosition="${end}" creatingUser="${U1}"><Coding guid="${k}" creatingUser="${U1}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
}

function projectXml(origin: string, sources: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Foreign study" origin="${origin}">
  <Users><User guid="{${U1.toUpperCase()}}" name="Dewi"/></Users>
  <CodeBook><Codes>
    <Code guid="${C1}" name="Trust" isCodable="true" color="#0A0"><Description>Trust in staff</Description>
      <Code guid="${C2}" name="Distrust" isCodable="false"/></Code>
  </Codes></CodeBook>
  <Sources>${sources}</Sources>
</Project>`;
}

describe('REFI-QDA import from other tools', () => {
  it('maps NVivo positions (UTF-16 units, CRLF as 2, BOM not counted) onto the canonical text, from Sources/ with bare file names', async () => {
    // "Saya 😀 percaya\r\nbidan itu.\r\nSelesai." — UTF-16 offsets count 😀 as 2 and each CRLF as 2.
    const text = '\uFEFFSaya 😀 percaya\r\nbidan itu.\r\nSelesai.';
    const body = text.slice(1);
    const u = (s: string) => body.indexOf(s);
    const sources = `
      <TextSource guid="${S1}" name="Wawancara 1" plainTextPath="wawancara1.txt">
        ${sel(1, u('😀'), u('😀') + 2, C1, '😀')}
        ${sel(2, u('percaya'), u('itu') + 3, C2, 'percaya bidan itu')}
        ${sel(3, u('Selesai'), u('Selesai') + 7, C1, 'Selesai')}
        ${sel(4, u('bidan'), u('bidan'), C1)}
        ${sel(5, u('percaya') + 7 + 1, u('bidan') + 5, C1)}
        ${sel(6, 0, 4, 'c0000000-0000-4000-8000-00000000dead')}
      </TextSource>
      <TextSource guid="${S2}" name="Catatan" plainTextPath="relative:///notes.txt">${sel(7, 0, 5, C1, 'Notes')}</TextSource>
      <TextSource guid="${S3}" name="Hilang" plainTextPath="internal://missing.txt">${sel(8, 0, 3, C1)}</TextSource>`;
    const file = writeTemp(
      'nvivo.qdpx',
      qdpx({ 'NVivo export.qde': projectXml('NVivo 12.6 (Windows)', sources), 'Sources/wawancara1.txt': text, 'Sources/notes.txt': 'Notes here' }),
    );
    const p = await project();
    const r = await p.call('exchange.importProject', { path: file });
    expect(r).toMatchObject({ producer: 'NVivo', projectName: 'Foreign study' });
    expect(r.positionCounting).toBe('UTF-16 code units, CRLF as 2, BOM not counted');
    expect(r.imported).toMatchObject({ users: 1, codes: 2, sources: 2, codings: 5 });
    const snippets = p.db.prepare('SELECT s.snippet FROM selections s ORDER BY s.source_id, s.start').all().map((x) => (x as { snippet: string }).snippet);
    expect(snippets).toEqual(['😀', 'percaya\nbidan itu', '\nbidan', 'Selesai', 'Notes']);
    const reasons = r.skipped.map((s) => `${s.what}: ${s.reason}`).join('\n');
    expect(reasons).toMatch(/selection: it is empty \(zero length\), so it codes no text; 1 coding\(s\) not imported/);
    expect(reasons).toMatch(/coding: it refers to code c0000000-0000-4000-8000-00000000dead, which is not in the codebook/);
    expect(reasons).toMatch(/source: its text file is missing: "internal:\/\/missing.txt" is not in the archive/);
    expect(r.warnings.join('\n')).toMatch(/Source "Wawancara 1": 1 selection\(s\) began or ended inside a character/);
    expect(r.warnings.join('\n')).toMatch(/1 code\(s\) are marked not codable/);
    // GUIDs kept (normalised), the coder is the file's user, the colour expanded.
    expect(p.db.prepare('SELECT name, color FROM codes WHERE id = ?').get(C1)).toEqual({ name: 'Trust', color: '#00aa00' });
    expect(p.db.prepare('SELECT name FROM users WHERE id = ?').get(U1)).toEqual({ name: 'Dewi' });
    expect((p.db.prepare('SELECT text FROM sources WHERE id = ?').get(S1) as { text: string }).text).toBe('Saya 😀 percaya\nbidan itu.\nSelesai.');
  });

  it('uses the counting the selections\' own text supports when the producer is unknown', async () => {
    const body = 'A 😀😀 b\r\nkata kunci di sini';
    const u = body.indexOf('kata kunci');
    const file = writeTemp(
      'unknown.qdpx',
      qdpx({ 'project.qde': projectXml('SomeTool 1.0', `<TextSource guid="${S1}" name="T" plainTextPath="internal://t.txt">${sel(1, u, u + 10, C1, 'kata kunci')}</TextSource>`), 'sources/t.txt': body }),
    );
    const p = await project();
    const r = await p.call('exchange.importProject', { path: file });
    expect(r.warnings.join('\n')).toMatch(/positions line up with the text only when counted in UTF-16 code units/);
    expect(p.db.prepare('SELECT snippet FROM selections').get()).toEqual({ snippet: 'kata kunci' });
  });

  it('reads the ATLAS.ti 8 standard project (.qdpx and bare Project.qde): codes, users, sets and notes in, missing sources reported', async () => {
    const xml = fs.readFileSync(fixturePath('refi-qda/atlasti-8-standard-project/Project.qde'), 'utf8');
    // What the file holds, counted from its text.
    const count = (re: RegExp) => (xml.match(re) ?? []).length;
    expect(count(/<Code /g)).toBe(14);
    expect(count(/<TextSource /g)).toBe(6);
    expect(count(/<PlainTextSelection /g)).toBe(8);
    expect(count(/<Set /g)).toBe(16);
    expect(count(/<Note /g)).toBe(2);

    for (const file of [fixturePath('refi-qda/atlasti-8-standard-project/TestProject.qdpx'), fixturePath('refi-qda/atlasti-8-standard-project/Project.qde')]) {
      const pkg = readRefiFile(file);
      expect(pkg.project.textSources).toHaveLength(8); // 6 TextSources + 2 PDF text representations
      expect(pkg.project.textSources.reduce((n, s) => n + s.selections.length, 0)).toBe(8);
      const p = await project();
      const r = await p.call('exchange.importProject', { path: file, setProjectName: true });
      expect(r.producer).toBe('ATLAS.ti');
      expect(r.imported).toMatchObject({ users: 3, codes: 14, sources: 0, selections: 0, codings: 0, sets: 16, memos: 2 });
      const missing = r.skipped.filter((s) => s.what === 'source');
      expect(missing.map((s) => s.name)).toEqual(
        expect.arrayContaining(['Mabel.txt', 'Mabêl 2ième.txt', 'Simon.docx', "Pay de Limón con Base de Granola | Kellogg's ®.pdf"]),
      );
      expect(missing).toHaveLength(8);
      expect(missing.find((s) => s.name === 'Simon.docx')!.reason).toMatch(/3 selection\(s\) and 3 coding\(s\) were not imported/);
      expect(r.skipped.map((s) => s.what)).toEqual(expect.arrayContaining(['picture source', 'audio source', 'video source', 'graph']));
      const codes = await p.call('codes.list', {});
      expect(codes.find((c) => c.name === 'Coke::diet Coke')).toMatchObject({ description: 'non sucré', color: '#966450' });
      expect(codes.find((c) => c.name === '"rushed"')).toBeDefined();
      expect(codes.find((c) => c.name === 'milk')!.color).toMatch(/^#[0-9a-f]{6}$/);
      const memos = p.db.prepare('SELECT title, plain_text AS text, target_kind AS kind FROM memos ORDER BY title').all();
      expect(memos).toEqual([
        { title: 'My favorite Coke ad', text: 'This version is much better than the new Director’s cut ', kind: 'project' },
        { title: 'Research Plan', text: 'day to day log about this amazing project\n\nThis is a great project by a dynamic team of researcher-developers. ', kind: 'project' },
      ]);
      expect((await p.call('project.info', {})).name).toBe('ATLAS.ti standard project');
      expect((await p.call('sets.list', {})).map((s) => s.name)).toContain('<3');
    }
  });

  it('stores nothing when the merge fails part way (one transaction)', async () => {
    const p = await project();
    const pkg = readRefiPackage(readFixture('refi-qda/atlasti-8-standard-project/TestProject.qdpx'), 'TestProject.qdpx');
    const coderId = p.session.activeCoderId();
    const codesBefore = (p.db.prepare('SELECT count(*) AS n FROM codes').get() as { n: number }).n;
    expect(() =>
      p.db.transaction(() =>
        mergeRefiProject(p.db, pkg, {
          coderId,
          onProgress: (done) => {
            if (done === 2) throw new Error('disk full');
          },
        }),
      )(),
    ).toThrow('disk full');
    expect((p.db.prepare('SELECT count(*) AS n FROM codes').get() as { n: number }).n).toBe(codesBefore);
    expect((p.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n).toBe(1);
  });
});
