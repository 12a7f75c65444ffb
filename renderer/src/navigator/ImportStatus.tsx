import type { ImportState } from './use-import';
import { phraseText, t } from '../i18n/i18n';

/** The import's progress bar with its cancel button, then the per-file summary. */
export function ImportStatus({ state }: { state: ImportState }) {
  const { progress, summary } = state;
  if (progress) {
    const label = progress.phase === 'reading' ? t('navigator.import.reading', { name: progress.current ?? '' }) : t('navigator.import.importing', { done: progress.done, total: progress.total, name: progress.current ?? '' });
    return (
      <div className="import-status" aria-live="polite">
        <div className="import-progress-label">{label}</div>
        <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('navigator.import.progress')} />
        <button type="button" onClick={() => void state.cancel()}>
          {t('navigator.import.cancel')}
        </button>
      </div>
    );
  }
  if (!summary) return null;
  return (
    <div className="import-status import-summary" role="status">
      <div className="import-summary-head">
        <strong>
          {summary.cancelled
            ? t('navigator.import.summaryCancelled', { imported: summary.imported, failed: summary.failed })
            : t('navigator.import.summary', { imported: summary.imported, failed: summary.failed })}
        </strong>
        <button type="button" className="icon-button" onClick={state.clearSummary} aria-label={t('navigator.import.closeSummary')} title={t('navigator.import.closeSummary')}>
          ×
        </button>
      </div>
      <ul>
        {summary.results.map((r, i) => (
          <li key={`${r.file}-${i}`} className={r.ok ? 'ok' : 'failed'}>
            <span className="file">{r.file}</span>
            {r.ok ? (
              <span>{r.warnings.length ? t('navigator.import.okWithWarnings', { warnings: r.warnings.map(phraseText).join('; ') }) : t('navigator.import.ok')}</span>
            ) : (
              <span>{r.error ? phraseText(r.error.reason) : t('navigator.import.failed')}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
