import { expect } from 'vitest';
import type { ParsePool } from '../../electron/core/import/parse-pool';
import type { ParseInput } from '../../electron/core/import/parse-document';

/**
 * Parses `input` until a worker takes it: until a worker has loaded, the pool parses in the calling
 * thread, so a test of the workers waits for this first.
 */
export async function untilWorkersTakeFiles(pool: ParsePool, fileName: string, input: ParseInput): Promise<void> {
  await expect
    .poll(async () => {
      await pool.parse(fileName, input, {});
      return pool.parsedInWorkers;
    }, { timeout: 20_000, interval: 50 })
    .toBeGreaterThan(0);
}
