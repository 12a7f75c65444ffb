/**
 * File names proposed to the researcher. Paths are typed (the browser has no save dialog); "~/" is
 * expanded by the core, so these stay readable as proposed.
 */

/** A project name as a file name stem: characters no file system takes become spaces. */
export function safeFileStem(projectName: string): string {
  return projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'project';
}

/** "~/Telaah/<project><extension>" (the extension with its dot). */
export function defaultExportPath(projectName: string, extension: string): string {
  return `~/Telaah/${safeFileStem(projectName)}${extension}`;
}

/**
 * The path with its extension changed from `from` to `to` when it ends with `from` (case-insensitive);
 * otherwise unchanged: a name the researcher chose is theirs.
 */
export function swapExtension(path: string, from: string, to: string): string {
  if (from && path.toLowerCase().endsWith(from.toLowerCase())) return path.slice(0, path.length - from.length) + to;
  return path;
}
