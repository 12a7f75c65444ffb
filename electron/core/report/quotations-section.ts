import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import type Database from 'better-sqlite3';
import { listCodes, withSubCodes } from '../store/code-store';
import { retrieveSegments } from '../store/coding-store';
import { STYLE } from './report-styles';
import type { ReportContext, ReportPart } from './report-context';

/** One quoted passage: a selection under one code, with every coder who applied that code to it. */
export interface Quotation {
  segment: RetrievedSegment;
  coders: string[];
}

/** Segments of one code grouped by selection, in source order (retrieveSegments' order). */
export function groupBySelection(segments: RetrievedSegment[]): Quotation[] {
  const bySelection = new Map<string, Quotation>();
  for (const s of segments) {
    const q = bySelection.get(s.selectionId);
    if (q) {
      if (!q.coders.includes(s.coderName)) q.coders.push(s.coderName);
    } else bySelection.set(s.selectionId, { segment: s, coders: [s.coderName] });
  }
  return [...bySelection.values()];
}

function textRuns(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** "Source: … · Case: … · ¶ 12 · Speaker: … · Coded by: …": paragraph numbers count blocks from 1. */
export function citation(ctx: ReportContext, q: Quotation): string {
  const { tr } = ctx;
  const s = q.segment;
  const parts = [`${tr('report.quotations.source')}: ${s.sourceName}`];
  if (s.caseNames.length > 0) parts.push(`${tr('report.quotations.case')}: ${s.caseNames.join(', ')}`);
  if (s.blockIndex !== null) parts.push(tr('report.quotations.paragraph', { n: s.blockIndex + 1 }));
  if (s.speaker) parts.push(`${tr('report.quotations.speaker')}: ${s.speaker}`);
  parts.push(`${tr('report.quotations.coders')}: ${q.coders.join(', ')}`);
  return parts.join(' · ');
}

/** The chosen codes and all their sub-codes; every code when none is chosen. */
function chosenCodes(db: Database.Database, codes: { id: string }[], codeIds: string[] | undefined): Set<string> {
  return new Set(codeIds?.length ? withSubCodes(db, codeIds) : codes.map((c) => c.id));
}

/**
 * Quotations grouped by code in code-tree order (top-level codes as Heading 2, sub-codes as
 * Heading 3), each passage in the Quote style followed by where it comes from.
 */
export async function quotationsSection(ctx: ReportContext): Promise<ReportPart[]> {
  const { tr, fmt } = ctx;
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('report.quotations.heading') }),
    new Paragraph(tr('report.quotations.intro')),
  ];
  const codes = listCodes(ctx.db);
  const chosen = chosenCodes(ctx.db, codes, ctx.options.codeIds);
  const sourceIds = ctx.options.sourceIds?.length ? ctx.options.sourceIds : undefined;
  const depth = new Map<string, number>();
  let written = 0;
  for (const code of codes) {
    depth.set(code.id, code.parentId ? (depth.get(code.parentId) ?? 0) + 1 : 0);
    if (!chosen.has(code.id)) continue;
    await ctx.checkpoint(code.name);
    const quotations = groupBySelection(retrieveSegments(ctx.db, { codeIds: [code.id], contextChars: 0, ...(sourceIds ? { sourceIds } : {}) }));
    if (quotations.length === 0) continue;
    written += quotations.length;
    const level = depth.get(code.id) ?? 0;
    children.push(new Paragraph({ heading: level === 0 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, text: code.name }));
    children.push(new Paragraph({ style: STYLE.note, text: tr('report.quotations.count', { count: fmt.integer(quotations.length) }) }));
    for (const q of quotations) {
      children.push(new Paragraph({ style: STYLE.quote, children: textRuns(q.segment.snippet) }));
      children.push(new Paragraph({ style: STYLE.quoteSource, text: citation(ctx, q) }));
    }
  }
  if (written === 0) children.push(new Paragraph(tr('report.quotations.empty')));
  return [{ orientation: 'portrait', children }];
}
