import type { ExportResult } from '../../../shared/api/methods/exchange-methods';
import { t } from '../i18n/i18n';

/** What an export wrote, in the interface's language ("8 sumber, 24 kode"), from its counts. */
export function exportSummary(result: Pick<ExportResult, 'counts' | 'summary'>): string {
  if (result.counts.length === 0) return result.summary;
  return result.counts.map((c) => t(`exchange.written.${c.what}`, { count: c.n })).join(', ');
}
