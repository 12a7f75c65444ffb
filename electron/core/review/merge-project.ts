import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { MergeReport } from '../../../shared/api/methods/review-methods';
import { openProject } from '../db/open-project';
import { importRefiFile } from '../exchange/refi-project-import';
import { ensureUser } from '../store/user-store';
import { checkNotOwnFile, mergeTelaahFile, mergeTelaahInto, runMerge } from './telaah-merge';

export interface MergeProjectOptions {
  /** false: preview (nothing stays changed); otherwise the recorded transaction to apply it in. */
  apply: false | (<T>(fn: () => T) => T);
  /** The open project's path (merging it into itself is refused). */
  ownPath?: string;
  nativeBinding?: string;
  /** Name of the coder REFI-QDA items without a user are attributed to (the active coder). */
  fallbackCoderName: string;
}

/**
 * Another coder's copy of the project merged into the open one, by the rules of telaah-merge.ts.
 *
 * A .qdpx (REFI-QDA) file is first read by the exchange importer into a temporary project (so its
 * position mapping and producer quirks are handled in one place), then merged from there by the
 * same rules as a .telaah copy: the report means the same whatever the format.
 */
export async function mergeProject(db: Database.Database, file: string, options: MergeProjectOptions): Promise<MergeReport> {
  const resolved = path.resolve(file);
  const ext = path.extname(resolved).toLowerCase();
  if (ext === '.telaah') return mergeTelaahFile(db, resolved, options);
  if (ext !== '.qdpx') {
    throw new ApiError('invalid-input', `${path.basename(file)}: merge a coder's copy saved as .telaah or exported as .qdpx (REFI-QDA).`);
  }
  if (!fs.existsSync(resolved)) throw new ApiError('not-found', `${resolved} does not exist.`);
  checkNotOwnFile(resolved, options.ownPath);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-merge-'));
  try {
    const temp = await openProject(path.join(dir, 'copy.telaah'), { create: true, nativeBinding: options.nativeBinding });
    try {
      const coderId = ensureUser(temp.db, options.fallbackCoderName);
      importRefiFile(temp.db, resolved, { coderId, setProjectName: true });
      return runMerge(db, () => ({ ...mergeTelaahInto(db, temp.db, resolved), format: 'qdpx' as const }), options.apply);
    } finally {
      temp.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
