import type Database from 'better-sqlite3';

/**
 * Undo and redo are recorded by triggers, in the spirit of SQLite's own undo/redo note: for every
 * change to a tracked table a trigger stores the SQL statement that reverses it in history_entries
 * (only while history_state.recording = 1, which dispatch sets around each write). Because the
 * log is built from the tables themselves, every write is undoable without per-method code, and a
 * table added by a later migration is covered as soon as the triggers are reinstalled.
 */
// sources_fts_pending (the search index's queue) is derived state; the FTS prefix rule below also skips it.
const UNTRACKED = new Set(['settings', 'history_steps', 'history_entries', 'history_state', 'sources_fts_pending']);

interface Column {
  name: string;
  pk: number;
}

function q(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Tables whose changes are undoable: ordinary tables, not FTS indexes or their shadow tables. */
export function trackedTables(db: Database.Database): string[] {
  const rows = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all() as { name: string; sql: string }[];
  const fts = rows.filter((r) => /CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter((n) => !UNTRACKED.has(n) && !fts.some((f) => n === f || n.startsWith(`${f}_`)));
}

function hasRowid(db: Database.Database, table: string): boolean {
  const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(table) as { sql: string }).sql;
  return !/WITHOUT\s+ROWID/i.test(sql);
}

/** Drops and recreates every history trigger; run after each migration batch. */
export function installHistoryTriggers(db: Database.Database): void {
  const existing = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'`)
    .all() as { name: string }[];
  for (const t of existing) db.exec(`DROP TRIGGER ${q(t.name)}`);

  for (const table of trackedTables(db)) {
    const cols = db.prepare(`PRAGMA table_info(${q(table)})`).all() as Column[];
    const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const rowid = hasRowid(db, table);
    const keyCols = pk.length > 0 ? pk.map((c) => c.name) : ['rowid'];
    const where = (ref: 'OLD' | 'NEW') =>
      keyCols.map((k) => `'${q(k).replace(/'/g, "''")} = ' || quote(${ref}.${q(k)})`).join(` || ' AND ' || `);
    const allCols = (rowid ? ['rowid'] : []).concat(cols.map((c) => c.name));
    const insertCols = allCols.map(q).join(', ').replace(/'/g, "''");
    const insertValues = allCols.map((c) => `quote(OLD.${q(c)})`).join(` || ', ' || `);
    const setList = cols
      .map((c) => `'${q(c.name).replace(/'/g, "''")} = ' || quote(OLD.${q(c.name)})`)
      .join(` || ', ' || `);
    const changed = cols.map((c) => `OLD.${q(c.name)} IS NOT NEW.${q(c.name)}`).join(' OR ');
    const recording = `(SELECT recording FROM history_state WHERE id = 1) = 1`;
    const qt = q(table).replace(/'/g, "''");
    db.exec(`
      CREATE TRIGGER ${q(`history_${table}_insert`)} AFTER INSERT ON ${q(table)} WHEN ${recording}
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('DELETE FROM ${qt} WHERE ' || ${where('NEW')});
      END;
      CREATE TRIGGER ${q(`history_${table}_delete`)} AFTER DELETE ON ${q(table)} WHEN ${recording}
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('INSERT INTO ${qt} (${insertCols}) VALUES (' || ${insertValues} || ')');
      END;
      CREATE TRIGGER ${q(`history_${table}_update`)} AFTER UPDATE ON ${q(table)} WHEN ${recording} AND (${changed})
      BEGIN
        INSERT INTO history_entries (sql) VALUES ('UPDATE ${qt} SET ' || ${setList} || ' WHERE ' || ${where('NEW')});
      END;
    `);
  }
}
