import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';

/**
 * Writes an export next to its final name and renames it into place, so a failed or cancelled export
 * never leaves half a file where the researcher expects a whole one.
 */
export function writeOutputFile(outPath: string, bytes: Uint8Array | string): number {
  const full = path.resolve(outPath);
  const dir = path.dirname(full);
  if (!fs.existsSync(dir)) throw new ApiError('invalid-input', `Cannot write ${full}: the folder ${dir} does not exist.`);
  const tmp = path.join(dir, `.${path.basename(full)}.${process.pid}.${Date.now()}.part`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, full);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new ApiError('internal', `Cannot write ${full}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  return typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
}

/** Reads a file the researcher chose to import, refusing sizes no exchange file reaches. */
export function readInputFile(inPath: string, maxBytes: number): Uint8Array {
  const full = path.resolve(inPath);
  let size: number;
  try {
    size = fs.statSync(full).size;
  } catch (err) {
    throw new ApiError('not-found', `${full} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }
  if (size > maxBytes) {
    throw new ApiError('import-failed', `${path.basename(full)} is ${(size / 1048576).toFixed(1)} MB; at most ${(maxBytes / 1048576).toFixed(0)} MB are accepted.`);
  }
  return new Uint8Array(fs.readFileSync(full));
}
