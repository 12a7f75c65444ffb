import type Database from 'better-sqlite3';

/** The project's name as the researcher gave it (null in a file that has none). */
export function projectName(db: Database.Database): string | null {
  return (db.prepare(`SELECT value FROM project_meta WHERE key = 'name'`).get() as { value: string } | undefined)?.value ?? null;
}

export function setProjectName(db: Database.Database, name: string): void {
  db.prepare(`UPDATE project_meta SET value = ? WHERE key = 'name'`).run(name);
}

/** Every key of the project's metadata (id, name, created_at, …) with its value. */
export function projectMeta(db: Database.Database): Record<string, string> {
  return Object.fromEntries((db.prepare('SELECT key, value FROM project_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
}
