/** The analysis views the shell shows (renderer/src/shell/MainArea.tsx loads them lazily). */
export { MatrixView } from './MatrixView';
export { TextMatrixView } from './TextMatrixView';
export { ChartsView } from './ChartsView';
export { ConclusionsView } from './ConclusionsView';
