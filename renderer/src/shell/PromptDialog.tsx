import { useState, type ReactNode } from 'react';
import { Modal } from './Modal';
import { t } from '../i18n/i18n';
import { errorText } from '../i18n/error-text';

export interface PromptDialogProps {
  title: string;
  label: string;
  initial?: string;
  confirmLabel: string;
  /** Extra fields or explanations under the text field. */
  children?: ReactNode;
  /** Returns an error message to show, or nothing when the value was accepted. */
  onSubmit(value: string): Promise<string | void> | string | void;
  onCancel(): void;
}

/** One text field in a dialog: a name, a path (the browser has no native file dialog). */
export function PromptDialog({ title, label, initial = '', confirmLabel, children, onSubmit, onCancel }: PromptDialogProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!value.trim()) {
      setError(t('shell.dialog.required'));
      return;
    }
    setBusy(true);
    try {
      const message = await onSubmit(value.trim());
      if (message) setError(message);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={title} onClose={onCancel}>
      <form onSubmit={submit} className="form">
        <label className="field">
          <span>{label}</span>
          <input
            data-autofocus
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={error ? true : undefined}
            onFocus={(e) => e.target.select()}
          />
        </label>
        {children}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-footer">
          <button type="button" onClick={onCancel}>
            {t('shell.dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
