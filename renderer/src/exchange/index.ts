export { ExportDialog, type ExportDialogProps } from './ExportDialog';
export { ImportExchangeDialog, type ImportExchangeDialogProps } from './ImportExchangeDialog';
