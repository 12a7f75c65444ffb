/** Rebuilds a fixture archive with some parts replaced or added, for tests that need a modified .docx/.odt. */
import { strToU8, unzipSync, zipSync } from 'fflate';

export function rezip(original: Uint8Array, changes: Record<string, string | Uint8Array | null>): Uint8Array {
  const parts: Record<string, Uint8Array> = unzipSync(original);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete parts[name];
    else parts[name] = typeof value === 'string' ? strToU8(value) : value;
  }
  return zipSync(parts);
}

export function partText(archive: Uint8Array, name: string): string {
  const part = unzipSync(archive, { filter: (f) => f.name === name })[name];
  if (!part) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(part);
}
