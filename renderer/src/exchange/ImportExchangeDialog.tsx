import './exchange.css';
import { useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';
import { notify } from '../state/notifications';
import { IMPORT_EXTENSIONS, importKindOfPath, type ImportKind } from './import-kind';
import { ImportReportView, type ImportReport } from './ImportReportView';
import { JobProgressLine } from '../api/JobProgressLine';
import { useApiJob } from '../api/use-api-job';

export interface ImportExchangeDialogProps {
  onClose(): void;
  /** What to import when the dialog opens; a typed path with a known extension switches it. */
  initialKind?: ImportKind;
}

/**
 * Import into the open project: a REFI-QDA project (.qdpx/.qde from NVivo, ATLAS.ti, MAXQDA,
 * QualCoder) or a codebook (.qdc, CSV/XLSX, a `category>>code` list), by typed path. Afterwards it
 * shows the import report; the core records the whole import as one undo step.
 */
export function ImportExchangeDialog({ onClose, initialKind = 'project' }: ImportExchangeDialogProps) {
  const api = useApi();
  const job = useApiJob<ImportReport>('import');
  const [kind, setKind] = useState<ImportKind>(initialKind);
  const [path, setPath] = useState('');
  const [setProjectName, setSetProjectName] = useState(false);
  const hintId = useId();

  const typePath = (value: string) => {
    setPath(value);
    const detected = importKindOfPath(value);
    if (detected) setKind(detected);
  };

  const start = async () => {
    const file = path.trim();
    const outcome = await job.run(async (jobId): Promise<ImportReport> =>
      kind === 'project'
        ? { kind: 'project', report: await api.call('exchange.importProject', { path: file, setProjectName, jobId }) }
        : { kind: 'codebook', report: await api.call('exchange.importCodebook', { path: file, jobId }) },
    );
    if (outcome?.kind === 'done') {
      const { report } = outcome.value;
      notify('success', t('exchange.import.done', { file: report.file, skipped: report.skipped.length }));
    }
  };

  return (
    <Modal
      title={t('exchange.import.title')}
      onClose={job.running ? () => undefined : onClose}
      wide
      footer={
        job.running ? (
          <button type="button" onClick={() => void job.cancel()}>
            {t('exchange.stop')}
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose}>
              {t('exchange.close')}
            </button>
            <button type="button" className="primary" disabled={!path.trim()} onClick={() => void start()}>
              {t('exchange.import.start')}
            </button>
          </>
        )
      }
    >
      <div className="form exchange-dialog">
        <fieldset className="field">
          <legend>{t('exchange.import.what')}</legend>
          {(['project', 'codebook'] as const).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="exchange-import-kind" value={k} checked={kind === k} disabled={job.running} onChange={() => setKind(k)} />
              {t(`exchange.import.kind.${k}`, { extensions: IMPORT_EXTENSIONS[k].join(', ') })}
            </label>
          ))}
        </fieldset>

        <label className="field">
          <span>{t('exchange.import.path')}</span>
          <input
            type="text"
            value={path}
            disabled={job.running}
            placeholder={t(`exchange.import.placeholder.${kind}`)}
            aria-describedby={hintId}
            onChange={(e) => typePath(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && path.trim() && !job.running) void start();
            }}
          />
        </label>
        <small className="hint exchange-hint" id={hintId}>
          {t(`exchange.import.hint.${kind}`)} {t('exchange.import.undoHint')}
        </small>

        {kind === 'project' ? (
          <label className="check">
            <input type="checkbox" checked={setProjectName} disabled={job.running} onChange={(e) => setSetProjectName(e.target.checked)} />
            {t('exchange.import.setProjectName')}
          </label>
        ) : null}

        <JobProgressLine progress={job.progress} />
        {job.outcome?.kind === 'failed' ? (
          <p className="form-error" role="alert">
            {job.outcome.message}
          </p>
        ) : null}
        {job.outcome?.kind === 'cancelled' ? <p role="status">{t('exchange.import.cancelled')}</p> : null}
        {job.outcome?.kind === 'done' ? <ImportReportView result={job.outcome.value} /> : null}
      </div>
    </Modal>
  );
}
