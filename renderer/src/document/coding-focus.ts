import { useSyncExternalStore } from 'react';

/**
 * The coding selected in the document view (by clicking its stripe or arriving from retrieval): the
 * one Delete removes, the boundary keys resize, and the memo pane can write a memo about.
 */
export interface FocusedCoding {
  id: string;
  sourceId: string;
}

let current: FocusedCoding | null = null;
const listeners = new Set<() => void>();

export function setFocusedCoding(next: FocusedCoding | null): void {
  if (next?.id === current?.id && next?.sourceId === current?.sourceId) return;
  current = next;
  for (const l of listeners) l();
}


export function useFocusedCoding(): FocusedCoding | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
  );
}
