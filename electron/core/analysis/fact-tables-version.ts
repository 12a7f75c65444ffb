import type Database from 'better-sqlite3';

/**
 * The tables a matrix's facts are read from: a coding, its selection (source, start, end), and the
 * rows that give the source, code and coder their dense numbers and order (see project-index.ts).
 * Cases, sets and attributes are not here: they are read afresh on every query.
 */
const FACT_TABLES = ['codings', 'selections', 'sources', 'codes', 'users'] as const;

const FUNCTION_NAME = 'telaah_fact_tables_changed';

/** Per connection: how many rows of the fact tables have changed since the watch was installed. */
const versions = new WeakMap<Database.Database, { n: number }>();

/**
 * A number that changes whenever a row of a fact table is inserted, updated or deleted on this
 * connection (by any statement: an API write, an undo, a cascade), and stays put on other writes
 * (settings, memos, cases). Lets a cache of facts survive writes that cannot change them.
 *
 * The watch is a set of TEMP triggers (they live with the connection, not in the file, so the
 * schema is untouched) calling a JavaScript function. The count only grows: a rolled-back change
 * has still moved it, so a stale cache can never match again. What a cache must not do is store
 * facts read inside an open transaction (it may still roll back to rows the count has not seen
 * change): see cachedFacts in matrix-facts-query.ts. The project lock keeps other connections
 * from writing, so this connection sees every change.
 */
export function factTablesVersion(db: Database.Database): number {
  let v = versions.get(db);
  if (!v) {
    // The watch is schema (TEMP triggers): set up inside a transaction, a rollback would take it
    // away while this connection went on believing it watched. Not watching yet, nothing can be
    // cached yet either (facts read in a transaction are never kept), so any number will do.
    if (db.inTransaction) return 0;
    const state = { n: 0 };
    db.function(FUNCTION_NAME, { deterministic: false, varargs: false }, () => {
      state.n++;
      return null;
    });
    const ddl: string[] = [];
    for (const table of FACT_TABLES) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        ddl.push(`CREATE TEMP TRIGGER IF NOT EXISTS "watch_${table}_${event.toLowerCase()}" AFTER ${event} ON main."${table}" BEGIN SELECT ${FUNCTION_NAME}(); END;`);
      }
    }
    db.exec(ddl.join('\n'));
    versions.set(db, state);
    v = state;
  }
  return v.n;
}
