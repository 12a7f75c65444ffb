import { useState } from 'react';
import { useApi } from '../api/api-context';
import { t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';
import { errorText } from '../i18n/error-text';

const TYPES = ['text', 'number', 'date', 'boolean'] as const;

/** A new attribute column for cases: a name and a type (text, number, date, yes/no). */
export function AddAttributeDialog({ onClose }: { onClose(): void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [type, setType] = useState<(typeof TYPES)[number]>('text');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title={t('cases.addAttribute')} onClose={onClose}>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return setError(t('shell.dialog.required'));
          try {
            await api.call('attributes.create', { name: name.trim(), type, scope: 'case' });
            onClose();
          } catch (err) {
            setError(errorText(err));
          }
        }}
      >
        <label className="field">
          <span>{t('cases.attributeName')}</span>
          <input data-autofocus value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('cases.attributeType')}</span>
          <select value={type} onChange={(e) => setType(e.target.value as (typeof TYPES)[number])}>
            {TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`cases.type.${ty}`)}
              </option>
            ))}
          </select>
        </label>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-footer">
          <button type="button" onClick={onClose}>
            {t('shell.dialog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('cases.addAttributeButton')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
