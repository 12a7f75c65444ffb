import type { ExportResult } from '../../../shared/api/methods/exchange-methods';
import { t } from '../i18n/i18n';

/**
 * What an export wrote, in the interface's language ("8 sumber, 12 kode"), from its counts. The
 * words are exchange.written.*, beside exchange.count.* (the import report's column headings): keep
 * the two naming each thing alike.
 */
export function exportSummary(result: Pick<ExportResult, 'counts'>): string {
  return result.counts.map((c) => t(`exchange.written.${c.what}`, { count: c.n })).join(', ');
}
