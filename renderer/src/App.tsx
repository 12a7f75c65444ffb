import { useApiData } from './api/api-context';
import { t, useLanguage } from './i18n/i18n';
import { useNavigation } from './state/navigation';

/** The window: project header, navigator (left), main view (centre), codebook (right). */
export function App() {
  useLanguage();
  const nav = useNavigation();
  const info = useApiData('project.info', {}, ['project.changed']);
  const sources = useApiData('sources.list', {}, ['sources.changed', 'codings.changed']);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{info.data ? info.data.name : t('shell.loading')}</h1>
      </header>
      <nav className="navigator" aria-label={t('shell.sources')}>
        <h2>{t('shell.sources')}</h2>
        <ul data-testid="source-list">
          {sources.data?.map((s) => (
            <li key={s.id}>
              <button type="button" onClick={() => nav.openSource(s.id)}>
                {s.name}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="main-view" />
    </div>
  );
}
