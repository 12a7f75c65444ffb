import { useEffect, useRef } from 'react';
import type { View } from '../state/navigation';
import type { ApiClient } from '../../../shared/api/client';
import { historyShortcut, isTextEditing, type History } from './use-history';
import { MAIN_VIEWS } from './views';

const REGIONS = ['.navigator', '#main', '.codebook'];

/**
 * Window-wide keys: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo (left to the field when one
 * is being typed in, so a text field keeps its own undo); Alt+1…9 switch views; F6 / Shift+F6
 * move focus between the navigator, the main view and the codebook. preventDefault also keeps
 * Electron's menu accelerator from running the same undo a second time.
 */
export function useGlobalShortcuts(history: History, setView: (v: View) => void): void {
  const ref = useRef({ history, setView });
  ref.current = { history, setView };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = historyShortcut(e);
      if (action) {
        if (isTextEditing(e.target)) return;
        e.preventDefault();
        void (action === 'undo' ? ref.current.history.undo() : ref.current.history.redo());
        return;
      }
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-9]$/.test(e.code)) {
        const view = MAIN_VIEWS[Number(e.code.slice(5)) - 1];
        if (view) {
          e.preventDefault();
          ref.current.setView(view.view);
        }
        return;
      }
      if (e.key === 'F6') {
        const regions = REGIONS.map((s) => document.querySelector<HTMLElement>(s)).filter((r): r is HTMLElement => !!r);
        const at = regions.findIndex((r) => r.contains(document.activeElement));
        const next = regions[(at + (e.shiftKey ? -1 : 1) + regions.length) % regions.length];
        if (next) {
          e.preventDefault();
          next.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Undo/Redo chosen in Electron's native Edit menu (or its accelerator while a field has focus):
 * the field's own undo when text is being typed, the project's history otherwise.
 */
export function useMenuCommands(history: History, api: ApiClient): void {
  const ref = useRef(history);
  ref.current = history;
  useEffect(
    () =>
      api.on('menu.command', ({ command }) => {
        if (isTextEditing(document.activeElement)) {
          document.execCommand(command);
          return;
        }
        void (command === 'undo' ? ref.current.undo() : ref.current.redo());
      }),
    [api],
  );
}
