import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Returns `row` or throws a not-found error naming what was looked for. */
export function found<T>(row: T | undefined, what: string, id: string): T {
  if (row === undefined) throw new ApiError('not-found', `${what} ${id} does not exist (it may have been deleted).`);
  return row;
}

/** Whether a row with this id exists in `table` (a table name from code, never from input). */
export function rowExists(db: Database.Database, table: string, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Throws not-found, naming `what`, unless a row with this id exists in `table`. */
export function requireRow(db: Database.Database, table: string, id: string, what: string): void {
  if (!rowExists(db, table, id)) throw new ApiError('not-found', `${what} ${id} does not exist (it may have been deleted).`);
}

/**
 * A set of values as one parameter, for `column IN ${IN_LIST}` with `inList(values)` bound to it:
 * SQLite refuses a statement with more than 32,766 parameters, while the API takes up to 100,000
 * ids, and the statement's text stays the same whatever the number.
 */
export const IN_LIST = '(SELECT value FROM json_each(?))';

export function inList(values: readonly (string | number)[]): string {
  return JSON.stringify(values);
}
