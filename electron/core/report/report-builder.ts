import type Database from 'better-sqlite3';
import {
  AlignmentType,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { REPORT_SECTIONS, type ReportOptions, type ReportResult, type ReportSection } from '../../../shared/api/methods/report-methods';
import { estimatePageNumbersWith } from 'docx/layout';
import { PAGE, reportStyles, STYLE, TABLE_STYLE_XML } from './report-styles';
import { reportFormats, reportTranslator } from './report-strings';
import { ReportCancelled, type ReportContext, type ReportPart, type SectionWriter } from './report-context';
import { computeReportMatrices, DEFAULT_REPORT_MATRICES } from './report-matrix-data';
import { planReportCharts } from './report-charts';
import { titlePageSection } from './title-page-section';
import { methodsSection } from './methods-section';
import { codebookSection } from './codebook-section';
import { matricesSection } from './matrices-section';
import { chartsSection } from './charts-section';
import { quotationsSection } from './quotations-section';
import { memosSection } from './memos-section';
import { conclusionsSection } from './conclusions-section';
import { reviewSection } from './review-section';
import { checkTargetFolder, writeFileAtomically } from './atomic-file';
import { projectName } from '../store/project-meta';

const WRITERS: Record<ReportSection, SectionWriter> = {
  titlePage: titlePageSection,
  methods: methodsSection,
  codebook: codebookSection,
  matrices: matricesSection,
  charts: chartsSection,
  quotations: quotationsSection,
  memos: memosSection,
  conclusions: conclusionsSection,
  review: reviewSection,
};

/** What the builder needs of a job: the dispatch's JobControl fits. */
export interface ReportJob {
  readonly cancelled: boolean;
  progress(done: number, total: number, current?: string): void;
}

const NO_JOB: ReportJob = { cancelled: false, progress: () => undefined };

export interface BuiltReport {
  document: Document;
  sections: ReportSection[];
  tables: number;
  figures: number;
  warnings: string[];
}

/** Consecutive parts of one orientation share a Word section; a change of orientation starts a new one. */
export function mergeParts(parts: ReportPart[]): ReportPart[] {
  const merged: ReportPart[] = [];
  for (const p of parts) {
    if (p.children.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.orientation === p.orientation) last.children.push(...p.children);
    else merged.push({ orientation: p.orientation, children: [...p.children] });
  }
  return merged;
}

function pageFooter(): Footer {
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, style: STYLE.note, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] });
}

function wordSection(part: ReportPart): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: part.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    footers: { default: pageFooter() },
    children: part.children,
  };
}

/** Reports with more top-level blocks (paragraphs, tables) than this get their TOC page numbers from Word. */
export const MAX_BLOCKS_TO_PAGINATE = 600;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds the report as a docx Document: sections in the fixed reading order, each a run of parts;
 * matrices and charts are decided first so every section agrees on them. Progress is one step per
 * section plus preparing and packing; between steps the event loop runs, so a cancel arrives.
 */
export async function buildReport(db: Database.Database, options: ReportOptions, job: ReportJob = NO_JOB): Promise<BuiltReport> {
  const chosen = REPORT_SECTIONS.filter((s) => options.sections.includes(s));
  const tr = reportTranslator(options.language);
  const fmt = reportFormats(options.language);
  const total = chosen.length + 2;
  let done = 0;
  const warnings: string[] = [];
  let tables = 0;
  let figures = 0;
  const checkpoint = async (current?: string) => {
    job.progress(done, total, current);
    await tick();
    if (job.cancelled) throw new ReportCancelled();
  };
  await checkpoint(tr('report.methods.heading'));
  const name = projectName(db) ?? '';
  const needMatrices = chosen.some((s) => s === 'methods' || s === 'matrices' || s === 'charts');
  const matrices = needMatrices ? computeReportMatrices(db, options.matrices ?? DEFAULT_REPORT_MATRICES, tr, (m) => warnings.push(m)) : [];
  const charts = chosen.includes('charts') || chosen.includes('methods') ? planReportCharts(db, matrices, tr, (m) => warnings.push(m)) : [];
  const ctx: ReportContext = {
    db,
    options,
    tr,
    fmt,
    projectName: name || tr('report.project'),
    matrices: chosen.includes('matrices') || chosen.includes('methods') ? matrices : [],
    charts: chosen.includes('charts') ? charts : [],
    tacticLabel: (t) => {
      const key = `report.tactic.${t}`;
      const label = tr(key);
      return label === key ? t.replace(/-/g, ' ') : label;
    },
    nextTable: () => ++tables,
    nextFigure: () => ++figures,
    warn: (m) => warnings.push(m),
    checkpoint,
  };
  done = 1;
  const parts: ReportPart[] = [];
  for (const section of chosen) {
    await checkpoint(tr(`report.section.${section}`));
    parts.push(...(await WRITERS[section](ctx)));
    done++;
  }
  const blocks = parts.reduce((n, p) => n + p.children.length, 0);
  const document = new Document({
    creator: 'Telaah',
    title: `${ctx.projectName}: ${tr('report.title')}`,
    description: tr('report.subtitle'),
    // Word refreshes the table of contents' page numbers when it opens the file.
    features: { updateFields: true },
    // Page numbers of the contents worked out when the file is written, so the contents are complete
    // in readers that never update fields (LibreOffice's PDF export, previews); Word recomputes them
    // on opening. Laying out pages costs about 0.1 s a page, so a long report leaves it to Word.
    ...(blocks <= MAX_BLOCKS_TO_PAGINATE ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    externalStyles: TABLE_STYLE_XML,
    styles: reportStyles,
    numbering: {
      config: [
        {
          reference: 'report-numbers',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: mergeParts(parts).map(wordSection),
  });
  return { document, sections: chosen, tables, figures, warnings };
}

/** Builds and packs the report into bytes; the last progress step is the packing. */
export async function buildReportBytes(db: Database.Database, options: ReportOptions, job: ReportJob = NO_JOB): Promise<BuiltReport & { bytes: Buffer }> {
  const built = await buildReport(db, options, job);
  const total = built.sections.length + 2;
  job.progress(total - 1, total, 'Word');
  const bytes = await Packer.toBuffer(built.document);
  if (job.cancelled) throw new ReportCancelled();
  job.progress(total, total);
  return { ...built, bytes };
}

/**
 * Writes the report to `target` (temp file, then rename). A cancelled job writes nothing and
 * says so in the result; the target, if it existed, is left as it was.
 */
export async function writeReport(db: Database.Database, target: string, options: ReportOptions, job: ReportJob = NO_JOB): Promise<ReportResult> {
  checkTargetFolder(target);
  try {
    const built = await buildReportBytes(db, options, job);
    if (job.cancelled) throw new ReportCancelled();
    await writeFileAtomically(target, built.bytes);
    return { path: target, bytes: built.bytes.length, sections: built.sections, tables: built.tables, figures: built.figures, warnings: built.warnings, cancelled: false };
  } catch (err) {
    if (err instanceof ReportCancelled) return { path: target, bytes: 0, sections: [], tables: 0, figures: 0, warnings: [], cancelled: true };
    throw err;
  }
}
