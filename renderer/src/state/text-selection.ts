import { useSyncExternalStore } from 'react';

/**
 * The researcher's current text selection in the document view, set by the document view and read
 * by the codebook (clicking or dropping on a code applies it) and the recent-codes bar.
 * Positions are code points into the source's canonical text, end exclusive, already snapped to
 * whole characters by the document view.
 */
export interface TextSelection {
  sourceId: string;
  start: number;
  end: number;
  /** The selected text (the snippet a coding stores). */
  text: string;
}

let current: TextSelection | null = null;
const listeners = new Set<() => void>();

export function getTextSelection(): TextSelection | null {
  return current;
}

/** Sets (or clears with null) the current selection; an empty range counts as no selection. */
export function setTextSelection(selection: TextSelection | null): void {
  const next = selection && selection.end > selection.start ? selection : null;
  if (next === current) return;
  if (next && current && next.sourceId === current.sourceId && next.start === current.start && next.end === current.end) return;
  current = next;
  for (const l of listeners) l();
}

export function useTextSelection(): TextSelection | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
  );
}
