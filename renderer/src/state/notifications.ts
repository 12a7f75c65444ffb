import { useSyncExternalStore } from 'react';
import { errorText } from '../i18n/error-text';

/**
 * Messages for the researcher: errors from the API (which say what is wrong and where) and short
 * confirmations ("Code created"). The shell shows them in a polite live region; errors stay until
 * dismissed, others fade after a few seconds.
 */
export interface Notice {
  id: number;
  kind: 'error' | 'info' | 'success';
  message: string;
}

let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const INFO_MS = 5000;

function emit(): void {
  for (const l of listeners) l();
}

export function notify(kind: Notice['kind'], message: string): number {
  const id = nextId++;
  notices = [...notices, { id, kind, message }].slice(-5);
  emit();
  if (kind !== 'error') setTimeout(() => dismiss(id), INFO_MS);
  return id;
}

/** Shows an error thrown by an API call (its message is written for the researcher), in the interface's language where it can be. */
export function notifyError(err: unknown): void {
  notify('error', errorText(err));
}

export function dismiss(id: number): void {
  const next = notices.filter((n) => n.id !== id);
  if (next.length === notices.length) return;
  notices = next;
  emit();
}

export function useNotices(): readonly Notice[] {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => notices,
  );
}
