import { useSyncExternalStore } from 'react';
import type { MemoTarget } from '../../../shared/api/methods/memo-methods';

/** The memo target the memo pane shows (set by search results, the coding inspector, the memo list). */
let current: MemoTarget | null = null;
const listeners = new Set<() => void>();

export function openMemoTarget(target: MemoTarget | null): void {
  current = target;
  for (const l of listeners) l();
}

export function useMemoTarget(): MemoTarget | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
  );
}
