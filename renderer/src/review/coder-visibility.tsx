import { useMemo, useSyncExternalStore } from 'react';
import { useApiData } from '../api/api-context';

/**
 * Which coders' codings the document view shows: UI state, not part of the research record. The
 * hidden coders are kept (per project, in localStorage) so that a coder added later is shown by
 * default. The document view reads `useVisibleCoders()`: null means "everyone" (no filter), else the
 * Set of coder ids to show, to pass as codings.listBySource's coderIds.
 */
let projectKey = '';
let hidden: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();
const STORAGE_PREFIX = 'telaah.hiddenCoders.';

function emit(): void {
  for (const l of listeners) l();
}

function save(): void {
  try {
    if (projectKey) localStorage.setItem(STORAGE_PREFIX + projectKey, JSON.stringify([...hidden]));
  } catch {
    // storage unavailable: the choice lasts for this window only
  }
}

/** Switches to a project's remembered choice (the shell calls it when a project opens). */
export function setCoderVisibilityProject(projectId: string): void {
  if (projectId === projectKey) return;
  projectKey = projectId;
  let stored: unknown = [];
  try {
    stored = JSON.parse(localStorage.getItem(STORAGE_PREFIX + projectId) ?? '[]');
  } catch {
    stored = [];
  }
  hidden = new Set(Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : []);
  emit();
}

export function setCoderVisible(coderId: string, visible: boolean): void {
  if (visible === !hidden.has(coderId)) return;
  const next = new Set(hidden);
  if (visible) next.delete(coderId);
  else next.add(coderId);
  hidden = next;
  save();
  emit();
}

/** Shows everyone again. */
export function showAllCoders(): void {
  if (hidden.size === 0) return;
  hidden = new Set();
  save();
  emit();
}

/** The ids of hidden coders. */
export function useHiddenCoders(): ReadonlySet<string> {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => hidden,
  );
}

/**
 * The coders whose codings to show, or null for all coders (nobody hidden). The Set keeps its
 * identity while the choice and the coders stay the same, so it can be an effect dependency.
 */
export function useVisibleCoders(): Set<string> | null {
  const hiddenNow = useHiddenCoders();
  const users = useApiData('users.list', {}, ['project.changed']);
  const ids = users.data?.map((u) => u.id).join(',') ?? '';
  return useMemo(() => {
    if (hiddenNow.size === 0 || !ids) return null;
    const all = ids.split(',');
    const visible = all.filter((id) => !hiddenNow.has(id));
    return visible.length === all.length ? null : new Set(visible);
  }, [hiddenNow, ids]);
}
