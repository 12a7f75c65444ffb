import { useState } from 'react';
import type { EditTextResult, SourceDetail } from '../../../shared/api/methods/source-methods';
import { useApi } from '../api/api-context';
import { t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';
import { errorText } from '../i18n/error-text';

/**
 * Fixing a transcription error in a coded source: the researcher edits the text, the core applies the
 * change and remaps every coding in one undoable step, and this dialog then reports how many codings
 * moved and lists every coding whose whole text was deleted.
 */
export function TextEditDialog({ source, onClose }: { source: SourceDetail; onClose(): void }) {
  const api = useApi();
  const [text, setText] = useState(source.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<EditTextResult | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await api.call('sources.editText', { id: source.id, newText: text }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (report) {
    return (
      <Modal
        title={t('document.edit.doneTitle', { name: source.name })}
        onClose={onClose}
        footer={
          <button type="button" data-autofocus onClick={onClose}>
            {t('document.edit.close')}
          </button>
        }
      >
        <p role="status">{t('document.edit.remapped', { count: report.remapped })}</p>
        {report.lost.length === 0 ? (
          <p>{t('document.edit.noneLost')}</p>
        ) : (
          <>
            <p role="alert">{t('document.edit.lost', { count: report.lost.length })}</p>
            <ul className="edit-lost-list">
              {report.lost.map((l) => (
                <li key={l.codingId}>
                  <strong>{l.codeName}</strong> ({l.start}–{l.end}): <q>{l.snippet}</q>
                </li>
              ))}
            </ul>
            <p>{t('document.edit.undoHint')}</p>
          </>
        )}
      </Modal>
    );
  }

  return (
    <Modal
      wide
      title={t('document.edit.title', { name: source.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('document.edit.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy || text === source.text} onClick={() => void save()}>
            {t('document.edit.save')}
          </button>
        </>
      }
    >
      <p className="warning" role="note">
        {t('document.edit.warning', { count: source.codingCount })}
      </p>
      <label className="edit-text-label">
        {t('document.edit.label')}
        <textarea data-autofocus className="edit-text-area" value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} rows={20} />
      </label>
      {error ? <p role="alert">{error}</p> : null}
    </Modal>
  );
}
