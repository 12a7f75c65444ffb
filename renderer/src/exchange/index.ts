export { ExportDialog, type ExportDialogProps } from './ExportDialog';
export { ImportExchangeDialog, type ImportExchangeDialogProps } from './ImportExchangeDialog';
export { ImportReportView, type ImportReport } from './ImportReportView';
export { downloadBytes, mimeTypeOf } from './download-bytes';
export { defaultExportPath, safeFileStem, swapExtension } from './file-names';
export { useApiJob, type JobOutcome, type JobProgress } from './use-api-job';
