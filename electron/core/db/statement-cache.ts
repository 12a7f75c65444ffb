import type Database from 'better-sqlite3';

/**
 * Prepared statements kept per connection, for the SQL that runs on every write (the undo history's
 * bookkeeping, storing a source): preparing costs more than running these small statements.
 * Only for statements run with run/get/all, never iterated (a cached statement must not be in use by
 * a live iterator when it is run again), and never reconfigured with pluck/raw/expand, which would
 * change it for every other caller. Statements of a closed connection go with its WeakMap entry;
 * SQLite re-prepares a statement by itself when a migration changes the schema.
 */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
