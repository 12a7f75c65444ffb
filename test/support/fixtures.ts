import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';

/** Repository root (this file is test/support/fixtures.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Path of a third-party fixture in ../shared/fixtures, read in place (never copied into the repo). */
export function fixturePath(...parts: string[]): string {
  return path.resolve(repoRoot, '../shared/fixtures', ...parts);
}

export function readFixture(...parts: string[]): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(...parts)));
}
