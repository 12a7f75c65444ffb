import type Database from 'better-sqlite3';
import type { ExportResult } from '../../../shared/api/methods/exchange-methods';
import { buildRefiProject, packQdpx } from './refi-export';
import { writeOutputFile } from './output-file';
import { countedSummary } from './export-counts';

/** Writes the open project as a .qdpx file (see refi-export.ts for the mapping). */
export function exportQdpx(db: Database.Database, outPath: string): ExportResult {
  const exp = buildRefiProject(db);
  const bytes = writeOutputFile(outPath, packQdpx(exp));
  const c = exp.counts;
  return {
    path: outPath,
    format: 'qdpx',
    bytes,
    ...countedSummary({ sources: c.sources, codes: c.codes, selections: c.selections, codings: c.codings, cases: c.cases, memos: c.memos, users: c.users }),
    warnings: exp.warnings,
  };
}
