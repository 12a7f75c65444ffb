import type { memoMethods } from '../../../shared/api/methods/memo-methods';
import { getMemo, listMemos, memosForTarget, saveMemo } from '../store/memo-store';
import { requireRow } from '../store/row-helpers';
import type { HandlersFor } from './handler-types';

export const memoHandlers: HandlersFor<typeof memoMethods> = {
  'memos.list': ({ kind }, ctx) => listMemos(ctx.db, kind),
  'memos.get': ({ id }, ctx) => getMemo(ctx.db, id),
  'memos.forTarget': ({ target }, ctx) => memosForTarget(ctx.db, target),
  'memos.save': (input, ctx) => getMemo(ctx.db, saveMemo(ctx.db, { ...input, createdBy: ctx.session.activeCoderId() })),
  'memos.delete': ({ id }, ctx) => {
    requireRow(ctx.db, 'memos', id, 'Memo');
    ctx.db.prepare('DELETE FROM memos WHERE id = ?').run(id);
    return { ok: true };
  },
};
