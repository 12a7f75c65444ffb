/**
 * The codebook as a table (CSV to read and edit in a spreadsheet, or XLSX to import). Columns:
 *
 *   path         the code's place in the tree, levels joined by " > " ("Pengembangan formal > Bimtek")
 *   color        #RRGGBB
 *   description  the definition
 *   inclusion    inclusion criteria
 *   exclusion    exclusion criteria
 *   example      an example quote
 *   id           the code's GUID (kept on re-import, so a code renamed in the sheet stays the same code)
 *   codings, sources   counts, written on export and ignored on import
 *
 * On import the header names are matched case-insensitively; instead of `path` a sheet may give
 * `name` (and optionally `parent`, a path); `code` is read as `path`, `colour` as `color`,
 * `definition` or `memo` as `description`. Parents may be listed after their children. The CSV is
 * written with a UTF-8 BOM so that Excel reads its accents right; the importer accepts it with or
 * without.
 */
import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import { guardFormula, unguardFormula } from './spreadsheet-formula-guard';
import { errorPhrase } from '../i18n/error-phrase';
import { ImportError } from '../importers/imported-document';
import { readCaseTable } from '../importers/case-table-reader';
import { childNamed, type CodebookEntry, type ParsedCodebook } from '../../../shared/exchange/codebook-entry';
import { normaliseColor, normaliseGuid } from '../../../shared/exchange/refi-guid';
import { listCodes } from '../store/code-store';
import { codePaths } from './refi-export-data';

export const PATH_SEPARATOR = ' > ';
export const CODEBOOK_COLUMNS = ['path', 'color', 'description', 'inclusion', 'exclusion', 'example', 'id', 'codings', 'sources'] as const;

export function buildCodebookCsv(db: Database.Database): { csv: string; codes: number; warnings: string[] } {
  const paths = codePaths(db, PATH_SEPARATOR);
  const warnings: string[] = [];
  const rows = listCodes(db).map((c) => {
    if (c.name.includes(PATH_SEPARATOR)) {
      warnings.push(`Code "${c.name}" contains "${PATH_SEPARATOR}"; re-importing the CSV would split it into levels.`);
    }
    const text = [paths.get(c.id) ?? c.name, c.color.toUpperCase(), c.description, c.inclusion, c.exclusion, c.example, c.id].map(guardFormula);
    return [...text, c.codingCount, c.sourceCount];
  });
  const csv = Papa.unparse({ fields: [...CODEBOOK_COLUMNS], data: rows }, { newline: '\r\n', quotes: false });
  return { csv: `\uFEFF${csv}\r\n`, codes: rows.length, warnings };
}

const ALIASES: Record<string, string> = {
  path: 'path',
  code: 'path',
  'code path': 'path',
  name: 'name',
  parent: 'parent',
  color: 'color',
  colour: 'color',
  description: 'description',
  definition: 'description',
  memo: 'description',
  inclusion: 'inclusion',
  exclusion: 'exclusion',
  example: 'example',
  id: 'id',
  guid: 'id',
};

export async function readCodebookTable(bytes: Uint8Array, fileName: string): Promise<ParsedCodebook> {
  const table = await readCaseTable(bytes, fileName);
  const col = new Map<string, string>();
  for (const c of table.columns) {
    const key = ALIASES[c.trim().toLowerCase()];
    if (key && !col.has(key)) col.set(key, c);
  }
  if (!col.has('path') && !col.has('name')) {
    throw new ImportError('corrupt', fileName, errorPhrase('errors.exchange.codebookColumns', { columns: table.columns.join(', ') }));
  }
  // The codebook import's own notes are still English strings, so the table's phrases join them worded in English.
  const parsed: ParsedCodebook = { entries: [], warnings: table.warnings.map((w) => w.english) };
  const csv = /\.csv$/i.test(fileName);
  table.rows.forEach((row, i) => {
    const where = `${fileName}, row ${i + 2}`;
    // A CSV written by Telaah guards formula-like text (spreadsheet-formula-guard.ts): read it back exactly.
    const cell = (k: string) => (col.has(k) ? (row[col.get(k)!] ?? '') : '');
    const get = csv ? (k: string) => unguardFormula(cell(k)) : cell;
    const levels = col.has('path')
      ? get('path').split(PATH_SEPARATOR)
      : [...(get('parent') ? get('parent').split(PATH_SEPARATOR) : []), get('name')];
    const names = levels.map((l) => l.trim()).filter((l) => l !== '');
    if (names.length === 0) {
      if (Object.values(row).some((v) => v !== null)) parsed.warnings.push(`${where}: no code name; the row was skipped`);
      return;
    }
    let list = parsed.entries;
    let entry: CodebookEntry | null = null;
    for (const n of names) {
      entry = childNamed(list, n, where);
      list = entry.children;
    }
    const e = entry!;
    e.where = where;
    const rawColor = get('color');
    const color = normaliseColor(rawColor);
    if (rawColor && !color) parsed.warnings.push(`${where}: colour "${rawColor}" is not #RRGGBB; a colour was chosen`);
    if (color) e.color = color;
    const guid = normaliseGuid(get('id'));
    if (get('id') && !guid) parsed.warnings.push(`${where}: id "${get('id')}" is not a GUID; it was ignored`);
    if (guid) e.guid = guid;
    for (const k of ['description', 'inclusion', 'exclusion', 'example'] as const) e[k] = get(k);
  });
  return parsed;
}
