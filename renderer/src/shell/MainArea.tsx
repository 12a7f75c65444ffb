import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { t } from '../i18n/i18n';
import { useNavigation, type View } from '../state/navigation';
import { CaseTable } from '../cases/CaseTable';
import { PaneErrorBoundary } from './PaneErrorBoundary';
import { VIEW_PANEL_ID, viewTabId } from './ViewBar';

// Each pane is its own chunk, loaded the first time its view is shown.
const panes: Partial<Record<View, LazyExoticComponent<ComponentType> | ComponentType>> = {
  document: lazy(() => import('../document/DocumentPane').then((m) => ({ default: m.DocumentPane }))),
  retrieval: lazy(() => import('../retrieval/RetrievalPane').then((m) => ({ default: m.RetrievalPane }))),
  memos: lazy(() => import('../memos/MemoPane').then((m) => ({ default: m.MemoPane }))),
  search: lazy(() => import('../search/SearchPane').then((m) => ({ default: m.SearchPane }))),
  cases: CaseTable,
  matrix: lazy(() => import('../analysis').then((m) => ({ default: m.MatrixView }))),
  'text-matrix': lazy(() => import('../analysis').then((m) => ({ default: m.TextMatrixView }))),
  charts: lazy(() => import('../analysis').then((m) => ({ default: m.ChartsView }))),
  conclusions: lazy(() => import('../analysis').then((m) => ({ default: m.ConclusionsView }))),
  review: lazy(() => import('../review').then((m) => ({ default: m.ReviewView }))),
  agreement: lazy(() => import('../review').then((m) => ({ default: m.AgreementView }))),
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
