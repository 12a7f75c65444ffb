import { t } from '../i18n/i18n';
import { historyLabel } from './history-label';
import { shortcutLabel } from './shortcut-label';
import type { History } from './use-history';

/** Undo and redo with the step they would take back or bring again. */
export function UndoRedoButtons({ history }: { history: History }) {
  const s = history.state;
  const undoText = s?.undoLabel ? t('shell.history.undoWith', { label: historyLabel(s.undoLabel) }) : t('shell.history.undo');
  const redoText = s?.redoLabel ? t('shell.history.redoWith', { label: historyLabel(s.redoLabel) }) : t('shell.history.redo');
  return (
    <div className="undo-redo" role="group" aria-label={t('shell.history.group')}>
      <button
        type="button"
        disabled={!s?.canUndo}
        onClick={() => void history.undo()}
        title={`${undoText} (${shortcutLabel('Mod+Z')})`}
        aria-keyshortcuts="Control+Z Meta+Z"
        data-testid="undo-button"
      >
        <span aria-hidden="true" className="glyph">
          ↶
        </span>
        <span className="undo-text">{undoText}</span>
      </button>
      <button
        type="button"
        disabled={!s?.canRedo}
        onClick={() => void history.redo()}
        title={`${redoText} (${shortcutLabel('Mod+Shift+Z')})`}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        data-testid="redo-button"
      >
        <span aria-hidden="true" className="glyph">
          ↷
        </span>
        <span className="undo-text">{redoText}</span>
      </button>
    </div>
  );
}
