import { useEffect, useState } from 'react';
import { REPORT_SECTIONS, type ReportLanguage, type ReportSection } from '../../../shared/api/methods/report-methods';
import { useApiData } from '../api/api-context';
import { getLanguage, t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';
import { DEFAULT_MATRIX, defaultReportPath, isValidChoice, matrixSpecOf, MEASURES, PLAIN_DIMENSIONS, type MatrixChoice } from './report-dialog-model';
import { useReportJob } from './use-report-job';
import { JobProgressLine } from '../api/JobProgressLine';
import { canDownload } from '../api/download-bytes';

export interface ReportDialogProps {
  onClose(): void;
  /** Offer a browser download beside writing to a path (the browser build has no save dialog). */
  allowDownload?: boolean;
}

/**
 * The Word report dialog: which sections, which language (independent of the UI's), which
 * matrices, heat shading, and where to write it; shows the job's progress and can stop it.
 */
export function ReportDialog({ onClose, allowDownload = canDownload() }: ReportDialogProps) {
  const info = useApiData('project.info', {});
  const attributes = useApiData('attributes.list', {}, ['cases.changed']);
  const job = useReportJob();
  const [sections, setSections] = useState<Set<ReportSection>>(() => new Set(REPORT_SECTIONS));
  const [language, setLanguage] = useState<ReportLanguage>(() => getLanguage());
  const [matrices, setMatrices] = useState<MatrixChoice[]>([DEFAULT_MATRIX]);
  const [heatShading, setHeatShading] = useState(true);
  const [path, setPath] = useState('');
  const [pathTouched, setPathTouched] = useState(false);

  useEffect(() => {
    if (!pathTouched && info.data) setPath(defaultReportPath(info.data.name));
  }, [info.data, pathTouched]);

  const dimensions = [
    ...PLAIN_DIMENSIONS.map((d) => ({ key: d as string, label: t(`report.axis.${d}`) })),
    ...(attributes.data ?? []).map((a) => ({ key: `attribute:${a.id}`, label: t('report.axis.attribute', { name: a.name }) })),
  ];
  const chosen = REPORT_SECTIONS.filter((s) => sections.has(s));
  const usesMatrices = sections.has('matrices') || sections.has('charts') || sections.has('methods');
  const validMatrices = matrices.filter(isValidChoice);
  const canRun = chosen.length > 0 && !job.running && validMatrices.length === matrices.length;
  const options = () => ({ sections: chosen, language, heatShading, matrices: validMatrices.map(matrixSpecOf) });

  const toggle = (s: ReportSection) =>
    setSections((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  const updateMatrix = (i: number, patch: Partial<MatrixChoice>) => setMatrices((prev) => prev.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  return (
    <Modal
      title={t('report.dialog.title')}
      onClose={job.running ? () => undefined : onClose}
      wide
      footer={
        job.running ? (
          <button type="button" onClick={() => void job.cancel()}>
            {t('report.dialog.stop')}
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose}>
              {t('report.dialog.close')}
            </button>
            {allowDownload ? (
              <button type="button" disabled={!canRun} onClick={() => void job.run(options(), { download: true })}>
                {t('report.dialog.download')}
              </button>
            ) : null}
            <button type="button" className="primary" disabled={!canRun || !path.trim()} onClick={() => void job.run(options(), { path: path.trim() })}>
              {t('report.dialog.export')}
            </button>
          </>
        )
      }
    >
      <div className="form report-dialog">
        <fieldset className="field">
          <legend>{t('report.dialog.sections')}</legend>
          <div className="report-sections">
            {REPORT_SECTIONS.map((s) => (
              <label key={s} className="check">
                <input type="checkbox" checked={sections.has(s)} disabled={job.running} onChange={() => toggle(s)} />
                {t(`report.section.${s}`)}
              </label>
            ))}
          </div>
          {chosen.length === 0 ? <p className="form-error">{t('report.dialog.noSections')}</p> : null}
        </fieldset>

        <div className="form-row">
          <label className="field">
            <span>{t('report.dialog.language')}</span>
            <select value={language} disabled={job.running} onChange={(e) => setLanguage(e.target.value as ReportLanguage)}>
              <option value="en">{t('report.dialog.languageName.en')}</option>
              <option value="id">{t('report.dialog.languageName.id')}</option>
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={heatShading} disabled={job.running} onChange={(e) => setHeatShading(e.target.checked)} />
            {t('report.dialog.heatShading')}
          </label>
        </div>

        {usesMatrices ? (
          <fieldset className="field">
            <legend>{t('report.dialog.matrices')}</legend>
            {matrices.map((m, i) => (
              <div key={i} className="form-row report-matrix" role="group" aria-label={t('report.dialog.matrixNumber', { n: i + 1 })}>
                <label className="field">
                  <span>{t('report.dialog.rows')}</span>
                  <select value={m.rows} disabled={job.running} onChange={(e) => updateMatrix(i, { rows: e.target.value })}>
                    {dimensions.map((d) => (
                      <option key={d.key} value={d.key}>
                        {d.label}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span>{t('report.dialog.columns')}</span>
                  <select value={m.columns} disabled={job.running} onChange={(e) => updateMatrix(i, { columns: e.target.value })}>
                    {dimensions.map((d) => (
                      <option key={d.key} value={d.key}>
                        {d.label}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span>{t('report.dialog.cell')}</span>
                  <select value={m.measure} disabled={job.running} onChange={(e) => updateMatrix(i, { measure: e.target.value as MatrixChoice['measure'] })}>
                    {MEASURES.map((k) => (
                      <option key={k} value={k}>
                        {t(`report.measure.${k}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" disabled={job.running} onClick={() => setMatrices((prev) => prev.filter((_, j) => j !== i))}>
                  {t('report.dialog.removeMatrix')}
                </button>
              </div>
            ))}
            <div>
              <button type="button" disabled={job.running} onClick={() => setMatrices((prev) => [...prev, DEFAULT_MATRIX])}>
                {t('report.dialog.addMatrix')}
              </button>
            </div>
          </fieldset>
        ) : null}

        <label className="field">
          <span>{t('report.dialog.path')}</span>
          <input
            type="text"
            value={path}
            disabled={job.running}
            onChange={(e) => {
              setPathTouched(true);
              setPath(e.target.value);
            }}
          />
          <small className="hint">
            {t('report.dialog.pathHint')} {allowDownload ? t('report.dialog.downloadHint') : null}
          </small>
        </label>

        <JobProgressLine progress={job.progress} workingText={t('report.dialog.working')} />
        <ReportOutcomeLine outcome={job.outcome} />
      </div>
    </Modal>
  );
}

function ReportOutcomeLine({ outcome }: { outcome: ReturnType<typeof useReportJob>['outcome'] }) {
  if (!outcome) return null;
  if (outcome.kind === 'failed') return <p className="form-error" role="alert">{outcome.message}</p>;
  if (outcome.kind === 'cancelled') return <p role="status">{t('report.dialog.cancelled')}</p>;
  const warnings = outcome.kind === 'written' ? outcome.result.warnings : outcome.warnings;
  return (
    <div role="status">
      <p>{t('report.dialog.done', { path: outcome.kind === 'written' ? outcome.result.path : outcome.fileName })}</p>
      {warnings.length > 0 ? (
        <ul>
          {warnings.map((w) => (
            <li key={w}>
              {t('report.dialog.warnings')}: {w}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
