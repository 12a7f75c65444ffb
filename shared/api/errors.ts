/** Stable error codes every transport carries unchanged; messages are for the researcher. */
export type ApiErrorCode =
  | 'unknown-method'
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'no-project'
  | 'snippet-mismatch'
  | 'import-failed'
  | 'locked'
  | 'newer-version'
  | 'not-a-project'
  | 'read-only'
  | 'cancelled'
  | 'unauthorized'
  | 'internal';

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details?: unknown;
  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) };
  }
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
