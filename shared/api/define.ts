import { z } from 'zod';
import type { EventName } from './events';

/**
 * How dispatch runs a method:
 * - read: no transaction, no history;
 * - write: one transaction and one undo step (the handler is synchronous);
 * - control: one transaction, not recorded in undo history (undo itself, settings, session);
 * - job: long and asynchronous (imports, exports); the handler opens its own recorded
 *   transactions through the context, reports progress and can be cancelled.
 */
export type MethodKind = 'read' | 'write' | 'control' | 'job';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: MethodKind;
  input: I;
  output: O;
  /** Events announced after the method succeeds, so views can refresh. */
  emits: readonly EventName[];
  /** Whether the method changes coding work (refused in review mode). */
  changesCoding?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  kind: MethodKind,
  input: I,
  output: O,
  emits: readonly EventName[] = [],
  extra: { changesCoding?: boolean } = {},
): MethodDef<I, O> {
  return { kind, input, output, emits, ...extra };
}

export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });
export const Id = z.string().min(1).max(100);
export const Ids = z.array(Id).min(1).max(100_000);
