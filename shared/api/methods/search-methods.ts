import { z } from 'zod';
import { Id, method } from '../define';

export const SearchHit = z.object({
  kind: z.enum(['source', 'memo']),
  id: Id,
  name: z.string(),
  /** Snippet with matches wrapped in U+E000 … U+E001 (private-use markers, never in real text). */
  snippet: z.string(),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const TextMatch = z.object({ start: z.number().int(), end: z.number().int() });

export const AutocodeInput = z.object({
  codeId: Id.optional(),
  /** Name of a code to create (top level) when it does not exist; used when codeId is absent. */
  codeName: z.string().trim().min(1).max(300).optional(),
  mode: z.enum(['keyword', 'regex', 'speaker']),
  pattern: z.string().min(1).max(1000),
  caseSensitive: z.boolean().default(false),
  scope: z.enum(['match', 'sentence', 'paragraph', 'turn']).default('match'),
  sourceIds: z.array(Id).optional(),
});

export const AutocodeMatch = z.object({
  sourceId: Id,
  sourceName: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  snippet: z.string(),
  alreadyCoded: z.boolean(),
});

export const searchMethods = {
  'search.query': method(
    'read',
    z.object({ query: z.string().trim().min(1).max(500), scope: z.enum(['all', 'sources', 'memos']).default('all'), limit: z.number().int().min(1).max(500).default(50) }),
    z.array(SearchHit),
  ),
  /** Every place `query` occurs in one source, code points, end exclusive (for highlighting). */
  'search.inSource': method(
    'read',
    z.object({ sourceId: Id, query: z.string().min(1).max(1000), regex: z.boolean().default(false), caseSensitive: z.boolean().default(false) }),
    z.array(TextMatch),
  ),
  'autocode.preview': method('read', AutocodeInput, z.object({ matches: z.array(AutocodeMatch), truncated: z.boolean() })),
  'autocode.apply': method(
    'write',
    AutocodeInput,
    z.object({ codeId: Id, created: z.number().int(), skipped: z.number().int() }),
    ['codings.changed', 'codes.changed'],
    { changesCoding: true },
  ),
  'jobs.cancel': method('control', z.object({ jobId: z.string() }), z.object({ cancelled: z.boolean() })),
} as const;
