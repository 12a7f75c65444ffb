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

/** `?, ?, ?` for an IN list. */
export function placeholders(n: number): string {
  return new Array(n).fill('?').join(', ');
}
