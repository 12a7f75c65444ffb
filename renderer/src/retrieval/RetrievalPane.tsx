import { useMemo, useState } from 'react';
import { useApiData } from '../api/api-context';
import { t, useLanguage } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { filterSegments } from './retrieval-filter';
import './retrieval.css';
import { errorText } from '../i18n/error-text';

/**
 * Retrieval: every segment coded with the selected code (and, when asked, its children), with its
 * source, cases, speaker and the text around it; filterable; each one opens its place in the document.
 */
export function RetrievalPane() {
  useLanguage();
  const nav = useNavigation();
  const codeId = nav.selectedCodeId;
  const [withChildren, setWithChildren] = useState(true);
  const [text, setText] = useState('');
  const [sourceId, setSourceId] = useState('');
  const [coderId, setCoderId] = useState('');
  const codes = useApiData('codes.list', {}, ['codes.changed']);
  const segments = useApiData('codings.listByCode', codeId ? { codeId, includeChildren: withChildren, contextChars: 120 } : null, ['codings.changed', 'codes.changed', 'sources.changed']);
  const code = codes.data?.find((c) => c.id === codeId);
  const list = segments.data ?? [];
  const sources = useMemo(() => [...new Map(list.map((s) => [s.sourceId, s.sourceName])).entries()], [list]);
  const coders = useMemo(() => [...new Map(list.map((s) => [s.coderId, s.coderName])).entries()], [list]);
  const shown = useMemo(() => filterSegments(list, { text, sourceId, coderId }), [list, text, sourceId, coderId]);

  if (!codeId) {
    return (
      <section className="retrieval-pane" aria-label={t('retrieval.title')}>
        <h2>{t('retrieval.title')}</h2>
        <p>{t('retrieval.chooseCode')}</p>
      </section>
    );
  }
  return (
    <section className="retrieval-pane" aria-label={t('retrieval.title')}>
      <h2>{t('retrieval.heading', { name: code?.name ?? '…' })}</h2>
      <div className="retrieval-filters" role="group" aria-label={t('retrieval.filters')}>
        <label>
          <input type="checkbox" checked={withChildren} onChange={(e) => setWithChildren(e.target.checked)} /> {t('retrieval.withChildren')}
        </label>
        <label>
          {t('retrieval.filterText')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {t('retrieval.filterSource')}
          <select value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            <option value="">{t('retrieval.all')}</option>
            {sources.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('retrieval.filterCoder')}
          <select value={coderId} onChange={(e) => setCoderId(e.target.value)}>
            <option value="">{t('retrieval.all')}</option>
            {coders.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="retrieval-count" aria-live="polite">
        {segments.loading && !segments.data ? t('retrieval.loading') : t('retrieval.count', { shown: shown.length, total: list.length })}
      </p>
      {segments.error ? <p role="alert">{errorText(segments.error)}</p> : null}
      <ol className="retrieval-list" data-testid="retrieval-list">
        {shown.map((s) => (
          <li key={s.id} className="retrieval-item">
            <div className="retrieval-meta">
              <span className="code-swatch" style={{ backgroundColor: codes.data?.find((c) => c.id === s.codeId)?.color }} aria-hidden="true" />
              <strong>{s.sourceName}</strong>
              {s.caseNames.length ? <span>{t('retrieval.cases', { names: s.caseNames.join(', ') })}</span> : null}
              {s.speaker ? <span>{t('retrieval.speaker', { name: s.speaker })}</span> : null}
              <span>{s.codeName}</span>
              <span>{t('retrieval.coder', { name: s.coderName })}</span>
              <span className="retrieval-pos">
                {s.start}–{s.end}
              </span>
            </div>
            <button type="button" className="retrieval-open" onClick={() => nav.openSegment(s.sourceId, s.start, s.end)} aria-label={t('retrieval.open', { source: s.sourceName, start: s.start })}>
              <span className="retrieval-context">{s.contextBefore}</span>
              <mark className="retrieval-snippet">{s.snippet}</mark>
              <span className="retrieval-context">{s.contextAfter}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
