import { HeadingLevel, Paragraph } from 'docx';
import type { FileChild } from 'docx';
import type { Memo, MemoTarget } from '../../../shared/api/methods/memo-methods';
import { listMemos } from '../store/memo-store';
import { STYLE } from './report-styles';
import { richTextParagraphs } from './lexical-paragraphs';
import type { ReportContext, ReportPart } from './report-context';

/** The order memo groups are written in: the project's own first, then by what they are about. */
const KIND_ORDER: MemoTarget['kind'][] = ['project', 'code', 'case', 'source', 'coding'];

/** Memos grouped by what they are about (Heading 2), each titled (Heading 3) with its rich text kept. */
export async function memosSection(ctx: ReportContext): Promise<ReportPart[]> {
  const { tr, fmt } = ctx;
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('report.memos.heading') })];
  const memos = listMemos(ctx.db);
  if (memos.length === 0) children.push(new Paragraph(tr('report.memos.empty')));
  for (const kind of KIND_ORDER) {
    const group = memos
      .filter((m) => m.target.kind === kind)
      .sort((a, b) => a.targetName.localeCompare(b.targetName, undefined, { numeric: true }) || a.createdAt.localeCompare(b.createdAt));
    if (group.length === 0) continue;
    await ctx.checkpoint(tr(`report.memos.kind.${kind}`));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: tr(`report.memos.kind.${kind}`) }));
    for (const memo of group) children.push(...memoBlock(ctx, memo, fmt.date(memo.updatedAt)));
  }
  return [{ orientation: 'portrait', children }];
}

function memoBlock(ctx: ReportContext, memo: Memo, updated: string): FileChild[] {
  const { tr } = ctx;
  const title = memo.title.trim() || (memo.target.kind === 'project' ? tr('report.memos.untitled') : memo.targetName);
  const about = memo.target.kind === 'project' ? '' : `${tr('report.memos.about', { target: memo.targetName })} · `;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, text: title }),
    new Paragraph({ style: STYLE.note, text: `${about}${tr('report.memos.updated', { date: updated })}` }),
    ...richTextParagraphs(memo.contentJson, memo.plainText),
  ];
}
