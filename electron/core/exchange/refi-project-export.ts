import type Database from 'better-sqlite3';
import type { ExportResult } from '../../../shared/api/methods/exchange-methods';
import { buildRefiProject, packQdpx } from './refi-export';
import { writeOutputFile } from './output-file';

/** Writes the open project as a .qdpx file (see refi-export.ts for the mapping). */
export function exportQdpx(db: Database.Database, outPath: string): ExportResult {
  const exp = buildRefiProject(db);
  const bytes = writeOutputFile(outPath, packQdpx(exp));
  const c = exp.counts;
  return {
    path: outPath,
    format: 'qdpx',
    bytes,
    summary: `${c.sources} sources, ${c.codes} codes, ${c.selections} selections with ${c.codings} codings, ${c.cases} cases, ${c.memos} memos, ${c.users} users`,
    warnings: exp.warnings,
  };
}
