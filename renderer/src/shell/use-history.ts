import { useCallback } from 'react';
import { useApi, useApiData } from '../api/api-context';
import type { HistoryState } from '../../../shared/api/methods/project-methods';
import { notify, notifyError } from '../state/notifications';
import { t } from '../i18n/i18n';
import { historyLabel } from './history-label';

export interface History {
  state: HistoryState | undefined;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** The project's undo history (kept in the file) and the two actions, announcing what they did. */
export function useHistory(): History {
  const api = useApi();
  const data = useApiData('history.state', {}, ['history.changed', 'sources.changed', 'cases.changed', 'codes.changed', 'codings.changed', 'memos.changed', 'analysis.changed', 'review.changed']);
  const undo = useCallback(async () => {
    try {
      const { label } = await api.call('history.undo', {});
      if (label) notify('info', t('shell.history.undone', { label: historyLabel(label) }));
    } catch (err) {
      notifyError(err);
    }
  }, [api]);
  const redo = useCallback(async () => {
    try {
      const { label } = await api.call('history.redo', {});
      if (label) notify('info', t('shell.history.redone', { label: historyLabel(label) }));
    } catch (err) {
      notifyError(err);
    }
  }, [api]);
  return { state: data.data, undo, redo };
}

/** Whether a key event happens inside something that edits text (where Ctrl+Z is the field's own undo). */
export function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'range'].includes(target.type);
  }
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // isContentEditable where the browser has it; the attribute otherwise (jsdom lacks the property).
  if (typeof target.isContentEditable === 'boolean') return target.isContentEditable;
  const host = target.closest('[contenteditable]');
  return !!host && host.getAttribute('contenteditable') !== 'false';
}

/**
 * Which history action a key press asks for: Ctrl/Cmd+Z undo; Ctrl/Cmd+Shift+Z and Ctrl+Y redo.
 * Null for anything else.
 */
export function historyShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.shiftKey) return 'redo';
  return null;
}
