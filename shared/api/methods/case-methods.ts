import { z } from 'zod';
import { Phrase } from '../phrase';
import { Empty, Id, Ids, Ok, method } from '../define';
import { FileUpload } from './source-methods';

export const AttributeType = z.enum(['text', 'number', 'date', 'boolean']);
export const Attribute = z.object({
  id: Id,
  name: z.string(),
  type: AttributeType,
  scope: z.enum(['case', 'source']),
  /** Distinct values in use, sorted (numbers numerically). */
  values: z.array(z.string()),
});
export type Attribute = z.infer<typeof Attribute>;

export const Case = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  sourceIds: z.array(Id),
  /** attribute id → value */
  values: z.record(z.string(), z.string()),
});
export type Case = z.infer<typeof Case>;

/** A table to read cases from: a path on this machine, or the file's bytes. */
export const TableFile = z.union([z.object({ path: z.string().min(1) }), z.object({ upload: FileUpload })]);

export const TablePreview = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.string().nullable())),
  rowCount: z.number().int(),
  warnings: z.array(Phrase),
});

export const caseMethods = {
  'cases.list': method('read', Empty, z.array(Case)),
  'cases.create': method(
    'write',
    z.object({ name: z.string().trim().min(1).max(300), description: z.string().max(100_000).default(''), sourceIds: z.array(Id).default([]) }),
    Case,
    ['cases.changed'],
  ),
  'cases.rename': method('write', z.object({ id: Id, name: z.string().trim().min(1).max(300) }), Ok, ['cases.changed']),
  'cases.delete': method('write', z.object({ ids: Ids }), Ok, ['cases.changed']),
  'cases.linkSources': method('write', z.object({ id: Id, sourceIds: Ids }), Ok, ['cases.changed', 'sources.changed']),
  'cases.unlinkSources': method('write', z.object({ id: Id, sourceIds: Ids }), Ok, ['cases.changed', 'sources.changed']),
  'attributes.list': method('read', Empty, z.array(Attribute)),
  'attributes.create': method(
    'write',
    z.object({ name: z.string().trim().min(1).max(200), type: AttributeType.default('text'), scope: z.enum(['case', 'source']).default('case') }),
    Attribute,
    ['cases.changed'],
  ),
  'attributes.rename': method('write', z.object({ id: Id, name: z.string().trim().min(1).max(200) }), Ok, ['cases.changed']),
  'attributes.delete': method('write', z.object({ id: Id }), Ok, ['cases.changed']),
  'attributes.setValue': method(
    'write',
    z.object({ attributeId: Id, caseId: Id.optional(), sourceId: Id.optional(), value: z.string().max(10_000).nullable() }),
    Ok,
    ['cases.changed'],
  ),
  'cases.previewTable': method('read', z.object({ file: TableFile }), TablePreview),
  'cases.importTable': method(
    'job',
    z.object({
      file: TableFile,
      caseColumn: z.string(),
      attributeColumns: z.array(z.string()).default([]),
      /** Open-ended columns whose answers become sources linked to their case. */
      textColumns: z.array(z.string()).default([]),
      jobId: z.string().max(100).optional(),
    }),
    z.object({ casesCreated: z.number().int(), casesUpdated: z.number().int(), attributesCreated: z.number().int(), sourcesCreated: z.number().int(), warnings: z.array(Phrase) }),
    ['cases.changed', 'sources.changed'],
  ),
} as const;
