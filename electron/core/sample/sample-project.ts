import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { importPlainText } from '../importers/plain-text-importer';
import { PositionIndex } from '../../../shared/text/positions';
import { plainTextToLexicalJson } from '../../../shared/memo/lexical-json';
import { insertSource } from '../store/source-store';
import { createCase, ensureAttribute, setCaseValue } from '../store/case-store';
import { createCode, ensureCodePath } from '../store/code-store';
import { createCoding } from '../store/coding-store';
import { saveMemo } from '../store/memo-store';
import { ensureUser } from '../store/user-store';
import { readCsvRecords } from './sample-csv';
import { setProjectName } from '../store/project-meta';

/** resources/sample, beside the app (TELAAH_RESOURCES overrides it in a packaged app). */
export function sampleFolder(): string {
  const resources = process.env.TELAAH_RESOURCES ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources');
  return path.join(resources, 'sample');
}

interface SampleCode {
  name: string;
  color?: string;
  description?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  children?: SampleCode[];
}

interface SampleCoding {
  transcript: string;
  code: string;
  quote: string;
  coder: string;
}

interface SampleMemo {
  target: 'project' | { code: string } | { case: string };
  title: string;
  text: string;
}

function readJson<T>(folder: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as T;
}

/**
 * Fills an empty project with the synthetic sample study (Indonesian interviews about honorary
 * staff at puskesmas): transcripts, cases with attributes, the codebook, codings by two coders and
 * memos. Runs inside the creating transaction; a quote that cannot be found is an error, never
 * silently skipped.
 */
export function fillSampleProject(db: Database.Database): void {
  const folder = sampleFolder();
  const researcher = ensureUser(db, 'peneliti');
  db.prepare(`INSERT INTO settings (key, value) VALUES ('active_coder', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(researcher);
  setProjectName(db, 'Contoh: Tenaga honorer di puskesmas (sintetis)');

  const sourceByFile = new Map<string, { id: string; text: string }>();
  const caseRows = readCsvRecords(fs.readFileSync(path.join(folder, 'cases.csv'), 'utf8'));
  const attributeColumns = Object.keys(caseRows[0] ?? {}).filter((c) => c !== 'case' && c !== 'transcript');
  const attrIds = new Map(attributeColumns.map((c) => [c, ensureAttribute(db, c, caseRows.map((r) => r[c] ?? null)).id]));
  for (const row of caseRows) {
    const file = row.transcript!;
    const bytes = new Uint8Array(fs.readFileSync(path.join(folder, 'transcripts', file)));
    const doc = importPlainText(bytes, file);
    const date = /Tanggal wawancara:\s*(\d{4}-\d{2}-\d{2})/.exec(doc.text)?.[1] ?? null;
    const sourceId = insertSource(db, { name: file.replace(/\.txt$/, ''), doc, originFile: null, createdBy: researcher, sourceDate: date });
    sourceByFile.set(file, { id: sourceId, text: doc.text });
    const caseId = createCase(db, row.case!, '', [sourceId]);
    for (const [col, attrId] of attrIds) setCaseValue(db, attrId, caseId, row[col] ?? null);
  }

  const addCodes = (codes: SampleCode[], parentId: string | null) => {
    for (const c of codes) {
      const id = createCode(db, { ...c, parentId, createdBy: researcher });
      addCodes(c.children ?? [], id);
    }
  };
  addCodes(readJson<{ codes: SampleCode[] }>(folder, 'codebook.json').codes, null);

  for (const c of readJson<SampleCoding[]>(folder, 'codings.json')) {
    const source = sourceByFile.get(c.transcript);
    if (!source) throw new Error(`sample codings.json: no transcript ${c.transcript}`);
    const at = source.text.indexOf(c.quote.normalize('NFC'));
    if (at < 0) throw new Error(`sample codings.json: quote not found in ${c.transcript}: ${c.quote.slice(0, 40)}`);
    const index = new PositionIndex(source.text);
    createCoding(db, {
      sourceId: source.id,
      start: index.toCodePoint(at),
      end: index.toCodePoint(at + c.quote.normalize('NFC').length),
      codeId: ensureCodePath(db, c.code, researcher),
      coderId: ensureUser(db, c.coder),
    });
  }

  for (const m of readJson<SampleMemo[]>(folder, 'memos.json')) {
    let target: Parameters<typeof saveMemo>[1]['target'] = { kind: 'project' };
    if (typeof m.target === 'object' && 'code' in m.target) target = { kind: 'code', id: ensureCodePath(db, m.target.code, researcher) };
    if (typeof m.target === 'object' && 'case' in m.target) {
      const row = db.prepare('SELECT id FROM cases WHERE name = ?').get(m.target.case) as { id: string } | undefined;
      if (!row) throw new Error(`sample memos.json: no case ${m.target.case}`);
      target = { kind: 'case', id: row.id };
    }
    saveMemo(db, { target, title: m.title, contentJson: plainTextToLexicalJson(m.text), plainText: m.text, createdBy: researcher });
  }
}
