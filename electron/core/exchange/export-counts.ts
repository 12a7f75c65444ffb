import type { ExportCountKind, ExportResult } from '../../../shared/api/methods/exchange-methods';
import { fillPlaceholders } from '../../../shared/api/phrase';
import { localeCatalogue } from '../report/report-strings';

/**
 * An export's counts and their English line for the command line ("8 sources, 1 code"), worded by
 * the catalogue the interface uses (exchange.written.*), which words the counts in the researcher's
 * language itself. `details` adds a note in brackets after a count ("2 sections (codebook, matrices)").
 */
export function countedSummary(
  counts: Partial<Record<ExportCountKind, number>>,
  details: Partial<Record<ExportCountKind, string>> = {},
): { counts: ExportResult['counts']; summary: string } {
  const list = (Object.entries(counts) as [ExportCountKind, number][]).map(([what, n]) => ({ what, n }));
  const en = localeCatalogue('en', 'exchange');
  const line = list.map(({ what, n }) => {
    const counted = fillPlaceholders(en[`exchange.written.${what}`] ?? `{count} ${what}`, { count: n });
    return details[what] ? `${counted} (${details[what]})` : counted;
  });
  return { counts: list, summary: line.join(', ') };
}
