import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { notify, notifyError } from '../state/notifications';

/** Switches review mode: while on, nothing that changes coding is accepted (comments still are). */
export function ReviewModeToggle() {
  const api = useApi();
  const state = useApiData('review.state', {}, ['review.changed']);
  const on = state.data?.reviewMode ?? false;
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      className={`review-mode-toggle${on ? ' on' : ''}`}
      title={t('review.mode.help')}
      disabled={!state.data}
      onClick={async () => {
        try {
          const r = await api.call('review.setMode', { on: !on });
          notify('info', t(r.reviewMode ? 'review.mode.turnedOn' : 'review.mode.turnedOff'));
          state.reload();
        } catch (err) {
          notifyError(err);
        }
      }}
    >
      {t('review.mode.label')}: {t(on ? 'review.mode.on' : 'review.mode.off')}
    </button>
  );
}
