import { HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import { STYLE } from './report-styles';
import { portrait, type ReportContext, type ReportPart } from './report-context';

interface CoderRow {
  name: string;
  codings: number;
}

/**
 * The title page (project name, what the report is, when it was written, by whose coding) and the
 * table of contents: a real TOC field over Heading 1-3, pre-filled with the headings so it is not
 * empty before Word updates it (the document asks Word to update fields on open for page numbers).
 */
export function titlePageSection(ctx: ReportContext): ReportPart[] {
  const { tr, fmt } = ctx;
  const coders = ctx.db
    .prepare(
      `SELECT u.name, count(c.id) AS codings FROM users u JOIN codings c ON c.coder_id = u.id
       GROUP BY u.id ORDER BY codings DESC, u.name COLLATE NOCASE`,
    )
    .all() as CoderRow[];
  const line = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: ctx.projectName }),
    new Paragraph({ style: STYLE.subtitle, children: [new TextRun({ text: tr('report.title'), bold: true }), new TextRun({ text: tr('report.subtitle'), break: 1 })] }),
    line(tr('report.generated'), fmt.date(new Date().toISOString())),
    ...(coders.length > 0 ? [line(tr('report.coders'), coders.map((c) => c.name).join(', '))] : []),
    new Paragraph({ style: STYLE.note, spacing: { before: 480 }, text: tr('report.generatedBy') }),
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, text: tr('report.contents') }),
    new TableOfContents(tr('report.contents'), { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ style: STYLE.note, spacing: { before: 240 }, text: tr('report.tocHint') }),
  ];
  return [portrait(children)];
}
