import type Database from 'better-sqlite3';
import type { User } from '../../../shared/api/methods/project-methods';
import { found, newId, nowIso } from './row-helpers';

const USER_SQL = `SELECT u.id, u.name, (SELECT count(*) FROM codings c WHERE c.coder_id = u.id) AS codingCount FROM users u`;

export function listUsers(db: Database.Database): User[] {
  return db.prepare(`${USER_SQL} ORDER BY u.created_at, u.name`).all() as User[];
}

export function getUser(db: Database.Database, id: string): User {
  return found(db.prepare(`${USER_SQL} WHERE u.id = ?`).get(id) as User | undefined, 'Coder', id);
}

/** Finds a coder by name (case-insensitive) or creates one. */
export function ensureUser(db: Database.Database, name: string): string {
  const row = db.prepare('SELECT id FROM users WHERE name = ? COLLATE NOCASE').get(name) as { id: string } | undefined;
  if (row) return row.id;
  const id = newId();
  db.prepare('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)').run(id, name, nowIso());
  return id;
}
