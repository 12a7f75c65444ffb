import type Database from 'better-sqlite3';
import type { MethodName, ParsedInput, MethodOutput } from '../../../shared/api/contract';
import type { EventName, EventPayload } from '../../../shared/api/events';
import type { Session } from '../session';

/** Progress and cancellation of a long job. */
export interface JobControl {
  readonly id: string;
  readonly cancelled: boolean;
  progress(done: number, total: number, current?: string): void;
}

export interface HandlerContext {
  readonly session: Session;
  /** The open project's database; throws `no-project` when none is open. */
  readonly db: Database.Database;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** For jobs: runs `fn` as one transaction recorded as one undo step. */
  write<T>(label: string, fn: () => T): T;
  readonly job: JobControl;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** Handlers for a set of contract methods, e.g. `HandlersFor<typeof codeMethods>`. */
export type HandlersFor<T> = { [M in keyof T & MethodName]: Handler<M> };

export type AllHandlers = { [M in MethodName]: Handler<M> };
