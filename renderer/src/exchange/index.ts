export { ExportDialog, type ExportDialogProps } from './ExportDialog';
export { ImportExchangeDialog, type ImportExchangeDialogProps } from './ImportExchangeDialog';
export { ImportReportView, type ImportReport } from './ImportReportView';
export { downloadBytes, mimeTypeOf } from '../api/download-bytes';
export { defaultExportPath, safeFileStem, swapExtension } from './file-names';
export { useApiJob, type JobOutcome, type JobProgress } from '../api/use-api-job';
