import { useEffect, useMemo, useState } from 'react';
import type { Memo, MemoTarget } from '../../../shared/api/methods/memo-methods';
import { useApi, useApiData } from '../api/api-context';
import { t, useLanguage } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { useFocusedCoding } from '../document/coding-focus';
import { MemoEditor } from './MemoEditor';
import { openMemoTarget, useMemoTarget } from './memo-selection';
import { snippetWithMarks } from '../search/snippet-marks';
import './memos.css';

type Kind = MemoTarget['kind'];

function targetKey(target: MemoTarget): string {
  return target.kind === 'project' ? 'project' : `${target.kind}:${target.id}`;
}

/**
 * Memos: one rich-text memo per target (the project, a source, a code, a coding or a case), saved as
 * you type, and the list of all memos, searchable through the full-text index.
 */
export function MemoPane() {
  useLanguage();
  const api = useApi();
  const nav = useNavigation();
  const focusedCoding = useFocusedCoding();
  const chosen = useMemoTarget();
  const cases = useApiData('cases.list', {}, ['cases.changed']);
  const all = useApiData('memos.list', {}, ['memos.changed']);
  const [caseId, setCaseId] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ id: string; snippet: string }[] | null>(null);

  const available: Record<Kind, MemoTarget | null> = {
    project: { kind: 'project' },
    source: nav.sourceId ? { kind: 'source', id: nav.sourceId } : null,
    code: nav.selectedCodeId ? { kind: 'code', id: nav.selectedCodeId } : null,
    coding: focusedCoding ? { kind: 'coding', id: focusedCoding.id } : null,
    case: caseId ? { kind: 'case', id: caseId } : null,
  };
  const target: MemoTarget = chosen ?? { kind: 'project' };
  const key = targetKey(target);
  const [loaded, setLoaded] = useState<{ key: string; memo: Memo | null } | null>(null);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    api.call('memos.forTarget', { target }).then(
      (memos) => live && setLoaded({ key, memo: memos[0] ?? null }),
      () => live && setLoaded({ key, memo: null }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);

  useEffect(() => {
    if (!query.trim()) {
      setFound(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.call('search.query', { query: query.trim(), scope: 'memos', limit: 100 }).then(
        (hits) => live && setFound(hits.map((h) => ({ id: h.id, snippet: h.snippet }))),
        () => live && setFound([]),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query]);

  const memos = useMemo(() => {
    const list = all.data ?? [];
    if (!found) return list.map((m) => ({ memo: m, snippet: null as string | null }));
    const byId = new Map(list.map((m) => [m.id, m]));
    return found.flatMap((f) => (byId.has(f.id) ? [{ memo: byId.get(f.id)!, snippet: f.snippet }] : []));
  }, [all.data, found]);

  const kinds: Kind[] = ['project', 'source', 'code', 'coding', 'case'];
  const current = loaded && loaded.key === key ? loaded : null;
  const label = t('memos.editorLabel', { target: t(`memos.kind.${target.kind}`) });

  return (
    <section className="memo-pane" aria-label={t('memos.title')}>
      <div className="memo-main">
        <h2>{t('memos.title')}</h2>
        <div className="memo-targets" role="group" aria-label={t('memos.target')}>
          {kinds.map((k) => (
            <button key={k} type="button" aria-pressed={target.kind === k} disabled={!available[k] && k !== 'case'} onClick={() => available[k] && openMemoTarget(available[k])}>
              {t(`memos.kind.${k}`)}
            </button>
          ))}
          <label>
            <span className="visually-hidden">{t('memos.chooseCase')}</span>
            <select
              value={caseId}
              aria-label={t('memos.chooseCase')}
              onChange={(e) => {
                setCaseId(e.target.value);
                if (e.target.value) openMemoTarget({ kind: 'case', id: e.target.value });
              }}
            >
              <option value="">{t('memos.chooseCase')}</option>
              {(cases.data ?? []).map((c: { id: string; name: string }) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="memo-target-name">
          {current?.memo?.targetName ? t('memos.about', { name: current.memo.targetName }) : t(`memos.kind.${target.kind}`)}
        </p>
        {current ? <MemoEditor key={`${key}/${current.memo?.id ?? 'new'}`} target={target} memo={current.memo} label={label} /> : <p>{t('memos.loading')}</p>}
      </div>
      <aside className="memo-list" aria-label={t('memos.list')}>
        <h3>{t('memos.list')}</h3>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('memos.search')} aria-label={t('memos.search')} />
        <ul data-testid="memo-list">
          {memos.map(({ memo, snippet }) => (
            <li key={memo.id}>
              <button type="button" className="memo-list-item" aria-current={targetKey(memo.target) === key ? 'true' : undefined} onClick={() => openMemoTarget(memo.target)}>
                <span className="memo-list-kind">{t(`memos.kind.${memo.target.kind}`)}</span>
                <strong>{memo.title || memo.targetName}</strong>
                <span className="memo-list-text">{snippet ? snippetWithMarks(snippet) : memo.plainText.slice(0, 140)}</span>
              </button>
            </li>
          ))}
        </ul>
        {memos.length === 0 ? <p>{found ? t('memos.noneFound') : t('memos.none')}</p> : null}
      </aside>
    </section>
  );
}
