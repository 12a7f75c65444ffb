import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { AgreementReport, AgreementRow, CommentThread, StatisticValue } from '../../../shared/api/methods/review-methods';
import { reviewSummary } from '../review/review-summary';
import { PAGE, STYLE } from './report-styles';
import { reportTable, type ReportCell } from './report-table';
import type { ReportContext, ReportPart } from './report-context';

function statistic(ctx: ReportContext, v: StatisticValue | null, percent = false): string {
  if (!v) return '';
  if (v.value === null) return ctx.tr('report.review.undefined');
  return percent ? ctx.fmt.decimal(v.value * 100) : v.value.toFixed(3).replace('.', ctx.options.language === 'id' ? ',' : '.');
}

function agreementTable(ctx: ReportContext, a: AgreementReport): FileChild[] {
  const { tr, fmt } = ctx;
  const lang = ctx.options.language;
  const many = a.coders.length > 2;
  const w = PAGE.portraitText;
  const numberWidth = 1300;
  const row = (r: AgreementRow, overall: boolean): ReportCell[] => [
    { text: overall ? tr('report.review.overall') : r.codeName, bold: overall },
    { text: fmt.integer(r.units), numeric: true, bold: overall },
    { text: statistic(ctx, r.percentAgreement, true), numeric: true, bold: overall },
    { text: statistic(ctx, many ? r.fleissKappa : r.cohenKappa), numeric: true, bold: overall },
    { text: statistic(ctx, r.krippendorffAlpha), numeric: true, bold: overall },
  ];
  const out: FileChild[] = [
    new Paragraph(tr('report.review.coders', { coders: a.coders.map((c) => c.name).join(', '), unit: a.unitDescription.name[lang] })),
    new Paragraph({ style: STYLE.note, text: a.unitDescription.description[lang] }),
    new Paragraph({ style: STYLE.caption, text: tr('report.review.caption', { n: ctx.nextTable(), title: tr('report.review.agreementCaption') }) }),
    reportTable({
      columns: [
        { header: tr('report.review.code'), width: w - 4 * numberWidth },
        { header: tr('report.review.units'), width: numberWidth, numeric: true },
        { header: tr('report.review.percent'), width: numberWidth, numeric: true },
        { header: tr(many ? 'report.review.fleiss' : 'report.review.kappa'), width: numberWidth, numeric: true },
        { header: tr('report.review.alpha'), width: numberWidth, numeric: true },
      ],
      rows: [...a.codes.map((r) => row(r, false)), row(a.overall, true)],
      rowsCantSplit: true,
    }),
    new Paragraph({ style: STYLE.note, spacing: { before: 80 }, text: tr('report.review.undefinedNote') }),
  ];
  // The method beside the result: each statistic's name and formula, in the report's language.
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: tr('report.review.method') }));
  for (const f of a.formulas) {
    out.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [new TextRun({ text: `${f.name[lang]}: `, bold: true }), new TextRun(f.formula[lang]), new TextRun({ text: ` (${f.reference})`, color: '595959' })],
      }),
    );
  }
  return out;
}

function threadBlock(ctx: ReportContext, t: CommentThread): FileChild[] {
  const { tr, fmt } = ctx;
  const where = t.location ? ` (${t.location.sourceName}, ${t.location.codeName}, ${t.location.coderName})` : '';
  const out: FileChild[] = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 160 },
      children: [
        new TextRun({ text: `${tr(`report.review.target.${t.target.kind}`)}: `, bold: true }),
        new TextRun(t.targetLabel || '—'),
        new TextRun({ text: `${where} · ${tr('report.review.opened', { date: fmt.date(t.createdAt) })}`, color: '595959' }),
      ],
    }),
  ];
  for (const c of t.comments) {
    out.push(
      new Paragraph({
        indent: { left: 567 },
        children: [new TextRun({ text: `${c.authorName ?? '—'} (${fmt.date(c.createdAt)}): `, bold: true }), new TextRun(c.body)],
      }),
    );
  }
  return out;
}

/**
 * The review summary (issue 6): agreement between the two busiest coders per code and overall with
 * the method and formulas, the comment threads still open, how disagreements were settled, and the
 * supervisor's verdict on every conclusion.
 */
export async function reviewSection(ctx: ReportContext): Promise<ReportPart[]> {
  const { tr, fmt } = ctx;
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('report.review.heading') })];
  await ctx.checkpoint(tr('report.review.agreement'));
  const summary = reviewSummary(ctx.db);

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: tr('report.review.agreement') }));
  if (summary.agreement) children.push(...agreementTable(ctx, summary.agreement));
  else children.push(new Paragraph(tr('report.review.noAgreement')));
  const d = summary.decisions;
  if (d.accepted + d.keepBoth + d.discuss > 0) {
    children.push(new Paragraph(tr('report.review.decisionsSummary', { accepted: fmt.integer(d.accepted), keepBoth: fmt.integer(d.keepBoth), discuss: fmt.integer(d.discuss) })));
  }

  await ctx.checkpoint(tr('report.review.openComments'));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: tr('report.review.openComments') }));
  children.push(new Paragraph(tr('report.review.threadsSummary', { open: fmt.integer(summary.openThreads.length), resolved: fmt.integer(summary.resolvedThreadCount) })));
  if (summary.openThreads.length === 0) children.push(new Paragraph({ style: STYLE.note, text: tr('report.review.noOpenComments') }));
  for (const t of summary.openThreads) children.push(...threadBlock(ctx, t));

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: tr('report.review.verdicts') }));
  if (summary.conclusions.length === 0) children.push(new Paragraph(tr('report.review.noVerdicts')));
  else {
    const w = PAGE.portraitText;
    children.push(new Paragraph({ style: STYLE.caption, text: tr('report.review.caption', { n: ctx.nextTable(), title: tr('report.review.verdictsCaption') }) }));
    children.push(
      reportTable({
        columns: [
          { header: tr('report.review.conclusion'), width: Math.round(w * 0.32) },
          { header: tr('report.review.verdict'), width: Math.round(w * 0.14) },
          { header: tr('report.review.comment'), width: Math.round(w * 0.34) },
          { header: tr('report.review.reviewedBy'), width: w - Math.round(w * 0.32) - Math.round(w * 0.14) - Math.round(w * 0.34) },
        ],
        rows: summary.conclusions.map((c) => [
          c.title || '—',
          tr(`report.conclusions.status.${c.verdict}`),
          c.comment,
          c.reviewedBy ? `${c.reviewedBy}${c.reviewedAt ? `, ${fmt.date(c.reviewedAt)}` : ''}` : '',
        ]),
      }),
    );
  }
  return [{ orientation: 'portrait', children }];
}
