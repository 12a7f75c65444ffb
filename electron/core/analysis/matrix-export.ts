import ExcelJS from 'exceljs';
import type { MatrixResult } from '../../../shared/api/methods/analysis-methods';
import { guardFormula } from '../exchange/spreadsheet-formula-guard';

/**
 * Matrix files for spreadsheets and reports. Both formats carry the same table: a header row (the
 * corner holds the title), one row per matrix row with its total, and a totals row. Counts are
 * written exactly; normalised figures (percentages, per 1,000 words) are rounded to 2 decimals in
 * CSV and kept exact in XLSX (shown with 2 decimals).
 */

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function formatNumber(value: number, normalized: boolean): string {
  if (!normalized) return String(value);
  return (Math.round(value * 100) / 100).toFixed(2);
}

function rowLabel(m: { label: string; depth?: number }): string {
  return m.depth ? `${'  '.repeat(m.depth)}${m.label}` : m.label;
}

/** RFC 4180 CSV with CRLF line ends and a UTF-8 byte order mark (Excel then reads accents right). */
export function matrixToCsv(m: MatrixResult): string {
  const normalized = m.normalization !== 'none';
  const lines: string[][] = [];
  lines.push([m.title, ...m.columns.map((c) => c.label), 'Total'].map(guardFormula));
  m.rows.forEach((r, i) => {
    lines.push([guardFormula(rowLabel(r)), ...m.values[i]!.map((v) => formatNumber(v, normalized)), formatNumber(m.rowTotals[i]!, normalized)]);
  });
  lines.push(['Total', ...m.columnTotals.map((v) => formatNumber(v, normalized)), formatNumber(m.grandTotal, normalized)]);
  return `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** An .xlsx workbook with one sheet: header frozen, code rows indented by depth, totals in bold. */
export async function matrixToXlsx(m: MatrixResult): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Telaah';
  const ws = wb.addWorksheet('Matrix', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const normalized = m.normalization !== 'none';
  ws.addRow([m.title, ...m.columns.map((c) => c.label), 'Total']).font = { bold: true };
  m.rows.forEach((r, i) => {
    const row = ws.addRow([r.label, ...m.values[i]!, m.rowTotals[i]!]);
    if (r.depth) row.getCell(1).alignment = { indent: r.depth };
    row.getCell(m.columns.length + 2).font = { bold: true };
  });
  ws.addRow(['Total', ...m.columnTotals, m.grandTotal]).font = { bold: true };
  ws.getColumn(1).width = Math.min(60, Math.max(12, ...m.rows.map((r) => r.label.length + 2 * (r.depth ?? 0)), m.title.length / 2));
  for (let c = 2; c <= m.columns.length + 2; c++) {
    const col = ws.getColumn(c);
    col.width = Math.min(30, Math.max(8, (m.columns[c - 2]?.label.length ?? 5) + 2));
    if (normalized) col.numFmt = '0.00';
  }
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** A file name from the title: letters, digits, spaces and dashes kept. */
export function matrixFileName(m: MatrixResult, format: 'csv' | 'xlsx'): string {
  const base = m.title.replace(/×/g, 'x').replace(/[^\p{L}\p{N} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'matrix';
  return `${base}.${format}`;
}
