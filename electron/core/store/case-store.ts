import type Database from 'better-sqlite3';
import type { Attribute, Case } from '../../../shared/api/methods/case-methods';
import { found, newId, nowIso } from './row-helpers';

export function listCases(db: Database.Database): Case[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.description,
              (SELECT json_group_array(source_id) FROM case_sources WHERE case_id = c.id) AS sourceIds,
              (SELECT json_group_object(attribute_id, value) FROM case_attribute_values WHERE case_id = c.id) AS vals
       FROM cases c ORDER BY c.name COLLATE NOCASE`,
    )
    .all() as { id: string; name: string; description: string; sourceIds: string; vals: string }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    sourceIds: JSON.parse(r.sourceIds) as string[],
    values: JSON.parse(r.vals) as Record<string, string>,
  }));
}

export function getCase(db: Database.Database, id: string): Case {
  return found(listCases(db).find((c) => c.id === id), 'Case', id);
}

export function createCase(db: Database.Database, name: string, description = '', sourceIds: string[] = []): string {
  const id = newId();
  db.prepare('INSERT INTO cases (id, name, description, created_at) VALUES (?, ?, ?, ?)').run(id, name, description, nowIso());
  const link = db.prepare('INSERT OR IGNORE INTO case_sources (case_id, source_id) VALUES (?, ?)');
  for (const s of sourceIds) link.run(id, s);
  return id;
}

function compareValues(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
}

export function listAttributes(db: Database.Database): Attribute[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.name, a.type, a.scope,
              (SELECT json_group_array(DISTINCT value) FROM (
                 SELECT value FROM case_attribute_values WHERE attribute_id = a.id
                 UNION SELECT value FROM source_attribute_values WHERE attribute_id = a.id)) AS vals
       FROM attributes a ORDER BY a.sort_key, a.name COLLATE NOCASE`,
    )
    .all() as (Omit<Attribute, 'values'> & { vals: string })[];
  return rows.map(({ vals, ...a }) => ({ ...a, values: (JSON.parse(vals) as string[]).sort(compareValues) }));
}

export function createAttribute(db: Database.Database, name: string, type: Attribute['type'], scope: Attribute['scope']): string {
  const id = newId();
  const next = (db.prepare('SELECT coalesce(max(sort_key), 0) + 1 AS k FROM attributes').get() as { k: number }).k;
  db.prepare('INSERT INTO attributes (id, name, type, scope, sort_key) VALUES (?, ?, ?, ?, ?)').run(id, name, type, scope, next);
  return id;
}

/** Finds an attribute by name or creates it; the type is guessed from values when created. */
export function ensureAttribute(db: Database.Database, name: string, sampleValues: (string | null)[], scope: Attribute['scope'] = 'case'): { id: string; created: boolean } {
  const row = db.prepare('SELECT id FROM attributes WHERE name = ? COLLATE NOCASE').get(name) as { id: string } | undefined;
  if (row) return { id: row.id, created: false };
  const present = sampleValues.filter((v): v is string => v !== null && v.trim() !== '');
  const type = present.length > 0 && present.every((v) => Number.isFinite(Number(v))) ? 'number' : 'text';
  return { id: createAttribute(db, name, type, scope), created: true };
}

export function setCaseValue(db: Database.Database, attributeId: string, caseId: string, value: string | null): void {
  if (value === null || value === '') {
    db.prepare('DELETE FROM case_attribute_values WHERE attribute_id = ? AND case_id = ?').run(attributeId, caseId);
  } else {
    db.prepare(
      `INSERT INTO case_attribute_values (attribute_id, case_id, value) VALUES (?, ?, ?)
       ON CONFLICT (attribute_id, case_id) DO UPDATE SET value = excluded.value`,
    ).run(attributeId, caseId, value);
  }
}

export function setSourceValue(db: Database.Database, attributeId: string, sourceId: string, value: string | null): void {
  if (value === null || value === '') {
    db.prepare('DELETE FROM source_attribute_values WHERE attribute_id = ? AND source_id = ?').run(attributeId, sourceId);
  } else {
    db.prepare(
      `INSERT INTO source_attribute_values (attribute_id, source_id, value) VALUES (?, ?, ?)
       ON CONFLICT (attribute_id, source_id) DO UPDATE SET value = excluded.value`,
    ).run(attributeId, sourceId, value);
  }
}
