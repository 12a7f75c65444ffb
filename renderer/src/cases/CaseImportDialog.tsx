import { useState } from 'react';
import { useApi } from '../api/api-context';
import { phraseText, t } from '../i18n/i18n';
import type { Phrase } from '../../../shared/api/phrase';
import { notify } from '../state/notifications';
import { Modal } from '../shell/Modal';
import { fileToBase64 } from '../navigator/file-to-base64';
import { errorText } from '../i18n/error-text';

type Role = 'attribute' | 'text' | 'ignore';
interface Preview {
  columns: string[];
  rows: Record<string, string | null>[];
  rowCount: number;
  warnings: Phrase[];
}

/**
 * Cases from a CSV or XLSX table: choose the file, see the first rows, pick the column that names
 * the case, and for every other column whether it is an attribute, an open-ended answer (becomes a
 * source linked to its case) or ignored.
 */
export function CaseImportDialog({ onClose }: { onClose(): void }) {
  const api = useApi();
  const [upload, setUpload] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [caseColumn, setCaseColumn] = useState('');
  const [roles, setRoles] = useState<Record<string, Role>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      const u = { name: file.name, base64: await fileToBase64(file) };
      const p = await api.call('cases.previewTable', { file: { upload: u } });
      setUpload(u);
      setPreview(p);
      setCaseColumn(p.columns[0] ?? '');
      setRoles(Object.fromEntries(p.columns.map((c) => [c, 'attribute' as Role])));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    if (!upload || !preview) return;
    setBusy(true);
    try {
      const others = preview.columns.filter((c) => c !== caseColumn);
      const r = await api.call('cases.importTable', {
        file: { upload },
        caseColumn,
        attributeColumns: others.filter((c) => roles[c] === 'attribute'),
        textColumns: others.filter((c) => roles[c] === 'text'),
      });
      notify('success', t('cases.importDialog.done', { created: r.casesCreated, updated: r.casesUpdated, attributes: r.attributesCreated, sources: r.sourcesCreated }));
      for (const w of r.warnings) notify('info', phraseText(w));
      onClose();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('cases.importDialog.title')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('shell.dialog.cancel')}
          </button>
          <button type="button" className="primary" disabled={!preview || !caseColumn || busy} onClick={() => void run()}>
            {t('cases.importDialog.run')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('cases.importDialog.file')}</span>
        <input data-autofocus type="file" accept=".csv,.tsv,.txt,.xlsx" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {busy && !preview ? <p>{t('shell.loading')}</p> : null}
      {preview ? (
        <>
          <p className="hint">{t('cases.importDialog.rows', { count: preview.rowCount })}</p>
          {preview.warnings.map((w, i) => (
            <p key={i} className="hint">
              {phraseText(w)}
            </p>
          ))}
          <label className="field">
            <span>{t('cases.importDialog.caseColumn')}</span>
            <select value={caseColumn} onChange={(e) => setCaseColumn(e.target.value)}>
              {preview.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <table className="preview-table">
            <caption className="visually-hidden">{t('cases.importDialog.previewCaption')}</caption>
            <thead>
              <tr>
                {preview.columns.map((c) => (
                  <th key={c} scope="col">
                    <div>{c}</div>
                    {c === caseColumn ? (
                      <div className="hint">{t('cases.importDialog.isCase')}</div>
                    ) : (
                      <select aria-label={t('cases.importDialog.roleOf', { column: c })} value={roles[c] ?? 'attribute'} onChange={(e) => setRoles({ ...roles, [c]: e.target.value as Role })}>
                        <option value="attribute">{t('cases.importDialog.role.attribute')}</option>
                        <option value="text">{t('cases.importDialog.role.text')}</option>
                        <option value="ignore">{t('cases.importDialog.role.ignore')}</option>
                      </select>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, 8).map((row, i) => (
                <tr key={i}>
                  {preview.columns.map((c) => (
                    <td key={c}>{row[c] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Modal>
  );
}
