import { dismiss, useNotices } from '../state/notifications';
import { t } from '../i18n/i18n';

/** Errors and confirmations, announced politely; errors stay until dismissed. */
export function Notifications() {
  const notices = useNotices();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
          <span>{n.message}</span>
          <button type="button" className="icon-button" onClick={() => dismiss(n.id)} aria-label={t('shell.notice.dismiss')} title={t('shell.notice.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
