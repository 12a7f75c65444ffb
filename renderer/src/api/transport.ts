import type { Transport } from '../../../shared/api/client';
import type { ApiResult } from '../../../shared/api/errors';
import type { EventName } from '../../../shared/api/events';

declare global {
  interface Window {
    /** Exposed by electron/preload in the Electron window. */
    telaah?: Transport;
  }
}

/** HTTP transport: POST /api/<method> with the per-launch token, events over server-sent events. */
export function httpTransport(token: string, base = ''): Transport {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  let source: EventSource | null = null;
  const connect = () => {
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (m) => {
      const { event, payload } = JSON.parse(m.data as string) as { event: EventName; payload: unknown };
      for (const l of listeners) l(event, payload);
    };
  };
  return {
    async invoke(method, input) {
      try {
        const res = await fetch(`${base}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telaah-token': token },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as ApiResult<unknown>;
      } catch (err) {
        return { ok: false, error: { code: 'internal', message: `The Telaah server cannot be reached (${(err as Error).message}).` } };
      }
    },
    on(listener) {
      if (!source) connect();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** IPC in Electron (the preload's window.telaah), HTTP otherwise (token from index.html). */
export function pickTransport(): Transport {
  if (window.telaah) return window.telaah;
  const token = document.querySelector<HTMLMetaElement>('meta[name="telaah-token"]')?.content;
  if (!token) throw new Error('No API transport: not in Electron and no server token in the page.');
  return httpTransport(token);
}
