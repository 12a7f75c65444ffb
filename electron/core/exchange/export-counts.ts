import type { ExportCountKind, ExportResult } from '../../../shared/api/methods/exchange-methods';

export type ExportCounts = ExportResult['counts'];

const ENGLISH: Record<ExportCountKind, string> = {
  sources: 'sources',
  codes: 'codes',
  selections: 'selections',
  codings: 'codings',
  cases: 'cases',
  memos: 'memos',
  users: 'users',
  segments: 'coded segments',
  sections: 'sections',
  tables: 'tables',
  figures: 'figures',
};

/**
 * An export's counts and their English line for the command line ("8 sources, 24 codes"); the
 * interface words the counts itself, in the researcher's language.
 */
export function countedSummary(counts: Partial<Record<ExportCountKind, number>>): { counts: ExportCounts; summary: string } {
  const list = (Object.entries(counts) as [ExportCountKind, number][]).map(([what, n]) => ({ what, n }));
  return { counts: list, summary: list.map((c) => `${c.n} ${ENGLISH[c.what]}`).join(', ') };
}
