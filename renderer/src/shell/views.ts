import type { View } from '../state/navigation';

/** The views the view bar offers, in order, with their catalogue keys and Alt+digit shortcuts. */
export const MAIN_VIEWS: { view: View; labelKey: string }[] = [
  { view: 'document', labelKey: 'shell.view.document' },
  { view: 'retrieval', labelKey: 'shell.view.retrieval' },
  { view: 'memos', labelKey: 'shell.view.memos' },
  { view: 'search', labelKey: 'shell.view.search' },
  { view: 'cases', labelKey: 'shell.view.cases' },
  { view: 'matrix', labelKey: 'shell.view.matrix' },
  { view: 'text-matrix', labelKey: 'shell.view.textMatrix' },
  { view: 'charts', labelKey: 'shell.view.charts' },
  { view: 'conclusions', labelKey: 'shell.view.conclusions' },
  { view: 'review', labelKey: 'shell.view.review' },
  { view: 'agreement', labelKey: 'shell.view.agreement' },
];
