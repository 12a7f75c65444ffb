import { t } from '../i18n/i18n';
import type { JobProgress } from '../api/use-api-job';

/** A running job: a progress bar and what it is working on, announced politely. */
export function JobProgressLine({ progress }: { progress: JobProgress | null }) {
  if (!progress) return null;
  return (
    <div className="exchange-progress" role="status">
      <progress value={progress.done} max={Math.max(1, progress.total)} aria-label={t('exchange.progressLabel')} />
      <span>{progress.current ? t('exchange.progress', { done: progress.done, total: progress.total, current: progress.current }) : t('exchange.working')}</span>
    </div>
  );
}
