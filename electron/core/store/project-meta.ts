import type Database from 'better-sqlite3';

/** The project's name as the researcher gave it (null in a file that has none). */
export function projectName(db: Database.Database): string | null {
  return (db.prepare(`SELECT value FROM project_meta WHERE key = 'name'`).get() as { value: string } | undefined)?.value ?? null;
}
