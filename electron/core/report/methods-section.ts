import { HeadingLevel, Paragraph } from 'docx';
import { PAGE, STYLE } from './report-styles';
import { reportTable } from './report-table';
import { portrait, type ReportContext, type ReportPart } from './report-context';
import { conclusionFacts } from './report-conclusion-data';

interface ProjectCounts {
  sources: number;
  words: number;
  firstDate: string | null;
  lastDate: string | null;
  cases: number;
  attributes: number;
  codes: number;
  topLevel: number;
  defined: number;
  codings: number;
  segments: number;
  codedSources: number;
  firstCoding: string | null;
  lastCoding: string | null;
  memos: number;
}

function projectCounts(ctx: ReportContext): ProjectCounts {
  return ctx.db
    .prepare(
      `SELECT
         (SELECT count(*) FROM sources) AS sources,
         (SELECT coalesce(sum(word_count), 0) FROM sources) AS words,
         (SELECT min(source_date) FROM sources WHERE source_date IS NOT NULL AND source_date <> '') AS firstDate,
         (SELECT max(source_date) FROM sources WHERE source_date IS NOT NULL AND source_date <> '') AS lastDate,
         (SELECT count(*) FROM cases) AS cases,
         (SELECT count(*) FROM attributes) AS attributes,
         (SELECT count(*) FROM codes) AS codes,
         (SELECT count(*) FROM codes WHERE parent_id IS NULL) AS topLevel,
         (SELECT count(*) FROM codes WHERE trim(description) <> '') AS defined,
         (SELECT count(*) FROM codings) AS codings,
         (SELECT count(DISTINCT selection_id) FROM codings) AS segments,
         (SELECT count(DISTINCT s.source_id) FROM codings c JOIN selections s ON s.id = c.selection_id) AS codedSources,
         (SELECT min(created_at) FROM codings) AS firstCoding,
         (SELECT max(created_at) FROM codings) AS lastCoding,
         (SELECT count(*) FROM memos) AS memos`,
    )
    .get() as ProjectCounts;
}

interface CoderCounts {
  name: string;
  codings: number;
  sources: number;
}

/**
 * How the analysis was done, written from the project itself in Miles and Huberman's three steps:
 * data reduction (codes, codings, coders, memos), data display (the matrices and charts in this
 * report) and conclusion drawing and verification (conclusions by status, tactics used).
 */
export function methodsSection(ctx: ReportContext): ReportPart[] {
  const { tr, fmt } = ctx;
  const n = projectCounts(ctx);
  const coders = ctx.db
    .prepare(
      `SELECT u.name, count(c.id) AS codings, count(DISTINCT s.source_id) AS sources
       FROM users u JOIN codings c ON c.coder_id = u.id JOIN selections s ON s.id = c.selection_id
       GROUP BY u.id ORDER BY codings DESC, u.name COLLATE NOCASE`,
    )
    .all() as CoderCounts[];
  const i = fmt.integer;
  const children = [];
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('report.methods.heading') }));

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: tr('report.methods.data') }));
  children.push(new Paragraph(tr('report.methods.dataText', { sources: i(n.sources), words: i(n.words), cases: i(n.cases), attributes: i(n.attributes) })));
  children.push(
    new Paragraph(n.firstDate && n.lastDate ? tr('report.methods.dates', { from: fmt.date(n.firstDate), to: fmt.date(n.lastDate) }) : tr('report.methods.noDates')),
  );

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: tr('report.methods.reduction') }));
  children.push(
    new Paragraph(
      tr('report.methods.reductionText', {
        codes: i(n.codes),
        topLevel: i(n.topLevel),
        subCodes: i(n.codes - n.topLevel),
        defined: i(n.defined),
        codings: i(n.codings),
        segments: i(n.segments),
        codedSources: i(n.codedSources),
      }),
    ),
  );
  for (const c of coders) {
    children.push(new Paragraph({ bullet: { level: 0 }, text: tr('report.methods.coderLine', { name: c.name, codings: i(c.codings), sources: i(c.sources) }) }));
  }
  if (n.firstCoding && n.lastCoding) {
    const from = fmt.date(n.firstCoding);
    const to = fmt.date(n.lastCoding);
    children.push(new Paragraph(from === to ? tr('report.methods.codingDay', { date: from }) : tr('report.methods.codingPeriod', { from, to })));
  }
  if (n.memos > 0) children.push(new Paragraph(tr('report.methods.memosText', { memos: i(n.memos) })));

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: tr('report.methods.display') }));
  if (ctx.matrices.length === 0) children.push(new Paragraph(tr('report.methods.noDisplay')));
  else {
    children.push(new Paragraph(tr('report.methods.displayText', { count: i(ctx.matrices.length) })));
    for (const m of ctx.matrices) children.push(new Paragraph({ bullet: { level: 0 }, text: m.title }));
  }
  if (ctx.charts.length > 0) children.push(new Paragraph(tr('report.methods.chartsText', { count: i(ctx.charts.length) })));

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: tr('report.methods.conclusions') }));
  const c = conclusionFacts(ctx.db);
  if (c.total === 0) children.push(new Paragraph(tr('report.methods.noConclusions')));
  else {
    children.push(
      new Paragraph(
        tr('report.methods.conclusionsText', { count: i(c.total), verified: i(c.byStatus.verified ?? 0), draft: i(c.byStatus.draft ?? 0), rejected: i(c.byStatus.rejected ?? 0) }),
      ),
    );
    if (c.tactics.length > 0) children.push(new Paragraph(tr('report.methods.tacticsText', { tactics: c.tactics.map((t) => `${ctx.tacticLabel(t.tactic)} (${i(t.count)})`).join(', ') })));
  }

  // The numbers once more as a table, for a supervisor who reads tables first.
  const rows: [string, number][] = [
    [tr('report.count.sources'), n.sources],
    [tr('report.count.words'), n.words],
    [tr('report.count.cases'), n.cases],
    [tr('report.count.attributes'), n.attributes],
    [tr('report.count.codes'), n.codes],
    [tr('report.count.codings'), n.codings],
    [tr('report.count.segments'), n.segments],
    [tr('report.count.coders'), coders.length],
    [tr('report.count.memos'), n.memos],
  ];
  children.push(new Paragraph({ style: STYLE.caption, text: tr('report.methods.countsCaption', { n: ctx.nextTable() }) }));
  children.push(
    reportTable({
      columns: [
        { header: tr('report.methods.item'), width: Math.round(PAGE.portraitText * 0.45) },
        { header: tr('report.methods.count'), width: Math.round(PAGE.portraitText * 0.2), numeric: true },
      ],
      rows: rows.map(([label, value]) => [label, i(value)]),
      rowsCantSplit: true,
    }),
  );
  return [portrait(children)];
}
