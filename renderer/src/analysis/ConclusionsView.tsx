import { useEffect, useId, useState } from 'react';
import type { Conclusion, ConclusionStatus, Tactic } from '../../../shared/api/methods/analysis-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { focusMatrixCell, focusTextMatrix } from './analysis-focus';
import { STATUS_KEYS, TACTIC_GROUPS, tacticLabel } from './analysis-labels';
import { ConclusionEditor } from './ConclusionEditor';
import { NegativeCaseFinder } from './NegativeCaseFinder';
import { plainTextToLexicalJson } from './lexical-text';
import { Field } from './Field';
import './analysis.css';
import { KeyedSelect } from './KeyedSelect';

interface Draft {
  id?: string;
  title: string;
  contentJson: string;
  plainText: string;
  tactic: Tactic;
}

const EMPTY: Draft = { title: '', contentJson: '', plainText: '', tactic: 'noting-patterns' };

function Verdict({ conclusion }: { conclusion: Conclusion }) {
  const api = useApi();
  const [comment, setComment] = useState(conclusion.supervisorComment);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setComment(conclusion.supervisorComment), [conclusion.id, conclusion.supervisorComment]);
  const set = async (status: ConclusionStatus) => {
    setError(null);
    try {
      await api.call('conclusions.setStatus', { id: conclusion.id, status, comment });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <div className="analysis-card" role="group" aria-labelledby={`verdict-${conclusion.id}`}>
      <h3 id={`verdict-${conclusion.id}`}>{t('analysis.verdict.title')}</h3>
      <p className="analysis-verdict-state">
        <span className={`status-chip status-${conclusion.status}`}>{t(STATUS_KEYS[conclusion.status])}</span>
        {conclusion.reviewedBy && ` — ${t('analysis.verdict.by', { name: conclusion.reviewedBy, at: conclusion.reviewedAt?.slice(0, 10) ?? '' })}`}
      </p>
      <Field label={t('analysis.verdict.comment')}>
        <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      <div className="analysis-buttons">
        <button type="button" onClick={() => void set('verified')}>
          {t('analysis.verdict.verify')}
        </button>
        <button type="button" onClick={() => void set('rejected')}>
          {t('analysis.verdict.reject')}
        </button>
        <button type="button" onClick={() => void set('draft')}>
          {t('analysis.verdict.draft')}
        </button>
      </div>
      {error && <p role="alert" className="hint">{error}</p>}
    </div>
  );
}

function EvidenceList({ conclusion }: { conclusion: Conclusion }) {
  const api = useApi();
  const nav = useNavigation();
  if (conclusion.evidence.length === 0)
    return (
      <>
        <h3>{t('analysis.evidence.title')}</h3>
        <p className="empty">{t('analysis.evidence.none')}</p>
      </>
    );
  return (
    <>
      {(['supports', 'contradicts'] as const).map((stance) => {
        const items = conclusion.evidence.filter((e) => e.stance === stance);
        if (items.length === 0) return null;
        return (
          <section key={stance} className="analysis-evidence" aria-labelledby={`evidence-${conclusion.id}-${stance}`}>
            <h3 id={`evidence-${conclusion.id}-${stance}`}>{t(stance === 'supports' ? 'analysis.evidence.supporting' : 'analysis.evidence.contradicting')}</h3>
            <ul className="analysis-evidence-list">
              {items.map((e) => (
                <li key={e.id}>
                  <span className="analysis-evidence-kind">{t(`analysis.evidence.kind.${e.kind}`)}</span>
                  {e.kind === 'segment' && e.sourceId !== null && e.start !== null && e.end !== null ? (
                    <button type="button" className="analysis-link" onClick={() => nav.openSegment(e.sourceId!, e.start!, e.end!)}>
                      {e.label}
                    </button>
                  ) : e.kind === 'matrix-cell' ? (
                    <button
                      type="button"
                      className="analysis-link"
                      onClick={() => {
                        if (e.matrixSpec) focusMatrixCell({ spec: e.matrixSpec, rowKey: e.rowKey, columnKey: e.columnKey });
                        nav.setView('matrix');
                      }}
                    >
                      {e.label}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="analysis-link"
                      onClick={() => {
                        if (e.textMatrixId) focusTextMatrix(e.textMatrixId);
                        nav.setView('text-matrix');
                      }}
                    >
                      {e.label}
                    </button>
                  )}
                  {e.note && <span className="row-meta"> {e.note}</span>}
                  <button type="button" className="icon-button" aria-label={t('analysis.evidence.removeNamed', { label: e.label })} onClick={() => void api.call('conclusions.removeEvidence', { id: e.id })}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/**
 * The conclusions ledger: each conclusion is rich text with the tactic used, the evidence that
 * supports or contradicts it (matrix cells, text-matrix cells, segments) and a supervisor's verdict.
 */
export function ConclusionsView() {
  const api = useApi();
  const [filter, setFilter] = useState<ConclusionStatus | ''>('');
  const filterId = useId();
  const list = useApiData('conclusions.list', filter ? { status: filter } : {}, ['analysis.changed']);
  const [selected, setSelected] = useState<string | null>(null);
  const current = list.data?.find((c) => c.id === selected) ?? null;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editorKey, setEditorKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  const pick = (c: Conclusion | null) => {
    setSelected(c?.id ?? null);
    // A conclusion written elsewhere as plain text only (the API, an import) opens as paragraphs.
    const contentJson = c ? c.contentJson || (c.plainText ? plainTextToLexicalJson(c.plainText) : '') : '';
    setDraft(c ? { id: c.id, title: c.title, contentJson, plainText: c.plainText, tactic: c.tactic } : EMPTY);
    setEditorKey((k) => k + 1);
    setMessage(null);
  };
  const save = async () => {
    setMessage(null);
    try {
      const saved = await api.call('conclusions.save', draft);
      setSelected(saved.id);
      setDraft((d) => ({ ...d, id: saved.id }));
      setMessage(t('analysis.conclusion.saved'));
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const remove = async () => {
    if (!draft.id) return;
    await api.call('conclusions.delete', { id: draft.id });
    pick(null);
  };

  return (
    <section className="analysis-view" aria-label={t('analysis.conclusions.title')}>
      <div className="analysis-split conclusions-split">
        <div>
          <div className="analysis-list-head">
            <button type="button" className="primary" onClick={() => pick(null)}>
              {t('analysis.conclusion.new')}
            </button>
            <span className="analysis-inline-field">
              <label htmlFor={filterId}>{t('analysis.conclusions.filter')}</label>
              <KeyedSelect id={filterId} keys={STATUS_KEYS} value={filter} onChange={setFilter} emptyKey="analysis.filter.all" />
            </span>
          </div>
          {list.data?.length === 0 && <p className="empty">{t(filter ? 'analysis.conclusions.noneWithStatus' : 'analysis.conclusions.none')}</p>}
          <ul className="analysis-item-list" aria-label={t('analysis.conclusions.title')}>
            {list.data?.map((c) => (
              <li key={c.id} className={c.id === selected ? 'current' : undefined}>
                <button type="button" className="analysis-item" aria-current={c.id === selected || undefined} onClick={() => pick(c)}>
                  {c.title || c.plainText.slice(0, 80) || t('analysis.conclusion.untitled')}
                </button>
                <span className={`status-chip status-${c.status}`}>{t(STATUS_KEYS[c.status])}</span>
              </li>
            ))}
          </ul>
          <NegativeCaseFinder />
        </div>
        <div>
          <form className="analysis-card" onSubmit={(e) => { e.preventDefault(); void save(); }} aria-label={t('analysis.conclusion.edit')}>
            <h3>{draft.id ? t('analysis.conclusion.edit') : t('analysis.conclusion.new')}</h3>
            <Field label={t('analysis.conclusion.title')}>
              <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
            </Field>
            <div className="analysis-field">
              <span aria-hidden="true">{t('analysis.conclusion.text')}</span>
              <ConclusionEditor key={editorKey} initialJson={draft.contentJson} onChange={(contentJson, plainText) => setDraft((d) => ({ ...d, contentJson, plainText }))} />
            </div>
            <Field label={t('analysis.conclusion.tactic')}>
              <select value={draft.tactic} onChange={(e) => setDraft({ ...draft, tactic: e.target.value as Tactic })}>
                {TACTIC_GROUPS.map((g) => (
                  <optgroup key={g.labelKey} label={t(g.labelKey)}>
                    {g.tactics.map((x) => (
                      <option key={x} value={x}>
                        {tacticLabel(x)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </Field>
            <div className="analysis-buttons">
              <button type="submit" className="primary">
                {t('analysis.save')}
              </button>
              {draft.id && (
                <button type="button" className="danger-text" onClick={() => void remove()}>
                  {t('analysis.conclusion.delete')}
                </button>
              )}
            </div>
            {message && <p role="status" className="hint">{message}</p>}
          </form>
          {current && (
            <>
              <div className="analysis-card">
                <EvidenceList conclusion={current} />
                <p className="hint">{t('analysis.evidence.howTo')}</p>
              </div>
              <Verdict conclusion={current} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
