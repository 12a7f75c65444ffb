import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { TestProject, tempDir } from '../../../support/temp-project';
import { richProject } from './rich-project';

let open: TestProject[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

describe('coded segments export', () => {
  it('writes one CSV row per coding with source, case, code path, coder, positions, exact text and time', async () => {
    const p = await richProject();
    open.push(p);
    const file = path.join(tempDir(), 'segments.csv');
    const r = await p.call('exchange.exportSegments', { path: file, format: 'csv', options: {} });
    expect(r.summary).toBe('9 coded segments');
    const raw = fs.readFileSync(file, 'utf8');
    expect(raw.startsWith('\uFEFFsource,case,code,coder,start,end,text,created\r\n')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(9);
    const joy = rows.filter((x) => x.code === 'Feelings > Joy 😀');
    expect(joy.map((x) => x.coder).sort()).toEqual(['Supervisor Ayu', p.db.prepare('SELECT name FROM users ORDER BY created_at LIMIT 1').pluck().get() as string].sort());
    expect(joy[0]).toMatchObject({ source: 'Emoji interview', case: 'Informan A', start: '6', end: '27', text: '👩‍⚕️ bilang: 😀 senang' });
    const crlf = rows.find((x) => x.source === 'Windows notes' && (x.code ?? '').startsWith('Language'))!;
    expect(crlf.text).toBe('Line two with café\n\nInformant: “quoted”');
    expect(Date.parse(crlf.created ?? '')).not.toBeNaN();
  });

  it('writes text a spreadsheet would run as a formula with a guarding apostrophe', async () => {
    const p = await TestProject.create();
    open.push(p);
    const source = await p.addText('Rumus', '=HYPERLINK("http://contoh","klik")\n- iya, Bu.');
    const code = await p.call('codes.create', { name: '+Kode', parentId: null });
    const coderId = (await p.call('project.info', {})).activeCoder.id;
    await p.call('codings.create', { sourceId: source, start: 0, end: 34, codeId: code.id, coderId });
    await p.call('codings.create', { sourceId: source, start: 35, end: 45, codeId: code.id, coderId });
    const file = path.join(tempDir(), 'segments.csv');
    await p.call('exchange.exportSegments', { path: file, format: 'csv', options: {} });
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.code, r.text])).toEqual([
      ["'+Kode", '\'=HYPERLINK("http://contoh","klik")'],
      ["'+Kode", "'- iya, Bu."],
    ]);
  });

  it('filters by more sources than SQLite takes parameters (the schema allows 100,000)', async () => {
    const p = await richProject();
    open.push(p);
    const emoji = (await p.call('sources.list', {})).find((s) => s.name === 'Emoji interview')!;
    const many = Array.from({ length: 40_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const file = path.join(tempDir(), 'banyak.csv');
    const r = await p.call('exchange.exportSegments', { path: file, format: 'csv', options: { sourceIds: [...many, emoji.id] } });
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((x) => x.source))).toEqual(new Set(['Emoji interview']));
    expect(r.summary).toBe(`${rows.length} coded segment${rows.length === 1 ? '' : 's'}`);
  });

  it('writes the same rows to an Excel sheet, filtered by code when asked', async () => {
    const p = await richProject();
    open.push(p);
    const lang = (await p.call('codes.list', {})).find((c) => c.name.startsWith('Language'))!;
    const file = path.join(tempDir(), 'segments.xlsx');
    const r = await p.call('exchange.export', { path: file, format: 'xlsx', options: { codeIds: [lang.id] } });
    expect(r.summary).toBe('4 coded segments');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Coded segments')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Source', 'Case', 'Code', 'Coder', 'Start', 'End', 'Text', 'Created']);
    expect(ws.rowCount).toBe(5);
    const texts = [2, 3, 4, 5].map((i) => ws.getRow(i).getCell(7).value);
    expect(texts).toContain('q\u0307 and a\u0308\u0301'.normalize('NFC'));
    expect(texts).toContain('क्षत्रिय');
    expect(ws.getRow(2).getCell(5).value).toEqual(expect.any(Number));
  });

  it('refuses an unknown format and names the ones there are', async () => {
    const p = await TestProject.create();
    open.push(p);
    await expect(p.call('exchange.export', { path: path.join(tempDir(), 'x.pdf'), format: 'pdf', options: {} })).rejects.toThrow(
      /Unknown export format "pdf" \(formats: qdpx, qdc, csv, xlsx, codebook-csv/,
    );
  });
});
