import { useId, useState } from 'react';
import type { MergeReport } from '../../../shared/api/methods/review-methods';
import { useApi } from '../api/api-context';
import { t } from '../i18n/i18n';
import { notify, notifyError } from '../state/notifications';

function MergeReportView({ report }: { report: MergeReport }) {
  return (
    <div className="merge-report" aria-live="polite">
      <h4>{t(report.applied ? 'review.merge.applied' : 'review.merge.previewTitle', { project: report.projectName })}</h4>
      <ul>
        <li>{t('review.merge.coders', { list: report.coders.map((c) => `${c.name} (${t(`review.merge.status.${c.status}`)}, ${c.codings})`).join(', ') })}</li>
        <li>{t('review.merge.sources', { matched: report.sources.matched.length, added: report.sources.added.length, conflicts: report.sources.conflicts.length })}</li>
        <li>{t('review.merge.codes', { matched: report.codes.matchedById + report.codes.matchedByName.length, added: report.codes.added.length, conflicts: report.codes.conflicts.length })}</li>
        <li>{t('review.merge.codings', { added: report.codings.added, present: report.codings.alreadyPresent, skipped: report.codings.skipped.length })}</li>
      </ul>
      {report.sources.conflicts.length + report.codes.conflicts.length > 0 ? (
        <>
          <h5>{t('review.merge.conflicts')}</h5>
          <ul className="merge-conflicts">
            {report.sources.conflicts.map((c) => (
              <li key={`s-${c.name}`}>
                {c.name}: {c.reason}
              </li>
            ))}
            {report.codes.conflicts.map((c) => (
              <li key={`c-${c.path}`}>
                {c.path}: {c.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.codings.skipped.length > 0 ? (
        <details>
          <summary>{t('review.merge.skipped', { count: report.codings.skipped.length })}</summary>
          <ul>
            {report.codings.skipped.map((s, i) => (
              <li key={i}>
                {s.source} {s.start}–{s.end}, {s.code}, {s.coder}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** Brings in another coder's copy (.telaah or .qdpx): preview what would match, then merge. */
export function MergePanel() {
  const api = useApi();
  const [file, setFile] = useState('');
  const [report, setReport] = useState<MergeReport | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const run = async (apply: boolean) => {
    setBusy(true);
    try {
      const r = apply ? await api.call('merge.apply', { path: file.trim() }) : await api.call('merge.preview', { path: file.trim() });
      setReport(r);
      if (apply) notify('success', t('review.merge.done', { count: r.codings.added }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="merge-panel">
      <h3>{t('review.merge.title')}</h3>
      <p className="muted">{t('review.merge.help')}</p>
      <label htmlFor={inputId}>{t('review.merge.file')}</label>
      <input
        id={inputId}
        type="text"
        value={file}
        placeholder={t('review.merge.placeholder')}
        onChange={(e) => {
          setFile(e.target.value);
          setReport(null);
        }}
      />
      <button type="button" disabled={busy || !file.trim()} onClick={() => run(false)}>
        {t('review.merge.preview')}
      </button>
      <button type="button" disabled={busy || !report || report.applied} onClick={() => run(true)}>
        {t('review.merge.apply')}
      </button>
      {report ? <MergeReportView report={report} /> : null}
    </section>
  );
}
