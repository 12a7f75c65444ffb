import { HeadingLevel, Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { LANDSCAPE_COLUMNS, PAGE, STYLE } from './report-styles';
import { reportTable, type ReportCell, type ReportColumn } from './report-table';
import { heatFill } from './heat-shading';
import type { ReportContext, ReportPart } from './report-context';
import type { ReportMatrix } from './report-matrix-data';

/** At most this many data columns per table on a landscape page; wider matrices continue in further tables. */
export const MAX_MATRIX_COLUMNS = 12;
const LABEL_WIDTH = 2600;
const INDENT_PER_LEVEL = 200;
/** Column width (twips) under which header text is set bottom to top. */
const VERTICAL_BELOW = 1300;

function formatValue(ctx: ReportContext, m: ReportMatrix, v: number): string {
  if (m.spec.normalization === 'none' && m.spec.measure !== 'presence') return ctx.fmt.integer(v);
  if (m.spec.measure === 'presence') return v > 0 ? '✓' : '';
  return ctx.fmt.decimal(v);
}

/** Column ranges [from, to) of at most MAX_MATRIX_COLUMNS. */
export function columnChunks(count: number, max = MAX_MATRIX_COLUMNS): [number, number][] {
  if (count === 0) return [[0, 0]];
  const chunks: [number, number][] = [];
  for (let from = 0; from < count; from += max) chunks.push([from, Math.min(count, from + max)]);
  return chunks;
}

/**
 * One matrix as native Word tables: the row label column, the data columns, and (for plain counts)
 * the row and column totals. Tables wider than LANDSCAPE_COLUMNS sit in a landscape section; very
 * wide ones are split into column chunks, each repeating the row labels. With heat shading each
 * cell is tinted by its share of the largest cell.
 */
export function matrixTables(ctx: ReportContext, m: ReportMatrix): { children: FileChild[]; landscape: boolean } {
  const { tr } = ctx;
  const r = m.result;
  const children: FileChild[] = [];
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: m.title }));
  children.push(new Paragraph({ style: STYLE.note, keepNext: true, text: tr('report.matrices.note', { rows: m.rowsLabel, columns: m.columnsLabel, cells: m.cellsLabel }) }));
  if (r.rows.length === 0 || r.columns.length === 0) {
    children.push(new Paragraph(tr('report.matrices.empty')));
    return { children, landscape: false };
  }
  const showTotals = m.spec.normalization === 'none' && m.spec.measure !== 'presence';
  const max = Math.max(0, ...r.values.flat());
  const chunks = columnChunks(r.columns.length);
  const widest = Math.min(r.columns.length, MAX_MATRIX_COLUMNS) + 1 + (showTotals ? 1 : 0);
  const landscape = widest > LANDSCAPE_COLUMNS;
  const textWidth = landscape ? PAGE.landscapeText : PAGE.portraitText;
  if (ctx.options.heatShading && max > 0) children.push(new Paragraph({ style: STYLE.note, keepNext: true, text: tr('report.matrices.shadingNote') }));

  chunks.forEach(([from, to], chunkIndex) => {
    const dataCols = to - from;
    const totalCol = showTotals && chunkIndex === chunks.length - 1;
    const numericCols = dataCols + (totalCol ? 1 : 0);
    const labelWidth = Math.min(LABEL_WIDTH, Math.round(textWidth * 0.4));
    // Numbers get what is left, capped so a two-column matrix does not stretch across the page.
    const colWidth = Math.min(1600, Math.floor((textWidth - labelWidth) / Math.max(1, numericCols)));
    const columns: ReportColumn[] = [
      { header: m.rowsLabel, width: labelWidth },
      // Narrow columns get their headers turned upright, as matrices are printed, rather than broken mid-word.
      ...r.columns.slice(from, to).map((c) => ({ header: c.label, width: colWidth, numeric: true, vertical: colWidth < VERTICAL_BELOW })),
      ...(totalCol ? [{ header: tr('report.matrices.total'), width: colWidth, numeric: true }] : []),
    ];
    const rows: ReportCell[][] = r.rows.map((row, i) => {
      const cells: ReportCell[] = [{ text: row.label, indent: (row.depth ?? 0) * INDENT_PER_LEVEL }];
      for (let j = from; j < to; j++) {
        const v = r.values[i]![j]!;
        const heat = ctx.options.heatShading ? heatFill(v, max) : null;
        cells.push({ text: formatValue(ctx, m, v), numeric: true, ...(heat ? { fill: heat.fill, ...(heat.color ? { color: heat.color } : {}) } : {}) });
      }
      if (totalCol) cells.push({ text: formatValue(ctx, m, r.rowTotals[i]!), numeric: true, bold: true });
      return cells;
    });
    if (showTotals) {
      const totals: ReportCell[] = [{ text: tr('report.matrices.total'), bold: true }];
      for (let j = from; j < to; j++) totals.push({ text: formatValue(ctx, m, r.columnTotals[j]!), numeric: true, bold: true });
      if (totalCol) totals.push({ text: formatValue(ctx, m, r.grandTotal), numeric: true, bold: true });
      rows.push(totals);
    }
    const caption =
      chunks.length === 1
        ? tr('report.matrices.caption', { n: ctx.nextTable(), title: m.title })
        : tr('report.matrices.caption', {
            n: ctx.nextTable(),
            title: chunkIndex === 0 ? m.title : tr('report.matrices.continued', { title: m.title, from: from + 1, to, count: r.columns.length }),
          });
    children.push(new Paragraph({ style: STYLE.caption, text: caption }));
    children.push(reportTable({ columns, rows, rowsCantSplit: true, firstColumn: true }));
  });
  return { children, landscape };
}

/**
 * The matrices section: a Heading 1, then each matrix in a portrait or landscape part (the heading
 * travels with the first matrix, so it never sits alone on a page before a landscape section).
 */
export async function matricesSection(ctx: ReportContext): Promise<ReportPart[]> {
  const { tr } = ctx;
  const head: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('report.matrices.heading') }), new Paragraph(tr('report.matrices.intro'))];
  if (ctx.matrices.length === 0) return [{ orientation: 'portrait', children: [...head, new Paragraph(tr('report.methods.noDisplay'))] }];
  const parts: ReportPart[] = [];
  for (const [i, m] of ctx.matrices.entries()) {
    await ctx.checkpoint(m.title);
    const { children, landscape } = matrixTables(ctx, m);
    parts.push({ orientation: landscape ? 'landscape' : 'portrait', children: i === 0 ? [...head, ...children] : children });
  }
  return parts;
}
