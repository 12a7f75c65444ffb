/** Stable error codes for problems opening or writing a project file; messages say what and where. */
export type ProjectErrorCode =
  | 'not-found'
  | 'already-exists'
  | 'not-a-project'
  | 'newer-version'
  | 'locked'
  | 'migration-failed'
  | 'corrupt';

export class ProjectError extends Error {
  readonly code: ProjectErrorCode;
  constructor(code: ProjectErrorCode, message: string) {
    super(message);
    this.name = 'ProjectError';
    this.code = code;
  }
}
