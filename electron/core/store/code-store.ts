import type Database from 'better-sqlite3';
import type { Code } from '../../../shared/api/methods/code-methods';
import { ApiError } from '../../../shared/api/errors';
import { found, newId, nowIso, requireRow } from './row-helpers';

/** Distinct, readable highlight colours handed to new codes in turn. */
export const CODE_PALETTE = [
  '#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324',
  '#469990', '#808000', '#000075', '#e6beff', '#aaffc3', '#ffd8b1', '#fabed4', '#bfef45',
];

const CODE_SQL = `
  SELECT c.id, c.parent_id AS parentId, c.name, c.color, c.description, c.inclusion, c.exclusion,
         c.example, c.sort_key AS sortKey,
         (SELECT count(*) FROM codings k WHERE k.code_id = c.id) AS codingCount,
         (SELECT count(DISTINCT s.source_id) FROM codings k JOIN selections s ON s.id = k.selection_id WHERE k.code_id = c.id) AS sourceCount
  FROM codes c`;

/** Every code, parents before children, siblings in their sort order. */
export function listCodes(db: Database.Database): Code[] {
  const rows = db.prepare(`${CODE_SQL} ORDER BY c.sort_key, c.name COLLATE NOCASE`).all() as Code[];
  const byParent = new Map<string | null, Code[]>();
  for (const r of rows) {
    const list = byParent.get(r.parentId) ?? [];
    list.push(r);
    byParent.set(r.parentId, list);
  }
  const out: Code[] = [];
  const walk = (parent: string | null) => {
    for (const c of byParent.get(parent) ?? []) {
      out.push(c);
      walk(c.id);
    }
  };
  walk(null);
  return out;
}

export function getCode(db: Database.Database, id: string): Code {
  return found(db.prepare(`${CODE_SQL} WHERE c.id = ?`).get(id) as Code | undefined, 'Code', id);
}

/** The code and all its descendants' ids. */
export function subtreeIds(db: Database.Database, id: string): string[] {
  return withSubCodes(db, [id]);
}

/** The given codes and their sub-codes at any depth, each once (in no particular order). */
export function withSubCodes(db: Database.Database, ids: readonly string[]): string[] {
  return db
    .prepare(`WITH RECURSIVE t(id) AS (SELECT value FROM json_each(?) UNION SELECT c.id FROM codes c JOIN t ON c.parent_id = t.id) SELECT id FROM t`)
    .pluck()
    .all(JSON.stringify(ids)) as string[];
}

export interface NewCode {
  name: string;
  parentId?: string | null;
  color?: string;
  description?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  createdBy?: string | null;
}

export function createCode(db: Database.Database, c: NewCode, id: string = newId()): string {
  const parentId = c.parentId ?? null;
  if (parentId) requireRow(db, 'codes', parentId, 'Parent code');
  const clash = db
    .prepare(`SELECT 1 FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '') AND name = ? COLLATE NOCASE`)
    .get(parentId, c.name);
  if (clash) throw new ApiError('conflict', `There is already a code named "${c.name}" at that place in the codebook.`);
  const total = (db.prepare('SELECT count(*) AS n FROM codes').get() as { n: number }).n;
  const nextKey = (db.prepare(`SELECT coalesce(max(sort_key), -1) + 1 AS k FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '')`).get(parentId) as { k: number }).k;
  db.prepare(
    `INSERT INTO codes (id, parent_id, name, color, description, inclusion, exclusion, example, sort_key, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    parentId,
    c.name,
    c.color ?? CODE_PALETTE[total % CODE_PALETTE.length]!,
    c.description ?? '',
    c.inclusion ?? '',
    c.exclusion ?? '',
    c.example ?? '',
    nextKey,
    nowIso(),
    c.createdBy ?? null,
  );
  return id;
}

/** Finds a code by its path ("Parent/Child") or name, creating missing levels. */
export function ensureCodePath(db: Database.Database, codePath: string, createdBy: string | null): string {
  let parent: string | null = null;
  for (const part of codePath.split('/').map((p) => p.trim()).filter(Boolean)) {
    const row = db
      .prepare(`SELECT id FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '') AND name = ? COLLATE NOCASE`)
      .get(parent, part) as { id: string } | undefined;
    parent = row?.id ?? createCode(db, { name: part, parentId: parent, createdBy });
  }
  if (!parent) throw new ApiError('invalid-input', 'A code needs a name.');
  return parent;
}

/** Re-numbers the children of `parentId` so `orderedIds` have sort keys 0..n-1. */
export function renumberSiblings(db: Database.Database, orderedIds: string[]): void {
  const set = db.prepare('UPDATE codes SET sort_key = ? WHERE id = ? AND sort_key IS NOT ?');
  orderedIds.forEach((id, i) => set.run(i, id, i));
}

export function siblings(db: Database.Database, parentId: string | null): string[] {
  return (
    db
      .prepare(`SELECT id FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '') ORDER BY sort_key, name COLLATE NOCASE`)
      .all(parentId) as { id: string }[]
  ).map((r) => r.id);
}

/**
 * Moves every coding of `fromCode` to `toCode`. A coding that would duplicate one the same coder
 * already has on the same selection is dropped (the text stays coded). Returns codings moved.
 */
export function moveCodings(db: Database.Database, fromCode: string, toCode: string): number {
  const moved = db.prepare('UPDATE OR IGNORE codings SET code_id = ? WHERE code_id = ?').run(toCode, fromCode).changes;
  db.prepare('DELETE FROM codings WHERE code_id = ?').run(fromCode);
  return moved;
}
