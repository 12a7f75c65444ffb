import { z } from 'zod';
import { Id, Ids, method } from '../define';

const Position = z.number().int().min(0);

/** A coding: one code applied by one coder to [start, end) of a source, code points, end exclusive. */
export const Coding = z.object({
  id: Id,
  selectionId: Id,
  sourceId: Id,
  codeId: Id,
  coderId: Id,
  start: z.number().int(),
  end: z.number().int(),
  snippet: z.string(),
  createdAt: z.string(),
});
export type Coding = z.infer<typeof Coding>;

/** A coded segment for retrieval: the coding plus where it sits. */
export const RetrievedSegment = Coding.extend({
  sourceName: z.string(),
  codeName: z.string(),
  coderName: z.string(),
  caseNames: z.array(z.string()),
  speaker: z.string().nullable(),
  blockIndex: z.number().int().nullable(),
  contextBefore: z.string(),
  contextAfter: z.string(),
});
export type RetrievedSegment = z.infer<typeof RetrievedSegment>;

export const codingMethods = {
  'codings.create': method(
    'write',
    z.object({
      sourceId: Id,
      start: Position,
      end: Position,
      codeId: Id,
      /** When given, must equal the source's text in [start, end): guards against stale views. */
      snippet: z.string().optional(),
      coderId: Id.optional(),
    }),
    Coding,
    ['codings.changed', 'codes.changed'],
    { changesCoding: true },
  ),
  'codings.delete': method('write', z.object({ ids: Ids }), z.object({ deleted: z.number().int() }), ['codings.changed', 'codes.changed'], { changesCoding: true }),
  'codings.resize': method('write', z.object({ id: Id, start: Position, end: Position }), Coding, ['codings.changed'], { changesCoding: true }),
  'codings.listBySource': method('read', z.object({ sourceId: Id, coderIds: z.array(Id).optional() }), z.array(Coding)),
  'codings.listByCode': method(
    'read',
    z.object({
      codeId: Id,
      includeChildren: z.boolean().default(true),
      coderIds: z.array(Id).optional(),
      sourceIds: z.array(Id).optional(),
      contextChars: z.number().int().min(0).max(2000).default(120),
    }),
    z.array(RetrievedSegment),
  ),
} as const;
