import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../../shared/api/contract';
import { ApiError, type ApiErrorCode, type ApiResult } from '../../../shared/api/errors';
import type { EventName } from '../../../shared/api/events';
import { recordStep } from '../history/history';
import { ProjectError } from '../db/project-error';
import { ImportError } from '../importers/imported-document';
import type { Session } from '../session';
import type { AllHandlers, HandlerContext, JobControl } from './handler-types';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`)
    .join('; ');
}

const projectErrorCodes: Record<string, ApiErrorCode> = {
  'not-found': 'not-found',
  'already-exists': 'conflict',
  'not-a-project': 'not-a-project',
  'newer-version': 'newer-version',
  locked: 'locked',
};

/** Turns anything thrown by a handler into an error a researcher can act on. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ProjectError) return new ApiError(projectErrorCodes[err.code] ?? 'internal', err.message, undefined, err.reason);
  if (err instanceof ImportError) return new ApiError('import-failed', err.message, { code: err.code, file: err.fileName }, err.reason);
  const e = err as { code?: string; message?: string };
  if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT')) {
    if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return new ApiError('conflict', `That name or item already exists (${e.message}).`);
    }
    return new ApiError('conflict', `The change breaks a rule of the project (${e.message}).`);
  }
  return new ApiError('internal', `Internal error: ${e?.message ?? String(err)}`);
}

/** Tells views what changed after a method succeeded (project.changed carries a reason). */
function announce(session: Session, event: EventName, method: string): void {
  if (event === 'project.changed') session.events.emit('project.changed', { reason: method });
  else if (event !== 'jobs.progress' && event !== 'menu.command') session.events.emit(event, { method });
}

/** Methods that work with no project open. */
const NO_PROJECT_NEEDED = new Set<MethodName>(['project.open', 'project.create', 'project.recent', 'jobs.cancel']);

/**
 * The one entry point of every transport: rejects unknown methods, validates input against the
 * contract, runs writes as one recorded transaction, announces events, and returns a result
 * object (never throws).
 */
export function createDispatch(session: Session, handlers: AllHandlers): Dispatch {
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown-method', message: `Unknown method "${String(method).slice(0, 100)}".` } };
    }
    const def = contract[method];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: `${method}: ${describeIssues(parsed.error.issues)}` } };
    }
    try {
      if (!NO_PROJECT_NEEDED.has(method)) void session.db;
      if (session.reviewMode && 'changesCoding' in def && def.changesCoding) {
        throw new ApiError('read-only', 'Review mode is on: coding cannot be changed. Leave review mode to edit.');
      }
      const input = parsed.data as never;
      const jobId = (parsed.data as { jobId?: string }).jobId ?? crypto.randomUUID();
      const jobState = def.kind === 'job' ? session.startJob(jobId) : { cancelled: false };
      const job: JobControl = {
        id: jobId,
        get cancelled() {
          return jobState.cancelled;
        },
        progress(done, total, current) {
          session.events.emit('jobs.progress', { jobId, done, total, ...(current ? { current } : {}) });
        },
      };
      const ctx: HandlerContext = {
        session,
        get db() {
          return session.db;
        },
        emit: (event, payload) => session.events.emit(event, payload),
        write: (label, fn) => session.db.transaction(() => recordStep(session.db, label, fn))(),
        job,
      };
      const handler = handlers[method] as (input: never, ctx: HandlerContext) => unknown;
      let value: unknown;
      if (def.kind === 'write') {
        value = ctx.write(method, () => {
          const out = handler(input, ctx);
          if (out instanceof Promise) throw new Error(`${method} is a write and must be synchronous`);
          return out;
        });
      } else if (def.kind === 'job') {
        try {
          value = await handler(input, ctx);
        } finally {
          session.endJob(jobId);
          session.events.emit('jobs.progress', { jobId, done: 1, total: 1, finished: true });
        }
      } else {
        value = await handler(input, ctx);
      }
      const checked = def.output.safeParse(value);
      if (!checked.success) {
        throw new Error(`${method} returned an invalid result: ${describeIssues(checked.error.issues)}`);
      }
      for (const event of def.emits as readonly EventName[]) announce(session, event, method);
      // Sources stored by this call (imports, merges, undo of a deletion) are queued for search.
      if (def.kind !== 'read') session.scheduleSearchIndexing();
      return { ok: true, value: checked.data };
    } catch (err) {
      const apiError = toApiError(err);
      if (apiError.code === 'internal' && process.env.TELAAH_DEBUG) console.error(err);
      return { ok: false, error: apiError.toJSON() };
    }
  };
}
