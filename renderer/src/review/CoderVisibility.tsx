import { useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { setCoderVisible, showAllCoders, useHiddenCoders } from './coder-visibility';

/** Show or hide each coder's codings in the document view (see coder-visibility.tsx). */
export function CoderVisibility() {
  const users = useApiData('users.list', {}, ['project.changed', 'codings.changed']);
  const hidden = useHiddenCoders();
  return (
    <fieldset className="coder-visibility">
      <legend>{t('review.visibility.title')}</legend>
      {(users.data ?? []).map((u) => (
        <label key={u.id}>
          <input type="checkbox" checked={!hidden.has(u.id)} onChange={(e) => setCoderVisible(u.id, e.target.checked)} />
          {t('review.coders.option', { name: u.name, count: u.codingCount })}
        </label>
      ))}
      {hidden.size > 0 ? (
        <button type="button" onClick={showAllCoders}>
          {t('review.visibility.showAll')}
        </button>
      ) : null}
    </fieldset>
  );
}
