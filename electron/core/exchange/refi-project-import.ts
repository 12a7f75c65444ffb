import path from 'node:path';
import type Database from 'better-sqlite3';
import type { RefiImportReport } from '../../../shared/api/methods/exchange-methods';
import { readRefiPackage, type RefiPackage } from './refi-package';
import { mergeRefiProject, type MergeOptions } from './refi-merge';
import { readInputFile } from './output-file';

/** A .qdpx holds every source text; 500 MB is beyond any real qualitative project. */
export const MAX_QDPX_BYTES = 500 * 1024 * 1024;

/** Reads and checks a .qdpx or .qde from disk (nothing is stored yet). */
export function readRefiFile(filePath: string): RefiPackage {
  const bytes = readInputFile(filePath, MAX_QDPX_BYTES);
  return readRefiPackage(bytes, path.basename(filePath), filePath);
}

/** Reads a REFI-QDA file and merges it into `db` in one transaction; nothing is stored on failure. */
export function importRefiFile(db: Database.Database, filePath: string, options: MergeOptions): RefiImportReport {
  const pkg = readRefiFile(filePath);
  return db.transaction(() => mergeRefiProject(db, pkg, options))();
}
