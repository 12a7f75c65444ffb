import { t } from '../i18n/i18n';
import type { JobProgress } from './use-api-job';

/**
 * A running job: a progress bar and what it is working on, announced politely. `workingText` is
 * shown while the job has not yet said what it is on ("Writing the report…").
 */
export function JobProgressLine({ progress, workingText }: { progress: JobProgress | null; workingText?: string }) {
  if (!progress) return null;
  return (
    <div className="job-progress" role="status">
      <progress value={progress.done} max={Math.max(1, progress.total)} aria-label={t('exchange.progressLabel')} />
      <span>{progress.current ? t('exchange.progress', { done: progress.done, total: progress.total, current: progress.current }) : (workingText ?? t('exchange.working'))}</span>
    </div>
  );
}
