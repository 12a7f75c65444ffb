import { useState } from 'react';
import type { SourceSummary } from '../../../shared/api/methods/source-methods';
import { useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';

/** Cases with their linked sources; the case table (in the main area) edits them. */
export function CaseList({ sources }: { sources: readonly SourceSummary[] }) {
  const nav = useNavigation();
  const cases = useApiData('cases.list', {}, ['cases.changed', 'sources.changed']);
  const [open, setOpen] = useState<string | null>(null);
  const names = new Map(sources.map((s) => [s.id, s.name]));
  const list = cases.data ?? [];
  return (
    <div className="case-list">
      <div className="toolbar" role="toolbar" aria-label={t('navigator.cases.toolbar')}>
        <button type="button" className="primary" onClick={() => nav.setView('cases')}>
          {t('navigator.cases.openTable')}
        </button>
      </div>
      {list.length === 0 ? <p className="empty">{t('navigator.cases.empty')}</p> : null}
      <ul className="plain-list">
        {list.map((c) => (
          <li key={c.id} className="set-item">
            <div className="set-head">
              <button type="button" className="disclosure" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? null : c.id)}>
                <span aria-hidden="true">{open === c.id ? '▾' : '▸'}</span> {c.name}
              </button>
              <span className="badge" title={t('navigator.cases.sourcesHint')}>
                {c.sourceIds.length}
              </span>
            </div>
            {open === c.id ? (
              <ul className="plain-list members">
                {c.sourceIds.length === 0 ? <li className="empty">{t('navigator.cases.noSources')}</li> : null}
                {c.sourceIds.map((id) => (
                  <li key={id}>
                    <button type="button" className="link-button" onClick={() => nav.openSource(id)}>
                      {names.get(id) ?? id}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
