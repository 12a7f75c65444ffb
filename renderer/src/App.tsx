import { useEffect } from 'react';
import { setCoderVisibilityProject } from './review/coder-visibility';
import { useApi, useApiData } from './api/api-context';
import { t, useLanguage } from './i18n/i18n';
import { useNavigation } from './state/navigation';
import { setRecentCodesProject } from './state/recent-codes';
import { AppHeader } from './shell/AppHeader';
import { MainArea } from './shell/MainArea';
import { Notifications } from './shell/Notifications';
import { ViewBar } from './shell/ViewBar';
import { useGlobalShortcuts, useMenuCommands } from './shell/use-global-shortcuts';
import { useHistory } from './shell/use-history';
import { Navigator } from './navigator/Navigator';
import { CodebookPanel } from './codebook/CodebookPanel';
import { errorText } from './i18n/error-text';

/** The window: project header, navigator (left), main view (centre), codebook (right). */
export function App() {
  const lang = useLanguage();
  const nav = useNavigation();
  const api = useApi();
  const info = useApiData('project.info', {}, ['project.changed']);
  const history = useHistory();
  useGlobalShortcuts(history, nav.setView);
  useMenuCommands(history, api);
  const projectId = info.data?.id;
  const projectName = info.data?.name;

  useEffect(() => {
    // The saved or OS language from the first paint on (setLanguage only sets it on a switch).
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.title = projectName ? t('shell.windowTitle', { project: projectName }) : t('shell.appName');
  });
  useEffect(() => {
    if (!projectId) return;
    setRecentCodesProject(projectId);
    setCoderVisibilityProject(projectId);
    nav.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projectId]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipToMain')}
      </a>
      <AppHeader info={info.data} history={history} />
      {info.error && !info.data ? (
        <p className="pane-message" role="alert">
          {errorText(info.error)}
        </p>
      ) : null}
      <nav className="navigator" aria-label={t('shell.region.navigator')} tabIndex={-1}>
        <Navigator key={projectId} />
      </nav>
      <main id="main" className="main-view" tabIndex={-1}>
        <ViewBar />
        <MainArea />
      </main>
      <aside className="codebook" aria-label={t('shell.region.codebook')} tabIndex={-1}>
        <CodebookPanel key={projectId} />
      </aside>
      <Notifications />
    </div>
  );
}
