import { z } from 'zod';

/** Events the core announces after a change; payloads are JSON. */
export const eventSchemas = {
  'project.changed': z.object({ reason: z.string() }),
  'sources.changed': z.object({ method: z.string() }),
  'cases.changed': z.object({ method: z.string() }),
  'codes.changed': z.object({ method: z.string() }),
  'codings.changed': z.object({ method: z.string(), sourceIds: z.array(z.string()).optional() }),
  'memos.changed': z.object({ method: z.string() }),
  'history.changed': z.object({ method: z.string() }),
  'analysis.changed': z.object({ method: z.string() }),
  'review.changed': z.object({ method: z.string() }),
  /** A command chosen in the native (Electron) menu, carried out by the page. */
  'menu.command': z.object({ command: z.enum(['undo', 'redo']) }),
  'jobs.progress': z.object({
    jobId: z.string(),
    done: z.number(),
    total: z.number(),
    current: z.string().optional(),
    finished: z.boolean().optional(),
  }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export const eventNames = Object.keys(eventSchemas) as EventName[];
