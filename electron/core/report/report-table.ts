import { HeightRule, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextDirection, TextRun, VerticalAlignTable, WidthType, type IRunOptions } from 'docx';
import { STYLE } from './report-styles';

/** One cell: plain text, or text with its own look. */
export interface ReportCell {
  text: string;
  /** Right-aligned (numbers). */
  numeric?: boolean;
  /** Background as hex without '#', e.g. a heat-shaded count. */
  fill?: string;
  /** Text colour as hex without '#' (dark fills need white text). */
  color?: string;
  bold?: boolean;
  /** Indent in twips (code hierarchy). */
  indent?: number;
}

export interface ReportColumn {
  header: string;
  /** Width in twips. */
  width: number;
  numeric?: boolean;
  /** Header text set bottom to top (narrow matrix columns). */
  vertical?: boolean;
}

export interface ReportTableSpec {
  columns: ReportColumn[];
  rows: (ReportCell | string)[][];
  /** Keep each row on one page (short rows such as matrix rows); long text rows may split. */
  rowsCantSplit?: boolean;
  /** Bold first column from the table style (row labels). */
  firstColumn?: boolean;
}

/** Splits text at line breaks into runs with breaks, so a cell keeps the text's lines. */
function runs(text: string, options: IRunOptions = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function cellParagraphs(cell: ReportCell, numeric: boolean): Paragraph[] {
  const style = numeric ? STYLE.tableNumber : STYLE.tableText;
  const runOptions: IRunOptions = { ...(cell.color ? { color: cell.color } : {}), ...(cell.bold ? { bold: true } : {}) };
  // Paragraph breaks inside a cell stay paragraphs (criteria and definitions often have several).
  return cell.text.split(/\n{2,}/).map(
    (para) => new Paragraph({ style, children: runs(para, runOptions), ...(cell.indent ? { indent: { left: cell.indent } } : {}) }),
  );
}

/** Twips per character of 9 pt table text, on average (Calibri/Carlito). */
const CHAR_TWIPS = 95;
const LINE_TWIPS = 230;

/**
 * Height of a header row with upright (bottom-to-top) text: readers other than Word do not grow a
 * row for rotated text, so the row asks for enough height to hold the longest label wrapped in as
 * many lines as the column's width allows.
 */
export function uprightHeaderHeight(columns: ReportColumn[]): number | null {
  const upright = columns.filter((c) => c.vertical);
  if (upright.length === 0) return null;
  const needed = Math.max(
    ...upright.map((c) => {
      const lines = Math.max(1, Math.floor((c.width - 160) / LINE_TWIPS));
      const longestWord = Math.max(...c.header.split(/\s+/).map((w) => w.length));
      return Math.max(longestWord, Math.ceil(c.header.length / lines)) * CHAR_TWIPS + 240;
    }),
  );
  return Math.min(3200, Math.max(900, needed));
}

/**
 * A Word table in the report's table style: fixed column widths (so Word, LibreOffice and Google
 * Docs lay it out alike), a header row that repeats on every page (tableHeader) and never splits.
 */
export function reportTable(spec: ReportTableSpec): Table {
  const width = spec.columns.reduce((s, c) => s + c.width, 0);
  const uprightHeight = uprightHeaderHeight(spec.columns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    ...(uprightHeight ? { height: { value: uprightHeight, rule: HeightRule.ATLEAST } } : {}),
    children: spec.columns.map(
      (c) =>
        new TableCell({
          width: { size: c.width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.BOTTOM,
          ...(c.vertical ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT } : {}),
          children: [new Paragraph({ style: c.vertical ? STYLE.tableText : c.numeric ? STYLE.tableNumber : STYLE.tableText, children: runs(c.header) })],
        }),
    ),
  });
  const body = spec.rows.map(
    (row) =>
      new TableRow({
        ...(spec.rowsCantSplit ? { cantSplit: true } : {}),
        children: spec.columns.map((col, i) => {
          const raw = row[i] ?? '';
          const cell: ReportCell = typeof raw === 'string' ? { text: raw } : raw;
          const numeric = cell.numeric ?? col.numeric ?? false;
          return new TableCell({
            width: { size: col.width, type: WidthType.DXA },
            ...(cell.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill } } : {}),
            children: cellParagraphs(cell, numeric),
          });
        }),
      }),
  );
  return new Table({
    style: STYLE.table,
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: spec.columns.map((c) => c.width),
    tableLook: { firstRow: true, firstColumn: spec.firstColumn ?? false, noHBand: true, noVBand: true },
    rows: [header, ...body],
  });
}
