import { useSyncExternalStore } from 'react';

/**
 * The codes the researcher applied most recently, newest first (at most MAX_RECENT), for the
 * recent-codes bar. Kept per project in localStorage so it survives a reload.
 */
export const MAX_RECENT = 8;

let projectKey = 'default';
let current: string[] = [];
const listeners = new Set<() => void>();

function storageKey(): string {
  return `telaah.recentCodes.${projectKey}`;
}

function read(): string[] {
  try {
    const raw = localStorage.getItem(storageKey());
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

function emit(): void {
  for (const l of listeners) l();
}

/** Switches the list to another project's (the shell calls it with the project id). */
export function setRecentCodesProject(id: string): void {
  if (id === projectKey) return;
  projectKey = id;
  current = read();
  emit();
}

/** Moves `codeId` to the front of the recent list. */
export function rememberCode(codeId: string): void {
  current = [codeId, ...current.filter((id) => id !== codeId)].slice(0, MAX_RECENT);
  try {
    localStorage.setItem(storageKey(), JSON.stringify(current));
  } catch {
    // not persisted; the bar still shows it this session
  }
  emit();
}

/** Drops codes that no longer exist (after a delete or an undo of a creation). */
export function forgetCodesExcept(existing: ReadonlySet<string>): void {
  const next = current.filter((id) => existing.has(id));
  if (next.length === current.length) return;
  current = next;
  try {
    localStorage.setItem(storageKey(), JSON.stringify(current));
  } catch {
    // ignore
  }
  emit();
}

export function getRecentCodes(): readonly string[] {
  return current;
}

export function useRecentCodes(): readonly string[] {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
  );
}
