import type { codingMethods } from '../../../shared/api/methods/coding-methods';
import { createCoding, deleteCodings, getCoding, listCodingsBySource, resizeCoding, retrieveSegments } from '../store/coding-store';
import { getCode, subtreeIds } from '../store/code-store';
import { requireRow } from '../store/row-helpers';
import type { HandlersFor } from './handler-types';

export const codingHandlers: HandlersFor<typeof codingMethods> = {
  'codings.create': ({ coderId, ...input }, ctx) => {
    const coder = coderId ?? ctx.session.activeCoderId();
    requireRow(ctx.db, 'users', coder, 'Coder');
    return getCoding(ctx.db, createCoding(ctx.db, { ...input, coderId: coder }));
  },
  'codings.delete': ({ ids }, ctx) => ({ deleted: deleteCodings(ctx.db, ids) }),
  'codings.resize': ({ id, start, end }, ctx) => resizeCoding(ctx.db, id, start, end),
  'codings.listBySource': ({ sourceId, coderIds }, ctx) => listCodingsBySource(ctx.db, sourceId, coderIds),
  'codings.listByCode': ({ codeId, includeChildren, coderIds, sourceIds, contextChars }, ctx) => {
    getCode(ctx.db, codeId);
    const codeIds = includeChildren ? subtreeIds(ctx.db, codeId) : [codeId];
    return retrieveSegments(ctx.db, { codeIds, coderIds, sourceIds, contextChars });
  },
};
