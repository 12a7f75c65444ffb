import { z } from 'zod';
import { Id, Ok, method } from '../define';

export const MemoTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('project') }),
  z.object({ kind: z.literal('source'), id: Id }),
  z.object({ kind: z.literal('code'), id: Id }),
  z.object({ kind: z.literal('coding'), id: Id }),
  z.object({ kind: z.literal('case'), id: Id }),
]);
export type MemoTarget = z.infer<typeof MemoTarget>;

export const Memo = z.object({
  id: Id,
  target: MemoTarget,
  targetName: z.string(),
  title: z.string(),
  /** Lexical editor state as JSON (empty string for memos brought in as plain text). */
  contentJson: z.string(),
  plainText: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Memo = z.infer<typeof Memo>;

export const memoMethods = {
  'memos.list': method('read', z.object({ kind: z.enum(['project', 'source', 'code', 'coding', 'case']).optional() }).default({}), z.array(Memo)),
  'memos.get': method('read', z.object({ id: Id }), Memo),
  'memos.forTarget': method('read', z.object({ target: MemoTarget }), z.array(Memo)),
  /** Creates (no id) or updates (id) a memo. */
  'memos.save': method(
    'write',
    z.object({
      id: Id.optional(),
      target: MemoTarget,
      title: z.string().max(500).default(''),
      contentJson: z.string().max(20_000_000),
      plainText: z.string().max(5_000_000),
    }),
    Memo,
    ['memos.changed'],
  ),
  'memos.delete': method('write', z.object({ id: Id }), Ok, ['memos.changed']),
} as const;

