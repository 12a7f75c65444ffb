import type { Phrase } from './phrase';

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
  /** English, for scripts and logs. */
  message: string;
  details?: unknown;
  /** The same words as a catalogue phrase, when there is one, for the interface to word in its language. */
  reason?: Phrase;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details?: unknown;
  readonly reason?: Phrase;
  constructor(code: ApiErrorCode, message: string, details?: unknown, reason?: Phrase) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
    if (reason) this.reason = reason;
  }
  toJSON(): ApiErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.details === undefined ? {} : { details: this.details }),
      ...(this.reason ? { reason: this.reason } : {}),
    };
  }
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
