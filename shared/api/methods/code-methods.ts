import { z } from 'zod';
import { Empty, Id, Ids, Ok, method } from '../define';

export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f77b4');

export const Code = z.object({
  id: Id,
  parentId: Id.nullable(),
  name: z.string(),
  color: Color,
  description: z.string(),
  inclusion: z.string(),
  exclusion: z.string(),
  example: z.string(),
  sortKey: z.number().int(),
  /** Codings of this code itself (not its children). */
  codingCount: z.number().int(),
  /** Sources holding at least one coding of this code itself. */
  sourceCount: z.number().int(),
});
export type Code = z.infer<typeof Code>;

const CodeFields = {
  color: Color.optional(),
  description: z.string().max(100_000).optional(),
  inclusion: z.string().max(100_000).optional(),
  exclusion: z.string().max(100_000).optional(),
  example: z.string().max(100_000).optional(),
};

export const codeMethods = {
  'codes.list': method('read', Empty, z.array(Code)),
  'codes.create': method(
    'write',
    z.object({ name: z.string().trim().min(1).max(300), parentId: Id.nullable().default(null), ...CodeFields }),
    Code,
    ['codes.changed'],
  ),
  'codes.update': method(
    'write',
    z.object({ id: Id, name: z.string().trim().min(1).max(300).optional(), ...CodeFields }),
    Code,
    ['codes.changed'],
  ),
  /** Moves a code under `parentId` (null: top level) at position `index` among its new siblings. */
  'codes.move': method('write', z.object({ id: Id, parentId: Id.nullable(), index: z.number().int().min(0) }), Ok, ['codes.changed']),
  /** Merges codes into `intoId`: their codings and children move there, then they are deleted. */
  'codes.merge': method('write', z.object({ fromIds: Ids, intoId: Id }), z.object({ codingsMoved: z.number().int() }), ['codes.changed', 'codings.changed'], { changesCoding: true }),
  /**
   * Deletes a code. `codings` says what happens to its codings and its children's: 'delete' removes
   * the whole subtree and every coding in it; 'moveToParent' gives children and codings to the parent.
   */
  'codes.delete': method(
    'write',
    z.object({ id: Id, codings: z.enum(['delete', 'moveToParent']) }),
    z.object({ codesDeleted: z.number().int(), codingsDeleted: z.number().int(), codingsMoved: z.number().int() }),
    ['codes.changed', 'codings.changed'],
    { changesCoding: true },
  ),
} as const;
