import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/cli-main';
import { TestProject, tempDir } from '../../../support/temp-project';

const READER = path.join(path.dirname(new URL(import.meta.url).pathname), 'read-docx.py');

interface ReadDocx {
  paragraphs: { style: string | null; text: string }[];
  tables: { rows: { cells: string[] }[] }[];
}

function readDocx(file: string): ReadDocx {
  return JSON.parse(execFileSync('/usr/bin/python3', [READER, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ReadDocx;
}

describe('Word formats in the export registry', () => {
  let project: TestProject;
  let dir: string;

  beforeAll(async () => {
    project = await TestProject.create({ sample: true });
    dir = tempDir('telaah-report-export-');
  });
  afterAll(() => project?.close());

  it('lists docx and segments-docx among the formats', async () => {
    const formats = (await project.call('exchange.formats', {})).map((f) => f.id);
    expect(formats).toEqual(expect.arrayContaining(['docx', 'segments-docx']));
  });

  it('writes coded segments of chosen codes and sources as a Word document grouped by code', async () => {
    const codes = await project.call('codes.list', {});
    const parent = codes.find((c) => c.name === 'Pengembangan formal')!;
    const sources = await project.call('sources.list', {});
    const source = sources.find((s) => s.name.startsWith('informan-01'))!;
    const out = path.join(dir, 'segments.docx');
    const r = await project.call('exchange.export', { path: out, format: 'segments-docx', options: { codeIds: [parent.id], sourceIds: [source.id], lang: 'id' } });
    expect(r.format).toBe('segments-docx');
    const doc = readDocx(out);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(['Kutipan menurut kode']);
    // The parent and its sub-codes, nothing else; each quote cites Informan 01's transcript.
    const headings = doc.paragraphs.filter((p) => p.style === 'Heading 2' || p.style === 'Heading 3').map((p) => p.text);
    const family = new Set([parent.name, ...codes.filter((c) => c.parentId === parent.id).map((c) => c.name)]);
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.every((h) => family.has(h))).toBe(true);
    const sourcesCited = doc.paragraphs.filter((p) => p.style === 'Quote Source').map((p) => p.text);
    expect(sourcesCited.length).toBeGreaterThan(0);
    expect(sourcesCited.every((t) => t.startsWith(`Sumber: ${source.name} · `))).toBe(true);
    // The same segments the retrieval gives (distinct selections).
    const expected = new Set<string>();
    for (const c of codes.filter((c) => family.has(c.name))) {
      for (const s of await project.call('codings.listByCode', { codeId: c.id, includeChildren: false, sourceIds: [source.id] })) expected.add(`${c.id}:${s.selectionId}`);
    }
    expect(sourcesCited).toHaveLength(expected.size);
  });

  it('telaah export --format docx writes the chosen sections in the chosen language', async () => {
    project.close();
    const out = path.join(dir, 'cli-report.docx');
    const lines: string[] = [];
    const code = await main(['export', project.file, '--format', 'docx', '-o', out, '--sections', 'codebook,matrices', '--lang', 'id'], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
    });
    expect(code, lines.join('\n')).toBe(0);
    expect(lines[0]).toMatch(/^Wrote .*cli-report\.docx \(docx, \d+ bytes\): 2 sections \(codebook, matrices\), 2 tables, 0 figures\.$/);
    const doc = readDocx(out);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(['Buku kode', 'Matriks']);
    expect(fs.statSync(out).size).toBeGreaterThan(5000);
    // An unknown section is refused with the list of known ones.
    const err: string[] = [];
    const bad = await main(['export', project.file, '--format', 'docx', '-o', path.join(dir, 'x.docx'), '--sections', 'codebook,appendix'], { out: () => undefined, err: (l) => err.push(l) });
    expect(bad).not.toBe(0);
    expect(err.join('\n')).toContain('Unknown report section "appendix": choose from titlePage, methods, codebook');
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
  });
});
