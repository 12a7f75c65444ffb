import { useState } from 'react';
import type { Case } from '../../../shared/api/methods/case-methods';
import type { SourceSummary } from '../../../shared/api/methods/source-methods';
import { useApi } from '../api/api-context';
import { t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';
import { errorText } from '../i18n/error-text';

/** Ticks the sources that belong to a case; saving links the new ones and unlinks the others. */
export function LinkSourcesDialog({ kase, sources, onClose }: { kase: Case; sources: readonly SourceSummary[]; onClose(): void }) {
  const api = useApi();
  const [ticked, setTicked] = useState<Set<string>>(new Set(kase.sourceIds));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const link = [...ticked].filter((id) => !kase.sourceIds.includes(id));
    const unlink = kase.sourceIds.filter((id) => !ticked.has(id));
    try {
      if (link.length) await api.call('cases.linkSources', { id: kase.id, sourceIds: link });
      if (unlink.length) await api.call('cases.unlinkSources', { id: kase.id, sourceIds: unlink });
      onClose();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <Modal
      title={t('cases.linkTitle', { name: kase.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('shell.dialog.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void save()}>
            {t('shell.dialog.save')}
          </button>
        </>
      }
    >
      <fieldset className="choice-list scroll-list">
        <legend>{t('cases.linkLegend')}</legend>
        {sources.map((s) => (
          <label key={s.id} className="check">
            <input
              type="checkbox"
              checked={ticked.has(s.id)}
              onChange={() =>
                setTicked((prev) => {
                  const next = new Set(prev);
                  if (next.has(s.id)) next.delete(s.id);
                  else next.add(s.id);
                  return next;
                })
              }
            />
            <span>{s.name}</span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Modal>
  );
}
