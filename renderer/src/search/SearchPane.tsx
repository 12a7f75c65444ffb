import { useState } from 'react';
import type { SearchHit } from '../../../shared/api/methods/search-methods';
import { useApi } from '../api/api-context';
import { t, useLanguage } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { openMemoTarget } from '../memos/memo-selection';
import { AutocodeDialog } from './AutocodeDialog';
import { setSearchHighlight } from './search-highlight';
import { snippetWithMarks } from './snippet-marks';
import './search.css';
import { errorText } from '../i18n/error-text';

/**
 * Full-text search over sources and memos (FTS5, ranked). Opening a source from the results shows
 * every hit of the query highlighted in it; "Auto-code" turns the search into codings with a preview.
 */
export function SearchPane() {
  useLanguage();
  const api = useApi();
  const nav = useNavigation();
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<'all' | 'sources' | 'memos'>('all');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [searched, setSearched] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [autocode, setAutocode] = useState(false);

  const run = async (e?: React.FormEvent) => {
    e?.preventDefault();
    const q = query.trim();
    if (!q) return;
    setError(null);
    try {
      setHits(await api.call('search.query', { query: q, scope, limit: 200 }));
      setSearched(q);
    } catch (err) {
      setError(errorText(err));
      setHits(null);
    }
  };

  const open = async (hit: SearchHit) => {
    if (hit.kind === 'source') {
      setSearchHighlight({ query: searched, regex: false, caseSensitive: false });
      nav.openSource(hit.id);
    } else {
      try {
        const memo = await api.call('memos.get', { id: hit.id });
        openMemoTarget(memo.target);
        nav.setView('memos');
      } catch (err) {
        setError(errorText(err));
      }
    }
  };

  return (
    <section className="search-pane" aria-label={t('search.title')}>
      <h2>{t('search.title')}</h2>
      <form className="search-form" role="search" onSubmit={(e) => void run(e)}>
        <label>
          <span className="visually-hidden">{t('search.query')}</span>
          <input type="search" value={query} placeholder={t('search.placeholder')} onChange={(e) => setQuery(e.target.value)} aria-label={t('search.query')} />
        </label>
        <label>
          {t('search.scope')}
          <select value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
            <option value="all">{t('search.scopeAll')}</option>
            <option value="sources">{t('search.scopeSources')}</option>
            <option value="memos">{t('search.scopeMemos')}</option>
          </select>
        </label>
        <button type="submit">{t('search.run')}</button>
        <button type="button" onClick={() => setAutocode(true)} disabled={!query.trim()}>
          {t('search.autocodeButton')}
        </button>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {hits ? (
        <p aria-live="polite" className="search-count">
          {t('search.count', { count: hits.length, query: searched })}
        </p>
      ) : null}
      <ol className="search-results" data-testid="search-results">
        {(hits ?? []).map((h) => (
          <li key={`${h.kind}:${h.id}`}>
            <button type="button" className="search-hit" onClick={() => void open(h)}>
              <span className="search-hit-kind">{h.kind === 'source' ? t('search.kindSource') : t('search.kindMemo')}</span>
              <strong>{h.name}</strong>
              <span className="search-snippet">{snippetWithMarks(h.snippet)}</span>
            </button>
          </li>
        ))}
      </ol>
      {autocode ? <AutocodeDialog initialPattern={query.trim()} onClose={() => setAutocode(false)} /> : null}
    </section>
  );
}
