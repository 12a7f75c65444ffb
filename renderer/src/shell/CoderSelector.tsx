import { useId, useState } from 'react';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { notify, notifyError } from '../state/notifications';
import { PromptDialog } from './PromptDialog';
import { errorText } from '../i18n/error-text';

/** Who is coding: new codings are recorded under the active coder (users.setActive). */
export function CoderSelector({ activeCoderId }: { activeCoderId: string | null }) {
  const api = useApi();
  const users = useApiData('users.list', {}, ['project.changed', 'codings.changed']);
  const [adding, setAdding] = useState(false);
  const id = useId();
  return (
    <div className="coder-selector">
      <label htmlFor={id}>{t('shell.coder.label')}</label>
      <select
        id={id}
        value={activeCoderId ?? ''}
        onChange={async (e) => {
          try {
            const user = await api.call('users.setActive', { id: e.target.value });
            notify('info', t('shell.coder.switched', { name: user.name }));
          } catch (err) {
            notifyError(err);
          }
        }}
      >
        {(users.data ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {t('shell.coder.option', { name: u.name, count: u.codingCount })}
          </option>
        ))}
      </select>
      <button type="button" className="icon-button" onClick={() => setAdding(true)} aria-label={t('shell.coder.add')} title={t('shell.coder.add')}>
        +
      </button>
      {adding ? (
        <PromptDialog
          title={t('shell.coder.add')}
          label={t('shell.coder.nameLabel')}
          confirmLabel={t('shell.coder.addButton')}
          onCancel={() => setAdding(false)}
          onSubmit={async (name) => {
            try {
              const user = await api.call('users.create', { name });
              await api.call('users.setActive', { id: user.id });
              setAdding(false);
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      ) : null}
    </div>
  );
}
