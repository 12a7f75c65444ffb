/**
 * Case and survey tables (.csv, .xlsx) as plain rows of strings, for turning rows into cases,
 * columns into attributes and open answers into sources.
 *
 * Values: empty or blank cells are null; everything else is a string exactly as the researcher would
 * read it: numbers without float noise ("0.3", not "0.30000000000000004"), dates as ISO 8601
 * ("2023-05-12", or "2023-05-12T14:30:00" when there is a time of day; Excel dates have no time zone),
 * booleans "TRUE"/"FALSE", formulas as their cached result, rich text as its plain text.
 * Columns: from the first row; a blank header becomes "Column N", a repeated one "Name (2)".
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { safeUnzip } from '../archive/safe-unzip';
import { assertNoDtd, decodeXmlBytes } from '../xml/safe-xml';
import { errorPhrase, tooLargePhrase } from '../i18n/error-phrase';
import type { Phrase } from '../../../shared/api/phrase';
import { ImportError, MAX_IMPORT_BYTES } from './imported-document';
import { decodeText } from './text-decoding';

export interface CaseTable {
  columns: string[];
  rows: Array<Record<string, string | null>>;
  warnings: Phrase[];
}

export const CASE_TABLE_EXTENSIONS = ['.csv', '.tsv', '.xlsx'] as const;

export async function readCaseTable(bytes: Uint8Array, fileName: string): Promise<CaseTable> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportError('too-large', fileName, tooLargePhrase(bytes.byteLength, MAX_IMPORT_BYTES));
  }
  const ext = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return readCsv(bytes, fileName);
  if (ext === '.xlsx') return readXlsx(bytes, fileName);
  if (ext === '.xls') {
    throw new ImportError('unsupported-type', fileName, errorPhrase('errors.table.xls'));
  }
  throw new ImportError('unsupported-type', fileName, errorPhrase('errors.table.unknownType', { types: CASE_TABLE_EXTENSIONS.join(', ') }));
}

function readCsv(bytes: Uint8Array, fileName: string): CaseTable {
  const { text } = decodeText(bytes, fileName);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  const warnings: Phrase[] = [];
  for (const e of parsed.errors) {
    // Papa's "UndetectableDelimiter" just means a one-column file: comma is then right. Its other
    // messages stay as they are: technical detail.
    if (e.code === 'UndetectableDelimiter') continue;
    const where = { file: fileName, detail: e.message };
    warnings.push(e.row === undefined ? errorPhrase('errors.table.parseProblem', where) : errorPhrase('errors.table.parseProblemAtRow', { ...where, row: e.row + 1 }));
  }
  const [header, ...data] = parsed.data;
  if (!header) throw new ImportError('empty', fileName, errorPhrase('errors.table.noRows'));
  return buildTable(header.map(cleanCell), data.map((r) => r.map(cleanCell)), fileName, warnings, 2);
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<CaseTable> {
  // Bomb, path and DTD checks on the archive before exceljs opens it (it unzips on its own).
  const parts = safeUnzip(bytes, fileName, { filter: (e) => /\.(xml|rels)$/i.test(e.name) });
  for (const [name, data] of parts) assertNoDtd(decodeXmlBytes(data, { fileName, entry: name }), { fileName, entry: name });

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw new ImportError('corrupt', fileName, errorPhrase('errors.table.unreadableXlsx', { detail: (err as Error).message }));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportError('empty', fileName, errorPhrase('errors.table.noSheets'));
  const warnings: Phrase[] = [];
  if (workbook.worksheets.length > 1) {
    warnings.push(errorPhrase('errors.table.sheetsIgnored', { file: fileName, sheet: sheet.name, count: workbook.worksheets.length - 1 }));
  }
  const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0;
  const rows: Array<Array<string | null>> = [];
  let firstRow = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length === 0) firstRow = rowNumber;
    const cells: Array<string | null> = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    // Keep the sheet's row numbers in messages: pad skipped empty rows.
    while (rows.length < rowNumber - firstRow) rows.push([]);
    rows.push(cells);
  });
  const [header, ...data] = rows;
  if (!header) throw new ImportError('empty', fileName, errorPhrase('errors.table.emptySheet', { sheet: sheet.name }));
  const nonEmpty = data.filter((r) => r.some((v) => v !== null));
  return buildTable(header, nonEmpty, fileName, warnings, firstRow + 1, data);
}

function buildTable(
  header: Array<string | null>,
  data: Array<Array<string | null>>,
  fileName: string,
  warnings: Phrase[],
  firstDataLine: number,
  numbered: Array<Array<string | null>> = data,
): CaseTable {
  const columns: string[] = [];
  const used = new Map<string, number>();
  header.forEach((h, i) => {
    let name = h ?? `Column ${i + 1}`;
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    if (n > 1) {
      name = `${name} (${n})`;
      warnings.push(errorPhrase('errors.table.duplicateHeader', { file: fileName, column: i + 1, header: h ?? '', name }));
    }
    columns.push(name);
  });
  const rows = data.map((cells) => {
    if (cells.length > columns.length && cells.slice(columns.length).some((v) => v !== null)) {
      const line = numbered.indexOf(cells) + firstDataLine;
      warnings.push(errorPhrase('errors.table.extraCells', { file: fileName, row: line, cells: cells.length, columns: columns.length }));
    }
    const row: Record<string, string | null> = {};
    columns.forEach((c, i) => (row[c] = cells[i] ?? null));
    return row;
  });
  return { columns, rows, warnings };
}

function cleanCell(v: string | undefined): string | null {
  if (v === undefined || v.trim() === '') return null;
  return v;
}

/** Plain text of an exceljs cell value (see the module comment). */
export function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (value instanceof Date) return formatDate(value);
  if ('richText' in value) return cellText(value.richText.map((r) => r.text).join(''));
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  return null;
}

/** Shortest decimal that round-trips at 15 significant digits: what Excel shows, without float noise. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}
