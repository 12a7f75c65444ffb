import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type ApiClient } from '../../../shared/api/client';
import { createDispatch } from '../../../electron/core/api/dispatch';
import { handlers } from '../../../electron/core/api/handlers';
import { Session } from '../../../electron/core/session';

export interface RealApi {
  api: ApiClient;
  file: string;
  close(): void;
}

/**
 * The real core behind the renderer in component tests: a Session on a temp project file (the
 * sample project, or an empty one) and the same dispatch the transports use; events are delivered
 * asynchronously, as over IPC or server-sent events.
 */
export async function openRealApi({ sample = true }: { sample?: boolean } = {}): Promise<RealApi> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-dom-'));
  const file = path.join(dir, 'project.telaah');
  const session = new Session({ backups: false });
  const dispatch = createDispatch(session, handlers);
  const api = createClient({
    invoke: (method, input) => dispatch(method, input),
    on: (listener) => session.events.subscribe((event, payload) => queueMicrotask(() => listener(event, payload))),
  });
  await api.call('project.create', { path: file, sample });
  return {
    api,
    file,
    close: () => {
      session.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
