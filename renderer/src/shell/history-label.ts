import { catalogues, t } from '../i18n/i18n';

/**
 * Turns an undo step's label into words for the current language. Steps made by dispatch are
 * labelled with their method ("codes.create"); import jobs label each file ("Import a.docx",
 * "Import cases from b.csv"). Labels we do not know are shown as they are.
 */
export function historyLabel(label: string): string {
  const key = `shell.history.${label}`;
  if (key in catalogues.en) return t(key);
  const cases = /^Import cases from (.+)$/.exec(label);
  if (cases) return t('shell.history.importCases', { name: cases[1]! });
  const file = /^Import (.+)$/.exec(label);
  if (file) return t('shell.history.importFile', { name: file[1]! });
  return label;
}
