import { useSyncExternalStore } from 'react';

/**
 * The search whose hits the document view highlights (set by the search pane when a source is
 * opened from its results, cleared by the document view's "clear" button). One query for the whole
 * window: opening any source shows that query's hits in it (search.inSource).
 */
export interface SearchHighlight {
  query: string;
  regex: boolean;
  caseSensitive: boolean;
}

let current: SearchHighlight | null = null;
const listeners = new Set<() => void>();

export function setSearchHighlight(next: SearchHighlight | null): void {
  current = next && next.query.trim() ? next : null;
  for (const l of listeners) l();
}


export function useSearchHighlight(): SearchHighlight | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
  );
}
