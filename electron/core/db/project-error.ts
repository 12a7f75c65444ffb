import type { Phrase } from '../../../shared/api/phrase';

/** Stable error codes for problems opening or writing a project file; messages say what and where. */
export type ProjectErrorCode =
  | 'not-found'
  | 'already-exists'
  | 'not-a-project'
  | 'newer-version'
  | 'locked'
  | 'migration-failed'
  | 'corrupt';

/** The message is English, for the command line and logs; `reason` is the same words for the interface. */
export class ProjectError extends Error {
  readonly code: ProjectErrorCode;
  readonly reason: Phrase;
  constructor(code: ProjectErrorCode, reason: Phrase) {
    super(reason.english);
    this.name = 'ProjectError';
    this.code = code;
    this.reason = reason;
  }
}
