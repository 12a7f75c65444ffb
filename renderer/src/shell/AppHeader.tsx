import type { ProjectInfo } from '../../../shared/api/methods/project-methods';
import { t } from '../i18n/i18n';
import { CoderSelector } from './CoderSelector';
import { LanguageSwitch } from './LanguageSwitch';
import { ProjectMenu } from './ProjectMenu';
import { UndoRedoButtons } from './UndoRedoButtons';
import type { History } from './use-history';

/** The top bar: the project, its menu, undo/redo, the active coder and the language. */
export function AppHeader({ info, history }: { info: ProjectInfo | undefined; history: History }) {
  return (
    <header className="app-header">
      <span className="brand" aria-hidden="true">
        {t('shell.appName')}
      </span>
      <h1 className="project-name" title={info?.path}>
        {info ? info.name : t('shell.loading')}
      </h1>
      {info ? <ProjectMenu projectName={info.name} projectPath={info.path} /> : null}
      <UndoRedoButtons history={history} />
      <span className="header-spacer" />
      {info ? <CoderSelector activeCoderId={info.activeCoder.id} /> : null}
      <LanguageSwitch />
    </header>
  );
}
