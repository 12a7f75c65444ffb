import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { STYLE } from './report-styles';
import { richTextParagraphs } from './lexical-paragraphs';
import { listReportConclusions, type ReportConclusion, type ReportEvidence } from './report-conclusion-data';
import type { ReportContext, ReportPart } from './report-context';

/** One piece of evidence: a quoted segment with where it comes from, or the matrix cell it points at. */
function evidenceBlock(ctx: ReportContext, e: ReportEvidence): FileChild[] {
  const { tr } = ctx;
  const out: FileChild[] = [];
  if (e.kind === 'segment' && e.snippet) {
    out.push(new Paragraph({ style: STYLE.quote, text: e.snippet }));
    const where = [e.sourceName ? `${tr('report.quotations.source')}: ${e.sourceName}` : null];
    if (e.caseNames.length > 0) where.push(`${tr('report.quotations.case')}: ${e.caseNames.join(', ')}`);
    if (e.paragraph !== null) where.push(tr('report.quotations.paragraph', { n: e.paragraph }));
    if (e.speaker) where.push(`${tr('report.quotations.speaker')}: ${e.speaker}`);
    out.push(new Paragraph({ style: STYLE.quoteSource, text: where.filter(Boolean).join(' · ') }));
  } else if (e.kind === 'text-matrix-cell') {
    out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: `${tr('report.conclusions.textMatrixCell')}: `, bold: true }), new TextRun(e.label)] }));
    if (e.textMatrixSummary) out.push(new Paragraph({ style: STYLE.quote, text: e.textMatrixSummary }));
  } else {
    out.push(new Paragraph({ bullet: { level: 0 }, text: e.label || tr('report.conclusions.cell', { row: e.rowKey ?? '', column: e.columnKey ?? '' }) }));
  }
  if (e.note.trim()) out.push(new Paragraph({ style: STYLE.note, text: tr('report.conclusions.note', { note: e.note }) }));
  return out;
}

function conclusionBlock(ctx: ReportContext, c: ReportConclusion, n: number): FileChild[] {
  const { tr, fmt } = ctx;
  const title = c.title.trim() || c.plainText.trim().split('\n')[0]!.slice(0, 120) || `#${n}`;
  const out: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: title }),
    new Paragraph({
      style: STYLE.note,
      children: [
        new TextRun({ text: `${tr('report.conclusions.status')}: `, bold: true }),
        new TextRun(tr(`report.conclusions.status.${c.status}`)),
        new TextRun({ text: `   ${tr('report.conclusions.tactic')}: `, bold: true }),
        new TextRun(ctx.tacticLabel(c.tactic)),
      ],
    }),
    ...richTextParagraphs(c.contentJson, c.plainText),
  ];
  for (const stance of ['supports', 'contradicts'] as const) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: tr(stance === 'supports' ? 'report.conclusions.supporting' : 'report.conclusions.contradicting') }));
    const items = c.evidence.filter((e) => e.stance === stance);
    if (items.length === 0) out.push(new Paragraph({ style: STYLE.note, text: tr('report.conclusions.noEvidence') }));
    for (const e of items) out.push(...evidenceBlock(ctx, e));
  }
  if (c.supervisorComment.trim() || c.reviewedBy) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: tr('report.conclusions.supervisorComment') }));
    if (c.supervisorComment.trim()) out.push(new Paragraph({ style: STYLE.quote, text: c.supervisorComment }));
    if (c.reviewedBy) {
      out.push(new Paragraph({ style: STYLE.quoteSource, text: tr('report.conclusions.reviewedBy', { name: c.reviewedBy, date: c.reviewedAt ? fmt.date(c.reviewedAt) : '' }) }));
    }
  }
  return out;
}

/**
 * The conclusions ledger: each conclusion with its status, tactic, text, the evidence that supports
 * and contradicts it, and the supervisor's verdict comment. Verified ones first.
 */
export async function conclusionsSection(ctx: ReportContext): Promise<ReportPart[]> {
  const { tr } = ctx;
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('report.conclusions.heading') })];
  const conclusions = listReportConclusions(ctx.db);
  if (conclusions.length === 0) children.push(new Paragraph(tr('report.conclusions.empty')));
  for (const [i, c] of conclusions.entries()) {
    await ctx.checkpoint(c.title);
    children.push(...conclusionBlock(ctx, c, i + 1));
  }
  return [{ orientation: 'portrait', children }];
}
