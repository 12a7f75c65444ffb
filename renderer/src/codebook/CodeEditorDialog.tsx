import { useState } from 'react';
import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';
import { CODE_PALETTE } from './code-colors';

export interface CodeDraft {
  name: string;
  parentId: string | null;
  color: string;
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

export interface CodeEditorDialogProps {
  /** The code being edited, or null to create one. */
  code: Code | null;
  initial: CodeDraft;
  codes: readonly Code[];
  onSubmit(draft: CodeDraft): Promise<string | void>;
  onCancel(): void;
}

/** Create or edit a code: name, parent (when creating), colour, definition and its criteria. */
export function CodeEditorDialog({ code, initial, codes, onSubmit, onCancel }: CodeEditorDialogProps) {
  const [draft, setDraft] = useState<CodeDraft>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CodeDraft>(key: K, value: CodeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!draft.name.trim()) {
      setError(t('codebook.editor.nameRequired'));
      return;
    }
    setBusy(true);
    const message = await onSubmit({ ...draft, name: draft.name.trim() });
    setBusy(false);
    if (message) setError(message);
  };
  const textArea = (key: 'description' | 'inclusion' | 'exclusion' | 'example', rows: number) => (
    <label className="field">
      <span>{t(`codebook.field.${key}`)}</span>
      <textarea rows={rows} value={draft[key]} onChange={(e) => set(key, e.target.value)} placeholder={t(`codebook.field.${key}.placeholder`)} />
    </label>
  );
  return (
    <Modal title={code ? t('codebook.editor.editTitle', { name: code.name }) : t('codebook.editor.createTitle')} onClose={onCancel} wide>
      <form className="form" onSubmit={submit}>
        <div className="form-row">
          <label className="field grow">
            <span>{t('codebook.field.name')}</span>
            <input data-autofocus value={draft.name} onChange={(e) => set('name', e.target.value)} aria-invalid={error ? true : undefined} />
          </label>
          {code ? null : (
            <label className="field">
              <span>{t('codebook.field.parent')}</span>
              <select value={draft.parentId ?? ''} onChange={(e) => set('parentId', e.target.value || null)}>
                <option value="">{t('codebook.field.parentNone')}</option>
                {codes.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <fieldset className="field colour-field">
          <legend>{t('codebook.field.colour')}</legend>
          <div className="colour-choices">
            {CODE_PALETTE.map((c) => (
              <button
                key={c}
                type="button"
                className="colour-choice"
                style={{ background: c }}
                aria-label={t('codebook.colourChoice', { colour: c })}
                aria-pressed={draft.color.toLowerCase() === c}
                onClick={() => set('color', c)}
              />
            ))}
            <input type="color" value={draft.color} onChange={(e) => set('color', e.target.value)} aria-label={t('codebook.colourCustom')} title={t('codebook.colourCustom')} />
          </div>
        </fieldset>
        {textArea('description', 3)}
        <div className="form-row">
          {textArea('inclusion', 3)}
          {textArea('exclusion', 3)}
        </div>
        {textArea('example', 2)}
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
            {code ? t('shell.dialog.save') : t('codebook.editor.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
