import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';

/** Where the bytes are staged: beside the target (same file system, so the rename is atomic). */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Refuses a target whose folder is missing, before any work is done. */
export function checkTargetFolder(target: string): void {
  const dir = path.dirname(target);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new ApiError('not-found', `Cannot write ${target}: the folder ${dir} does not exist.`);
  }
  if (!stat.isDirectory()) throw new ApiError('invalid-input', `Cannot write ${target}: ${dir} is not a folder.`);
}

/**
 * Writes `bytes` to `target` all or nothing: into a temp file beside it, flushed to disk, then
 * renamed over the target. A crash or an error leaves the old file (or none), never half a file.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await fs.promises.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, target);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EACCES' || e.code === 'EPERM') throw new ApiError('invalid-input', `Cannot write ${target}: permission denied.`);
    if (e.code === 'EBUSY') throw new ApiError('conflict', `Cannot replace ${target}: the file is open in another program (close it in Word and try again).`);
    throw err;
  }
}
