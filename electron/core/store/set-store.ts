import type Database from 'better-sqlite3';
import type { SourceSet } from '../../../shared/api/methods/source-methods';
import { newId, nowIso } from './row-helpers';

export function listSets(db: Database.Database): SourceSet[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.description,
              (SELECT json_group_array(source_id) FROM set_sources WHERE set_id = s.id) AS sourceIds
       FROM sets s ORDER BY s.name COLLATE NOCASE`,
    )
    .all() as (Omit<SourceSet, 'sourceIds'> & { sourceIds: string })[];
  return rows.map((r) => ({ ...r, sourceIds: JSON.parse(r.sourceIds) as string[] }));
}

export function createSet(db: Database.Database, name: string, description: string, sourceIds: string[]): SourceSet {
  const id = newId();
  db.prepare('INSERT INTO sets (id, name, description, created_at) VALUES (?, ?, ?, ?)').run(id, name, description, nowIso());
  const add = db.prepare('INSERT OR IGNORE INTO set_sources (set_id, source_id) VALUES (?, ?)');
  for (const s of sourceIds) add.run(id, s);
  return { id, name, description, sourceIds: [...new Set(sourceIds)] };
}
