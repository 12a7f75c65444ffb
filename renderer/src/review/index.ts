/** The review area: mounted by the shell (views 'review' and 'agreement') and the document view. */
export { AgreementView, AgreementTable, AgreementMethods } from './AgreementView';
export { DisagreementsView } from './DisagreementsView';
export { TwoCoderView } from './TwoCoderView';
export { CommentsPanel, ThreadView } from './CommentsPanel';
export { ReviewModeToggle } from './ReviewModeToggle';
export { CoderVisibility } from './CoderVisibility';
export { MergePanel } from './MergePanel';
export { ReviewView, OpenThreadsList } from './ReviewView';
export { useVisibleCoders, useHiddenCoders, setCoderVisible, showAllCoders, setCoderVisibilityProject } from './coder-visibility';
