import type { reviewMethods } from '../../../shared/api/methods/review-methods';
import { getUser } from '../store/user-store';
import { computeAgreement } from '../review/agreement-report';
import { createThread, getThread, listAllThreads, listThreads, replyToThread, setThreadStatus } from '../review/comment-threads';
import { listDisagreements } from '../review/disagreements';
import { mergeProject } from '../review/merge-project';
import { resolveDisagreement } from '../review/resolve-disagreement';
import { reviewSummary } from '../review/review-summary';
import type { HandlerContext, HandlersFor } from './handler-types';

function mergeOptions(ctx: HandlerContext) {
  return {
    ownPath: ctx.session.project?.path,
    nativeBinding: ctx.session.options.nativeBinding,
    fallbackCoderName: getUser(ctx.db, ctx.session.activeCoderId()).name,
  };
}

export const reviewHandlers: HandlersFor<typeof reviewMethods> = {
  'review.state': (_input, ctx) => {
    void ctx.db;
    return { reviewMode: ctx.session.reviewMode };
  },
  'review.setMode': ({ on }, ctx) => {
    ctx.session.reviewMode = on;
    return { reviewMode: on };
  },
  'review.summary': (input, ctx) => reviewSummary(ctx.db, { ...input, reviewMode: ctx.session.reviewMode }),

  'agreement.compute': (input, ctx) => computeAgreement(ctx.db, input),
  'agreement.disagreements': (input, ctx) => listDisagreements(ctx.db, input),
  'agreement.resolve': (input, ctx) => resolveDisagreement(ctx.db, input, ctx.session.activeCoderId()),

  'comments.list': ({ target }, ctx) => listThreads(ctx.db, target),
  'comments.listAll': ({ status }, ctx) => listAllThreads(ctx.db, status),
  'comments.create': ({ target, body }, ctx) => getThread(ctx.db, createThread(ctx.db, target, body, ctx.session.activeCoderId())),
  'comments.reply': ({ threadId, body }, ctx) => {
    replyToThread(ctx.db, threadId, body, ctx.session.activeCoderId());
    return getThread(ctx.db, threadId);
  },
  'comments.resolve': ({ threadId }, ctx) => {
    setThreadStatus(ctx.db, threadId, 'resolved', ctx.session.activeCoderId());
    return getThread(ctx.db, threadId);
  },
  'comments.reopen': ({ threadId }, ctx) => {
    setThreadStatus(ctx.db, threadId, 'open', ctx.session.activeCoderId());
    return getThread(ctx.db, threadId);
  },

  'merge.preview': ({ path }, ctx) => mergeProject(ctx.db, path, { ...mergeOptions(ctx), apply: false }),
  'merge.apply': ({ path }, ctx) => mergeProject(ctx.db, path, { ...mergeOptions(ctx), apply: (fn) => ctx.write('merge.apply', fn) }),
};
