import { HeadingLevel, Paragraph } from 'docx';
import { listCodes } from '../store/code-store';
import { PAGE, STYLE } from './report-styles';
import { reportTable, type ReportCell } from './report-table';
import type { ReportContext, ReportPart } from './report-context';

const INDENT_PER_LEVEL = 240;

/** Column widths in twips on a landscape page (seven columns do not fit a portrait one). */
// Numbers wide enough for the longest header word in either language ("Pengodean", bold 9 pt).
const WIDTHS = { code: 2000, definition: 2800, inclusion: 2350, exclusion: 2350, numbers: 1150 } as const;
const EXAMPLE_WIDTH = PAGE.landscapeText - WIDTHS.code - WIDTHS.definition - WIDTHS.inclusion - WIDTHS.exclusion - 2 * WIDTHS.numbers;

/**
 * The codebook as one table in code-tree order: sub-codes indented under their parent, with the
 * definition, inclusion and exclusion criteria, an example, and how often the code was applied
 * (codings of the code itself, and the sources holding them).
 */
export function codebookSection(ctx: ReportContext): ReportPart[] {
  const { tr, fmt } = ctx;
  const codes = listCodes(ctx.db);
  const children = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('report.codebook.heading') })];
  if (codes.length === 0) {
    children.push(new Paragraph(tr('report.codebook.empty')));
    return [{ orientation: 'portrait', children }];
  }
  const depth = new Map<string, number>();
  for (const c of codes) depth.set(c.id, c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0);
  children.push(new Paragraph(tr('report.codebook.intro', { count: fmt.integer(codes.length) })));
  children.push(new Paragraph({ style: STYLE.caption, text: tr('report.codebook.caption', { n: ctx.nextTable() }) }));
  const rows: ReportCell[][] = codes.map((c) => {
    const level = depth.get(c.id) ?? 0;
    return [
      { text: c.name, indent: level * INDENT_PER_LEVEL, bold: level === 0 },
      { text: c.description },
      { text: c.inclusion },
      { text: c.exclusion },
      { text: c.example },
      { text: fmt.integer(c.codingCount), numeric: true },
      { text: fmt.integer(c.sourceCount), numeric: true },
    ];
  });
  const table = reportTable({
    columns: [
      { header: tr('report.codebook.code'), width: WIDTHS.code },
      { header: tr('report.codebook.definition'), width: WIDTHS.definition },
      { header: tr('report.codebook.inclusion'), width: WIDTHS.inclusion },
      { header: tr('report.codebook.exclusion'), width: WIDTHS.exclusion },
      { header: tr('report.codebook.example'), width: EXAMPLE_WIDTH },
      { header: tr('report.codebook.codings'), width: WIDTHS.numbers, numeric: true },
      { header: tr('report.codebook.sources'), width: WIDTHS.numbers, numeric: true },
    ],
    rows,
  });
  return [{ orientation: 'landscape', children: [...children, table] }];
}
