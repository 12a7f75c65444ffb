import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatrixSpec } from '../../../../shared/api/methods/analysis-methods';
import { runMatrix } from '../../../../electron/core/analysis/matrix-query';
import { listCodes } from '../../../../electron/core/store/code-store';
import { writeReport } from '../../../../electron/core/report/report-builder';
import { ReportOptions } from '../../../../shared/api/methods/report-methods';
import { TestProject, tempDir } from '../../../support/temp-project';

/** What read-docx.py (python-docx, an independent reader) finds in a .docx. */
interface ReadDocx {
  paragraphs: { style: string | null; text: string }[];
  tables: { style: string | null; rows: { header: boolean; cells: string[] }[] }[];
  sections: { orientation: 'portrait' | 'landscape'; width: number; height: number }[];
}

const READER = path.join(path.dirname(new URL(import.meta.url).pathname), 'read-docx.py');

function readDocx(file: string): ReadDocx {
  return JSON.parse(execFileSync('/usr/bin/python3', [READER, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ReadDocx;
}

function docxPart(file: string, part: string): string {
  const entry = unzipSync(new Uint8Array(fs.readFileSync(file)), { filter: (f) => f.name === part })[part];
  if (!entry) throw new Error(`${file} has no ${part}`);
  return strFromU8(entry);
}

/** LibreOffice headless, with a profile of its own so parallel runs do not share one. */
function convertToPdf(docx: string, outDir: string): string {
  const profile = `file://${tempDir('lo-profile-')}`;
  execFileSync('soffice', ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'pipe', timeout: 120_000 });
  return path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
}

function which(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('Word report of the sample project', () => {
  let project: TestProject;
  let dir: string;
  let en: string;
  let statusSpec: MatrixSpec;
  let enDoc: ReadDocx;

  beforeAll(async () => {
    project = await TestProject.create({ sample: true });
    dir = tempDir('telaah-report-');
    // A conclusion with evidence both ways and a verdict, and an open comment, so those sections have content.
    const codes = await project.call('codes.list', {});
    const trained = codes.find((c) => c.name === 'Materi pelatihan sesuai pekerjaan')!;
    const segments = await project.call('codings.listByCode', { codeId: trained.id, includeChildren: false });
    const first = segments[0]!;
    const status = (await project.call('attributes.list', {})).find((a) => a.name === 'status')!;
    statusSpec = MatrixSpec.parse({ rows: { kind: 'attribute', attributeId: status.id }, columns: { kind: 'codes' } });
    const conclusion = await project.call('conclusions.save', {
      title: 'Training helps when it matches the job',
      contentJson: '',
      plainText: 'Informants who were sent to training designed for their task found it useful.',
      tactic: 'noting-patterns',
    });
    await project.call('conclusions.addEvidence', {
      conclusionId: conclusion.id,
      stance: 'supports',
      target: { kind: 'segment', sourceId: first.sourceId, start: first.start, end: first.end, codingId: first.id },
    });
    const cases = await project.call('cases.list', {});
    await project.call('conclusions.addEvidence', {
      conclusionId: conclusion.id,
      stance: 'contradicts',
      target: { kind: 'matrix-cell', spec: { rows: { kind: 'cases' }, columns: { kind: 'codes' } }, rowKey: cases[0]!.id, columnKey: trained.id },
      note: 'One informant found the material too theoretical.',
    });
    await project.call('conclusions.setStatus', { id: conclusion.id, status: 'verified', comment: 'Agreed; add the contrast with Informan 05.' });
    await project.call('comments.create', { target: { kind: 'coding', id: first.id }, body: 'Is this passage about training or about mentoring?' });

    en = path.join(dir, 'report-en.docx');
    const result = await project.call('report.export', {
      path: en,
      language: 'en',
      matrices: [{ rows: { kind: 'cases' }, columns: { kind: 'codes' } }, { ...statusSpec, title: 'Status by code' }],
      heatShading: true,
    });
    expect(result.cancelled).toBe(false);
    expect(result.warnings).toEqual([]);
    enDoc = readDocx(en);
  });

  afterAll(() => project?.close());

  it('writes the file whole, with no temp file left beside it', () => {
    expect(fs.statSync(en).size).toBeGreaterThan(10_000);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // A .docx is a zip that starts with a local file header.
    expect([...fs.readFileSync(en).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('has the title, the heading styles and every chosen section', () => {
    const byStyle = (style: string) => enDoc.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(byStyle('Title')).toEqual(['Contoh: Tenaga honorer di puskesmas (sintetis)']);
    expect(byStyle('Heading 1')).toEqual(['Methods summary', 'Codebook', 'Matrices', 'Charts', 'Quotations by code', 'Memos', 'Conclusions', 'Review summary']);
    expect(byStyle('Heading 2')).toEqual(expect.arrayContaining(['Data reduction', 'Data display', 'Cases by Codes: coded segments', 'Status by code', 'Pengembangan informal', 'Training helps when it matches the job', 'Intercoder agreement']));
    expect(byStyle('Heading 3')).toEqual(expect.arrayContaining(['Keahlian dasar', 'Supporting evidence', 'Contradicting evidence', "Supervisor's comment"]));
    expect(byStyle('Caption').some((c) => /^Table \d+\. Codebook$/.test(c))).toBe(true);
    // Quotations in the Quote style, each followed by its source, case, paragraph and speaker.
    const quoteIndex = enDoc.paragraphs.findIndex((p) => p.style === 'Quote');
    expect(quoteIndex).toBeGreaterThan(0);
    expect(enDoc.paragraphs[quoteIndex + 1]!.style).toBe('Quote Source');
    expect(enDoc.paragraphs[quoteIndex + 1]!.text).toMatch(/^Source: informan-\d\d-.+ · Case: Informan \d\d .+ · ¶ \d+ · Speaker: \S+ · Coded by: /);
  });

  it('writes a table of contents field that Word updates on opening, and Calibri as the font', () => {
    const document = docxPart(en, 'word/document.xml');
    // Test the XML with regexes that print nothing but the verdict (the document is large).
    expect(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/.test(document)).toBe(true);
    expect(/<w:docPartGallery w:val="Table of Contents"\/>/.test(document)).toBe(true);
    expect(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/.test(docxPart(en, 'word/settings.xml'))).toBe(true);
    const styles = docxPart(en, 'word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Calibri"/s);
    expect(styles).toContain('w:styleId="TelaahTable"');
  });

  it('prints the codebook as a table in tree order with definitions, criteria and frequencies', () => {
    const codebook = enDoc.tables.find((t) => t.rows[0]!.cells[0] === 'Code' && t.rows[0]!.cells[1] === 'Definition')!;
    expect(codebook.style).toBe('Telaah Table');
    expect(codebook.rows[0]!.cells).toEqual(['Code', 'Definition', 'Inclusion criteria', 'Exclusion criteria', 'Example', 'Codings', 'Sources']);
    expect(codebook.rows[0]!.header).toBe(true);
    const codes = listCodes(project.db);
    expect(codebook.rows.slice(1).map((r) => r.cells[0])).toEqual(codes.map((c) => c.name));
    for (const [i, c] of codes.entries()) {
      const cells = codebook.rows[i + 1]!.cells;
      expect(cells[1]).toBe(c.description);
      expect(cells[2]).toBe(c.inclusion);
      expect(cells[3]).toBe(c.exclusion);
      expect(cells[4]).toBe(c.example);
      expect(cells[5]).toBe(String(c.codingCount));
      expect(cells[6]).toBe(String(c.sourceCount));
    }
    expect(codes.reduce((n, c) => n + c.codingCount, 0)).toBe(68);
  });

  it('prints each matrix with the matrix engine’s numbers, totals and a repeating header row', () => {
    const specs = [MatrixSpec.parse({ rows: { kind: 'cases' }, columns: { kind: 'codes' } }), statusSpec];
    for (const [k, spec] of specs.entries()) {
      const expected = runMatrix(project.db, spec);
      const rowHeader = k === 0 ? 'Cases' : 'Attribute: status';
      const table = enDoc.tables.find((t) => t.rows[0]!.cells[0] === rowHeader)!;
      expect(table, rowHeader).toBeDefined();
      expect(table.rows[0]!.header).toBe(true);
      expect(table.rows.slice(1).every((r) => !r.header)).toBe(true);
      expect(table.rows[0]!.cells).toEqual([rowHeader, ...expected.columns.map((c) => c.label), 'Total']);
      expect(table.rows).toHaveLength(expected.rows.length + 2);
      expected.rows.forEach((row, i) => {
        expect(table.rows[i + 1]!.cells).toEqual([row.label, ...expected.values[i]!.map(String), String(expected.rowTotals[i])]);
      });
      expect(table.rows.at(-1)!.cells).toEqual(['Total', ...expected.columnTotals.map(String), String(expected.grandTotal)]);
      expect(expected.grandTotal).toBeGreaterThan(0);
    }
    // Wide tables (codebook, 14-column matrices) sit in landscape sections; the rest is portrait.
    expect(enDoc.sections.map((s) => s.orientation)).toContain('landscape');
    expect(enDoc.sections[0]!.orientation).toBe('portrait');
    const landscape = enDoc.sections.find((s) => s.orientation === 'landscape')!;
    expect(landscape.width).toBeGreaterThan(landscape.height);
  });

  it('shades count cells by size when heat shading is on', () => {
    const document = docxPart(en, 'word/document.xml');
    const fills = [...document.matchAll(/<w:shd [^>]*w:fill="([0-9A-F]{6})"/g)].map((m) => m[1]);
    // The largest count is drawn in the darkest blue; smaller ones in lighter tints.
    expect(fills).toContain('1F4E79');
    expect(new Set(fills).size).toBeGreaterThan(3);
  });

  it('draws the charts as PNG images, each with a numbered figure caption', () => {
    const zip = unzipSync(new Uint8Array(fs.readFileSync(en)), { filter: (f) => f.name.startsWith('word/media/') });
    const pngs = Object.entries(zip).filter(([, bytes]) => bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47);
    // Heat maps of both matrices, the frequency bars and the co-occurrence network.
    expect(pngs).toHaveLength(4);
    const captions = enDoc.paragraphs.filter((p) => p.style === 'Caption' && p.text.startsWith('Figure')).map((p) => p.text);
    expect(captions).toEqual([
      'Figure 1. Heat map: Cases by Codes: coded segments',
      'Figure 2. Heat map: Status by code',
      'Figure 3. Code frequencies by Cases',
      'Figure 4. Co-occurrence of codes (overlapping segments)',
    ]);
  });

  it('lists the conclusion with its evidence, tactic, status and the supervisor’s comment, and the open comment', () => {
    const texts = enDoc.paragraphs.map((p) => p.text);
    const at = texts.indexOf('Training helps when it matches the job');
    expect(at).toBeGreaterThan(0);
    const block = texts.slice(at, at + 15).join('\n');
    expect(block).toContain('Status: verified');
    expect(block).toContain('Tactic: Noting patterns, themes');
    expect(block).toContain('One informant found the material too theoretical.');
    expect(block).toContain('Agreed; add the contrast with Informan 05.');
    expect(texts.some((t) => t.includes('Is this passage about training or about mentoring?'))).toBe(true);
    const verdicts = enDoc.tables.find((t) => t.rows[0]!.cells[0] === 'Conclusion')!;
    expect(verdicts.rows[1]!.cells.slice(0, 3)).toEqual(['Training helps when it matches the job', 'verified', 'Agreed; add the contrast with Informan 05.']);
    const agreement = enDoc.tables.find((t) => t.rows[0]!.cells[0] === 'Code' && t.rows[0]!.cells[1] === 'Units')!;
    expect(agreement.rows.at(-1)!.cells[0]).toBe('All codes');
  });

  it('opens in LibreOffice and renders to a PDF with pages', () => {
    expect(which('soffice'), 'LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui').toBe(true);
    const pdf = convertToPdf(en, dir);
    expect(fs.existsSync(pdf)).toBe(true);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(10);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(text).toContain('Codebook');
    expect(text).toContain('Kemampuan memahami pelatihan');
    // The contents list carries page numbers even without a field update.
    expect(text).toMatch(/Methods summary\.{5,}\s*\d+/);
  }, 180_000);

  it('writes the whole report in Indonesian when asked, whatever the UI language', async () => {
    const id = path.join(dir, 'laporan-id.docx');
    await project.call('report.export', { path: id, language: 'id', sections: ['titlePage', 'methods', 'codebook', 'matrices'] });
    const doc = readDocx(id);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(['Ringkasan metode', 'Buku kode', 'Matriks']);
    const codebook = doc.tables.find((t) => t.rows[0]!.cells[0] === 'Kode')!;
    expect(codebook.rows[0]!.cells).toEqual(['Kode', 'Definisi', 'Kriteria inklusi', 'Kriteria eksklusi', 'Contoh', 'Pengodean', 'Sumber']);
    expect(doc.tables.some((t) => t.rows[0]!.cells[0] === 'Kasus' && t.rows.at(-1)!.cells[0] === 'Total')).toBe(true);
    expect(doc.paragraphs.some((p) => p.text.startsWith('Proyek ini memuat 8 sumber'))).toBe(true);
  });

  it('leaves out the sections not chosen', async () => {
    const only = path.join(dir, 'codebook-only.docx');
    const r = await project.call('report.export', { path: only, sections: ['codebook'] });
    expect(r.sections).toEqual(['codebook']);
    const doc = readDocx(only);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(['Codebook']);
    expect(doc.paragraphs.some((p) => p.style === 'Title')).toBe(false);
    expect(doc.tables).toHaveLength(1);
  });

  it('a cancelled report writes nothing and leaves an existing file untouched', async () => {
    const target = path.join(dir, 'kept.docx');
    fs.writeFileSync(target, 'the previous report');
    let steps = 0;
    const job = {
      get cancelled() {
        return steps >= 3;
      },
      progress: () => {
        steps++;
      },
    };
    const r = await writeReport(project.db, target, ReportOptions.parse({}), job);
    expect(r.cancelled).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('the previous report');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports progress to the end and refuses a folder that does not exist', async () => {
    const seen: [number, number][] = [];
    const target = path.join(dir, 'progress.docx');
    await writeReport(project.db, target, ReportOptions.parse({ sections: ['methods', 'codebook'] }), { cancelled: false, progress: (d, t) => seen.push([d, t]) });
    expect(seen.at(-1)).toEqual([4, 4]);
    expect(seen.every(([d, t], i) => d <= t && (i === 0 || d >= seen[i - 1]![0]))).toBe(true);
    await expect(project.call('report.export', { path: path.join(dir, 'missing', 'r.docx') })).rejects.toThrow(/folder .*missing does not exist/);
  });
});
