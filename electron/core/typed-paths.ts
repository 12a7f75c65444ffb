import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Paths a researcher types (the browser build has no file dialog): "~/" is their home folder,
 * on every platform. Reading a file never creates anything; writing may create the default folder.
 */
export function expandTypedPath(typed: string, home = os.homedir()): string {
  const expanded = typed === '~' || typed.startsWith('~/') || typed.startsWith('~\\') ? path.join(home, typed.slice(1)) : typed;
  return path.resolve(expanded);
}

/**
 * A typed path to write to. The default place, ~/Telaah, is created when missing; any other missing
 * folder is refused by the writer (most likely a typing mistake).
 */
export function outputPath(typed: string, home = os.homedir()): string {
  const target = expandTypedPath(typed, home);
  const telaahFolder = path.join(home, 'Telaah');
  if (path.dirname(target) === telaahFolder) fs.mkdirSync(telaahFolder, { recursive: true });
  return target;
}

/** "<project><suffix>" for a browser download, with characters no file system takes replaced. */
export function downloadFileName(projectName: string | null, suffix: string): string {
  const safe = (projectName ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'project';
  return `${safe}${suffix}`;
}
