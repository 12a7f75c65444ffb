import { z } from 'zod';
import { Phrase } from '../phrase';
import { Empty, Id, Ids, Ok, method } from '../define';
import { BLOCK_KINDS } from '../../text/block-kinds';

export const BlockKind = z.enum(BLOCK_KINDS);

/** A block of a source's text: code points into the source's canonical text, end exclusive. */
export const Block = z.object({
  start: z.number().int(),
  end: z.number().int(),
  bodyStart: z.number().int(),
  kind: BlockKind,
  speaker: z.string().nullable(),
  timeStartMs: z.number().int().nullable(),
  timeEndMs: z.number().int().nullable(),
  level: z.number().int().nullable(),
});
export type Block = z.infer<typeof Block>;

export const SourceSummary = z.object({
  id: Id,
  name: z.string(),
  format: z.string(),
  charCount: z.number().int(),
  wordCount: z.number().int(),
  importedAt: z.string(),
  sourceDate: z.string().nullable(),
  description: z.string(),
  originFile: z.string().nullable(),
  encoding: z.string().nullable(),
  codingCount: z.number().int(),
  caseIds: z.array(Id),
  setIds: z.array(Id),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const SourceDetail = SourceSummary.extend({ text: z.string(), blocks: z.array(Block) });
export type SourceDetail = z.infer<typeof SourceDetail>;

export const SourceSet = z.object({ id: Id, name: z.string(), description: z.string(), sourceIds: z.array(Id) });
export type SourceSet = z.infer<typeof SourceSet>;

export const ImportOptions = z
  .object({
    encoding: z.string().max(50).optional(),
    detectTurns: z.boolean().optional(),
    setId: Id.optional(),
    caseId: Id.optional(),
  })
  .default({});

/** One file's outcome in an import batch. */
export const ImportResult = z.object({
  file: z.string(),
  ok: z.boolean(),
  sourceId: Id.optional(),
  name: z.string().optional(),
  /** Notes that did not stop the import ("2 images skipped"), worded by the interface. */
  warnings: z.array(Phrase).default([]),
  /** `message` is English ("file: reason"), for scripts; `reason` is the same without the file name, to word in the interface's language. */
  error: z.object({ code: z.string(), message: z.string(), reason: Phrase }).optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportSummary = z.object({
  results: z.array(ImportResult),
  imported: z.number().int(),
  failed: z.number().int(),
  cancelled: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** Files sent by value (browser drop, HTTP): base64 bytes. */
export const FileUpload = z.object({ name: z.string().min(1).max(500), base64: z.string() });

/** One replacement in a source's text: [start, end) (code points of the current text) becomes `replacement`. */
export const TextEdit = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), replacement: z.string().max(10_000_000) });
export type TextEdit = z.infer<typeof TextEdit>;

/**
 * Corrects a source's text: either a list of non-overlapping edits (positions in the current text) or
 * the whole new text. Every coding is remapped in the same transaction; a coding whose whole text was
 * deleted is removed and reported in `lost` (undo brings it back).
 */
export const EditTextInput = z
  .object({ id: Id, edits: z.array(TextEdit).min(1).max(100_000).optional(), newText: z.string().max(50_000_000).optional() })
  .refine((v) => (v.edits === undefined) !== (v.newText === undefined), 'give either edits or newText');

export const LostCoding = z.object({
  codingId: Id,
  codeName: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  snippet: z.string(),
});
export type LostCoding = z.infer<typeof LostCoding>;

export const EditTextResult = z.object({
  /** Codings whose range or snippet changed. */
  remapped: z.number().int(),
  /** Codings whose whole text was deleted (removed, listed here). */
  lost: z.array(LostCoding),
  charCount: z.number().int(),
});
export type EditTextResult = z.infer<typeof EditTextResult>;

export const sourceMethods = {
  'sources.list': method('read', z.object({ setId: Id.optional() }).default({}), z.array(SourceSummary)),
  'sources.get': method('read', z.object({ id: Id }), SourceDetail),
  'sources.rename': method('write', z.object({ id: Id, name: z.string().trim().min(1).max(500) }), Ok, ['sources.changed']),
  'sources.update': method(
    'write',
    z.object({ id: Id, description: z.string().max(100_000).optional(), sourceDate: z.string().max(40).nullable().optional() }),
    Ok,
    ['sources.changed'],
  ),
  'sources.editText': method('write', EditTextInput, EditTextResult, ['sources.changed', 'codings.changed', 'codes.changed'], { changesCoding: true }),
  'sources.delete': method('write', z.object({ ids: Ids }), z.object({ deleted: z.number().int() }), ['sources.changed', 'codings.changed'], { changesCoding: true }),
  'sources.import': method(
    'job',
    z.object({ paths: z.array(z.string().min(1)).min(1).max(10_000), options: ImportOptions, jobId: z.string().max(100).optional() }),
    ImportSummary,
    ['sources.changed'],
  ),
  'sources.importFiles': method(
    'job',
    z.object({ files: z.array(FileUpload).min(1).max(1000), options: ImportOptions, jobId: z.string().max(100).optional() }),
    ImportSummary,
    ['sources.changed'],
  ),
  'sets.list': method('read', Empty, z.array(SourceSet)),
  'sets.create': method(
    'write',
    z.object({ name: z.string().trim().min(1).max(200), description: z.string().max(10_000).default(''), sourceIds: z.array(Id).default([]) }),
    SourceSet,
    ['sources.changed'],
  ),
  'sets.rename': method('write', z.object({ id: Id, name: z.string().trim().min(1).max(200) }), Ok, ['sources.changed']),
  'sets.delete': method('write', z.object({ id: Id }), Ok, ['sources.changed']),
  'sets.addSources': method('write', z.object({ id: Id, sourceIds: Ids }), Ok, ['sources.changed']),
  'sets.removeSources': method('write', z.object({ id: Id, sourceIds: Ids }), Ok, ['sources.changed']),
} as const;
