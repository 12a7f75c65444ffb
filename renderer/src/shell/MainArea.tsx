import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { t } from '../i18n/i18n';
import { useNavigation, type View } from '../state/navigation';
import { CaseTable } from '../cases/CaseTable';
import { lazyPane } from './lazy-pane';
import { PaneErrorBoundary } from './PaneErrorBoundary';
import { VIEW_PANEL_ID, viewTabId } from './ViewBar';

const panes: Partial<Record<View, LazyExoticComponent<ComponentType> | ComponentType | null>> = {
  document: lazyPane('../document/DocumentPane.tsx', 'DocumentPane'),
  retrieval: lazyPane('../retrieval/RetrievalPane.tsx', 'RetrievalPane'),
  memos: lazyPane('../memos/MemoPane.tsx', 'MemoPane'),
  search: lazyPane('../search/SearchPane.tsx', 'SearchPane'),
  cases: CaseTable,
  matrix: lazyPane('../analysis/index.ts', 'MatrixView'),
  'text-matrix': lazyPane('../analysis/index.ts', 'TextMatrixView'),
  charts: lazyPane('../analysis/index.ts', 'ChartsView'),
  conclusions: lazyPane('../analysis/index.ts', 'ConclusionsView'),
};

/** The centre of the window: the view chosen in the view bar. */
export function MainArea() {
  const nav = useNavigation();
  const Pane = panes[nav.view];
  return (
    <div className="main-panel" id={VIEW_PANEL_ID} role="tabpanel" aria-labelledby={viewTabId(nav.view)}>
      <PaneErrorBoundary resetKey={nav.view}>
        <Suspense fallback={<p className="pane-message">{t('shell.loading')}</p>}>
          {Pane ? <Pane /> : <p className="pane-message">{t('shell.pane.unavailable')}</p>}
        </Suspense>
      </PaneErrorBoundary>
    </div>
  );
}
