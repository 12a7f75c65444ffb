import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { createDispatch, type Dispatch } from '../core/api/dispatch';
import { handlers } from '../core/api/handlers';
import { Session, type SessionOptions } from '../core/session';

/** A usage mistake: printed with the command's usage line, exit code 2. */
export class UsageError extends Error {}

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A session and typed calls through the same dispatch the transports use. */
export class CliProject {
  readonly session: Session;
  readonly dispatch: Dispatch;
  constructor(options: SessionOptions = { backups: false }) {
    this.session = new Session(options);
    this.dispatch = createDispatch(this.session, handlers);
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await this.dispatch(method, input);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details);
    return result.value as MethodOutput<M>;
  }

  close(): void {
    this.session.close();
  }
}

/** Opens FILE for one command and always closes it. */
export async function withProject<T>(file: string, fn: (p: CliProject) => Promise<T>): Promise<T> {
  const p = new CliProject();
  await p.call('project.open', { path: file });
  try {
    return await fn(p);
  } finally {
    p.close();
  }
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: string[], io: CliIO): Promise<number>;
}
