/**
 * Coded segments as a table (CSV or XLSX): one row per coding, in source and text order, with the
 * columns source, case, code (its path in the tree), coder, start, end (code points, end
 * exclusive, as everywhere in Telaah), text and created. A source in several cases lists them joined
 * by "; ". The CSV has a UTF-8 BOM and CRLF rows so that Excel opens it with accents intact.
 */
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { guardFormula } from './spreadsheet-formula-guard';
import type { ExportOptions } from '../../../shared/api/methods/exchange-methods';
import { withSubCodes } from '../store/code-store';
import { codePaths } from './refi-export-data';
import { IN_LIST, inList } from '../store/row-helpers';

const XLSX_CELL_LIMIT = 32_767;

export const SEGMENT_COLUMNS = ['source', 'case', 'code', 'coder', 'start', 'end', 'text', 'created'] as const;

export interface SegmentRow {
  source: string;
  case: string;
  code: string;
  coder: string;
  start: number;
  end: number;
  text: string;
  created: string;
}

export function segmentRows(db: Database.Database, options: ExportOptions = {}): SegmentRow[] {
  const where: string[] = ['1 = 1'];
  const params: string[] = [];
  if (options.codeIds?.length) {
    // A chosen code means its branch, as in the Word report's quotations.
    where.push(`c.code_id IN ${IN_LIST}`);
    params.push(inList(withSubCodes(db, options.codeIds)));
  }
  if (options.sourceIds?.length) {
    where.push(`s.source_id IN ${IN_LIST}`);
    params.push(inList(options.sourceIds));
  }
  const rows = db
    .prepare(
      `SELECT src.name AS source,
              coalesce((SELECT group_concat(name, '; ') FROM (SELECT ca.name FROM case_sources cs JOIN cases ca ON ca.id = cs.case_id
                         WHERE cs.source_id = s.source_id ORDER BY ca.name COLLATE NOCASE)), '') AS "case",
              c.code_id AS codeId, u.name AS coder, s.start, s.end, s.snippet AS text, c.created_at AS created
       FROM codings c
       JOIN selections s ON s.id = c.selection_id
       JOIN sources src ON src.id = s.source_id
       JOIN users u ON u.id = c.coder_id
       WHERE ${where.join(' AND ')}
       ORDER BY src.name COLLATE NOCASE, s.start, s.end, c.created_at`,
    )
    .all(...params) as (Omit<SegmentRow, 'code'> & { codeId: string })[];
  const paths = codePaths(db);
  return rows.map(({ codeId, ...r }) => ({ ...r, code: paths.get(codeId) ?? codeId }));
}

export function segmentsCsv(rows: SegmentRow[]): string {
  const csv = Papa.unparse(
    { fields: [...SEGMENT_COLUMNS], data: rows.map((r) => SEGMENT_COLUMNS.map((k) => (typeof r[k] === 'string' ? guardFormula(r[k]) : r[k]))) },
    { newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}

export async function segmentsXlsx(rows: SegmentRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Telaah';
  const ws = wb.addWorksheet('Coded segments', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Source', key: 'source', width: 28 },
    { header: 'Case', key: 'case', width: 18 },
    { header: 'Code', key: 'code', width: 32 },
    { header: 'Coder', key: 'coder', width: 14 },
    { header: 'Start', key: 'start', width: 8 },
    { header: 'End', key: 'end', width: 8 },
    { header: 'Text', key: 'text', width: 80 },
    { header: 'Created', key: 'created', width: 22 },
  ];
  ws.getRow(1).font = { bold: true };
  // Excel refuses to open a cell longer than 32,767 characters; the CSV keeps such texts whole.
  for (const r of rows) ws.addRow(r.text.length > XLSX_CELL_LIMIT ? { ...r, text: `${r.text.slice(0, XLSX_CELL_LIMIT - 60)}… [cut: the full text is in the CSV export]` } : r);
  ws.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
  ws.autoFilter = { from: 'A1', to: 'H1' };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
