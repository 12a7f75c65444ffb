import type { searchMethods } from '../../../shared/api/methods/search-methods';
import { ApiError } from '../../../shared/api/errors';
import { findMatches, PatternError } from '../../../shared/text/text-matches';
import { searchProject } from '../store/full-text-search';
import { getSourceText } from '../store/source-store';
import { createCoding } from '../store/coding-store';
import { createCode } from '../store/code-store';
import { findAutocodeHits, PREVIEW_LIMIT } from '../coding/autocode';
import type { HandlerContext, HandlersFor } from './handler-types';

/** The code auto-coding applies: by id, or by name (created at top level when missing). */
function resolveCode(ctx: HandlerContext, codeId: string | undefined, codeName: string | undefined, create: boolean): string | null {
  if (codeId) return codeId;
  if (!codeName) throw new ApiError('invalid-input', 'Choose a code (codeId) or name one (codeName).');
  const row = ctx.db.prepare(`SELECT id FROM codes WHERE name = ? COLLATE NOCASE ORDER BY parent_id IS NOT NULL LIMIT 1`).get(codeName) as { id: string } | undefined;
  if (row) return row.id;
  return create ? createCode(ctx.db, { name: codeName, createdBy: ctx.session.activeCoderId() }) : null;
}

export const searchHandlers: HandlersFor<typeof searchMethods> = {
  'search.query': ({ query, scope, limit }, ctx) => searchProject(ctx.db, query, scope, limit),
  'search.inSource': ({ sourceId, query, regex, caseSensitive }, ctx) => {
    try {
      return findMatches(getSourceText(ctx.db, sourceId), query, { regex, caseSensitive, limit: 10_000 });
    } catch (err) {
      if (err instanceof PatternError) throw new ApiError('invalid-input', err.message);
      throw err;
    }
  },
  'autocode.preview': (input, ctx) => {
    const codeId = resolveCode(ctx, input.codeId, input.codeName, false);
    const { hits, truncated } = findAutocodeHits(ctx.db, input, PREVIEW_LIMIT);
    const coder = ctx.session.activeCoderId();
    const coded = ctx.db.prepare(
      `SELECT 1 FROM codings c JOIN selections s ON s.id = c.selection_id
       WHERE s.source_id = ? AND s.start = ? AND s.end = ? AND c.code_id = ? AND c.coder_id = ?`,
    );
    return {
      matches: hits.map((h) => ({ ...h, alreadyCoded: codeId !== null && coded.get(h.sourceId, h.start, h.end, codeId, coder) !== undefined })),
      truncated,
    };
  },
  'autocode.apply': (input, ctx) => {
    const codeId = resolveCode(ctx, input.codeId, input.codeName, true)!;
    const coder = ctx.session.activeCoderId();
    const { hits } = findAutocodeHits(ctx.db, input);
    let created = 0;
    let skipped = 0;
    for (const h of hits) {
      try {
        createCoding(ctx.db, { sourceId: h.sourceId, start: h.start, end: h.end, codeId, coderId: coder });
        created++;
      } catch (err) {
        if (err instanceof ApiError && err.code === 'conflict') skipped++;
        else throw err;
      }
    }
    return { codeId, created, skipped };
  },
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: ctx.session.cancelJob(jobId) }),
};
