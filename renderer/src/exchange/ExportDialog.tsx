import './exchange.css';
import { useId, useState } from 'react';
import type { ExportOptions, ExportResult } from '../../../shared/api/methods/exchange-methods';
import { useApi, useApiData } from '../api/api-context';
import { getLanguage, t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';
import { notify } from '../state/notifications';
import { canDownload, downloadBytes } from '../api/download-bytes';
import { codeTreeRows, exportableFormats, fileSuffix, formatGroup, formatLabel, FORMAT_GROUPS, takesFilters, takesLanguage, type FormatInfo } from './export-dialog-model';
import { defaultExportPath, swapExtension } from './file-names';
import { JobProgressLine } from '../api/JobProgressLine';
import { useApiJob } from '../api/use-api-job';
import { exportSummary } from './export-summary';
import { errorText } from '../i18n/error-text';

export interface ExportDialogProps {
  onClose(): void;
  /** The format chosen when the dialog opens (a format id of exchange.formats); the project by default. */
  initialFormat?: string;
  /** Offer a browser download beside writing to a path; by default only outside Electron. */
  allowDownload?: boolean;
}

type Written = { kind: 'written'; result: ExportResult } | { kind: 'downloaded'; fileName: string; result: Omit<ExportResult, 'path'> };

/**
 * Export to another tool or a table: a REFI-QDA project, the codebook (.qdc or CSV) or the coded
 * segments (CSV, Excel, Word), written to a typed path (~/Telaah/<project>… by default) or, in the
 * browser, downloaded. Segment formats can be limited to some codes (with their sub-codes) and sources.
 */
export function ExportDialog({ onClose, initialFormat = 'qdpx', allowDownload = canDownload() }: ExportDialogProps) {
  const api = useApi();
  const info = useApiData('project.info', {});
  const formatsData = useApiData('exchange.formats', {});
  const formats = exportableFormats(formatsData.data ?? []);
  const job = useApiJob<Written>('export');
  const [formatId, setFormatId] = useState(initialFormat);
  const format: FormatInfo | undefined = formats.find((f) => f.id === formatId);
  // null until the researcher types: the proposed path is derived (no effect that could overwrite typing).
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const [language, setLanguage] = useState(() => getLanguage());
  const [limitCodes, setLimitCodes] = useState(false);
  const [limitSources, setLimitSources] = useState(false);
  const [chosenCodes, setChosenCodes] = useState<Set<string>>(() => new Set());
  const [chosenSources, setChosenSources] = useState<Set<string>>(() => new Set());
  const filters = format !== undefined && takesFilters(format.id);
  const codes = useApiData('codes.list', filters ? {} : null, ['codes.changed'], [filters]);
  const sources = useApiData('sources.list', filters ? {} : null, ['sources.changed'], [filters]);
  const pathId = useId();

  const proposedPath = info.data && format ? defaultExportPath(`${info.data.name}${fileSuffix(format.id)}`, format.extension) : '';
  const path = typedPath ?? proposedPath;

  const chooseFormat = (id: string) => {
    const next = formats.find((f) => f.id === id);
    // A typed name is kept; only its extension follows the format.
    if (typedPath !== null && format && next) setTypedPath(swapExtension(typedPath, format.extension, next.extension));
    setFormatId(id);
    job.clear();
  };

  const filterProblem = filters && ((limitCodes && chosenCodes.size === 0) || (limitSources && chosenSources.size === 0));
  const canRun = format !== undefined && !job.running && !filterProblem;

  const options = (): ExportOptions => ({
    ...(filters && limitCodes ? { codeIds: [...chosenCodes] } : {}),
    ...(filters && limitSources ? { sourceIds: [...chosenSources] } : {}),
    ...(format && takesLanguage(format.id) ? { lang: language } : {}),
  });

  const write = async () => {
    if (!format) return;
    const outcome = await job.run(async (jobId) => ({
      kind: 'written',
      result: await api.call('exchange.export', { path: path.trim(), format: format.id, options: options(), jobId }),
    }));
    if (outcome?.kind === 'done' && outcome.value.kind === 'written') {
      notify('success', t('exchange.export.written', { path: outcome.value.result.path, summary: exportSummary(outcome.value.result) }));
    }
  };

  const download = async () => {
    if (!format) return;
    await job.run(async (jobId) => {
      const { fileName, base64, ...result } = await api.call('exchange.download', { format: format.id, options: options(), jobId });
      downloadBytes(fileName, base64);
      return { kind: 'downloaded', fileName, result };
    });
  };

  const toggle = (set: (f: (prev: Set<string>) => Set<string>) => void, id: string) =>
    set((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Modal
      title={t('exchange.export.title')}
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
            {allowDownload ? (
              <button type="button" disabled={!canRun} onClick={() => void download()}>
                {t('exchange.export.download')}
              </button>
            ) : null}
            <button type="button" className="primary" disabled={!canRun || !path.trim()} onClick={() => void write()}>
              {t('exchange.export.write')}
            </button>
          </>
        )
      }
    >
      <div className="form exchange-dialog">
        {formatsData.error ? (
          <p className="form-error" role="alert">
            {errorText(formatsData.error)}
          </p>
        ) : null}
        <fieldset className="field">
          <legend>{t('exchange.export.format')}</legend>
          {FORMAT_GROUPS.map((g) => {
            const inGroup = formats.filter((f) => formatGroup(f.id) === g);
            if (inGroup.length === 0) return null;
            return (
              <fieldset key={g} className="exchange-format-group">
                <legend>{t(`exchange.group.${g}`)}</legend>
                {inGroup.map((f) => (
                  <label key={f.id} className="check">
                    <input type="radio" name="exchange-format" value={f.id} checked={f.id === formatId} disabled={job.running} onChange={() => chooseFormat(f.id)} />
                    {formatLabel(f)}
                  </label>
                ))}
              </fieldset>
            );
          })}
        </fieldset>

        {format && takesLanguage(format.id) ? (
          <label className="field">
            <span>{t('exchange.export.language')}</span>
            <select value={language} disabled={job.running} onChange={(e) => setLanguage(e.target.value as typeof language)}>
              <option value="en">{t('exchange.languageName.en')}</option>
              <option value="id">{t('exchange.languageName.id')}</option>
            </select>
          </label>
        ) : null}

        {filters ? (
          <div className="form-row exchange-filters">
            <FilterList
              legend={t('exchange.export.codes')}
              limitLabel={t('exchange.export.limitCodes')}
              hint={t('exchange.export.subCodesHint')}
              emptyError={t('exchange.export.noCodeChosen')}
              limit={limitCodes}
              onLimit={setLimitCodes}
              disabled={job.running}
              items={codeTreeRows(codes.data ?? []).map((r) => ({ id: r.code.id, label: r.path }))}
              chosen={chosenCodes}
              onToggle={(id) => toggle(setChosenCodes, id)}
            />
            <FilterList
              legend={t('exchange.export.sources')}
              limitLabel={t('exchange.export.limitSources')}
              emptyError={t('exchange.export.noSourceChosen')}
              limit={limitSources}
              onLimit={setLimitSources}
              disabled={job.running}
              items={(sources.data ?? []).map((s) => ({ id: s.id, label: s.name }))}
              chosen={chosenSources}
              onToggle={(id) => toggle(setChosenSources, id)}
            />
          </div>
        ) : null}

        <label className="field">
          <span>{t('exchange.export.path')}</span>
          <input
            type="text"
            value={path}
            disabled={job.running}
            aria-describedby={`${pathId}-hint`}
            onChange={(e) => {
              setTypedPath(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && canRun && path.trim()) void write();
            }}
          />
        </label>
        <small className="hint exchange-hint" id={`${pathId}-hint`}>
          {t('exchange.export.pathHint')} {allowDownload ? t('exchange.export.downloadHint') : null}
        </small>

        <JobProgressLine progress={job.progress} />
        <ExportOutcomeLine outcome={job.outcome} />
      </div>
    </Modal>
  );
}

interface FilterListProps {
  legend: string;
  limitLabel: string;
  hint?: string;
  emptyError: string;
  limit: boolean;
  onLimit(on: boolean): void;
  disabled: boolean;
  items: { id: string; label: string }[];
  chosen: ReadonlySet<string>;
  onToggle(id: string): void;
}

/** "Only some codes/sources": a switch, then a scrollable list of check boxes. */
function FilterList({ legend, limitLabel, hint, emptyError, limit, onLimit, disabled, items, chosen, onToggle }: FilterListProps) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <label className="check">
        <input type="checkbox" checked={limit} disabled={disabled} onChange={(e) => onLimit(e.target.checked)} />
        {limitLabel}
      </label>
      {limit ? (
        <>
          <div className="exchange-filter-list">
            {items.map((item) => (
              <label key={item.id} className="check">
                <input type="checkbox" checked={chosen.has(item.id)} disabled={disabled} onChange={() => onToggle(item.id)} />
                {item.label}
              </label>
            ))}
          </div>
          {hint ? <small className="hint exchange-hint">{hint}</small> : null}
          {chosen.size === 0 ? <p className="form-error">{emptyError}</p> : null}
        </>
      ) : null}
    </fieldset>
  );
}

function ExportOutcomeLine({ outcome }: { outcome: ReturnType<typeof useApiJob<Written>>['outcome'] }) {
  if (!outcome) return null;
  if (outcome.kind === 'failed') {
    return (
      <p className="form-error" role="alert">
        {outcome.message}
      </p>
    );
  }
  if (outcome.kind === 'cancelled') return <p role="status">{t('exchange.export.cancelled')}</p>;
  const done = outcome.value;
  const warnings = done.result.warnings;
  return (
    <div role="status" className="exchange-outcome">
      <p>
        {done.kind === 'written'
          ? t('exchange.export.written', { path: done.result.path, summary: exportSummary(done.result) })
          : t('exchange.export.downloaded', { fileName: done.fileName, summary: exportSummary(done.result) })}
      </p>
      {warnings.length > 0 ? (
        <>
          <p>{t('exchange.warnings', { count: warnings.length })}</p>
          <ul className="exchange-list">
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
