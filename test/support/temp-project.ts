import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { handlers } from '../../electron/core/api/handlers';
import { Session, type SessionOptions } from '../../electron/core/session';

export function tempDir(prefix = 'telaah-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real project file in a temp folder, driven through the real dispatch. */
export class TestProject {
  readonly session: Session;
  readonly dispatch: Dispatch;
  constructor(
    readonly file: string,
    options: SessionOptions = {},
  ) {
    this.session = new Session({ backups: false, ...options });
    this.dispatch = createDispatch(this.session, handlers);
  }

  static async create(options: { sample?: boolean; dir?: string; session?: SessionOptions } = {}): Promise<TestProject> {
    const dir = options.dir ?? tempDir();
    const p = new TestProject(path.join(dir, 'project.telaah'), options.session);
    await p.call('project.create', { path: p.file, sample: options.sample ?? false });
    return p;
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const r = await this.dispatch(method, input);
    if (!r.ok) throw new ApiError(r.error.code, r.error.message, r.error.details);
    return r.value as MethodOutput<M>;
  }

  /** Imports text as a .txt source and returns its id. */
  async addText(name: string, text: string): Promise<string> {
    const r = await this.call('sources.importFiles', { files: [{ name: `${name}.txt`, base64: Buffer.from(text, 'utf8').toString('base64') }], options: {} });
    const first = r.results[0]!;
    if (!first.ok) throw new Error(first.error?.message);
    return first.sourceId!;
  }

  get db() {
    return this.session.db;
  }

  close(): void {
    this.session.close();
  }
}
