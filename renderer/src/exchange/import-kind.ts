/** What the import dialog reads: a whole REFI-QDA project, or a codebook into the code tree. */
export type ImportKind = 'project' | 'codebook';

/** Extensions (lowercase, with the dot) each kind accepts, as the core reads them. */
export const IMPORT_EXTENSIONS: Record<ImportKind, string[]> = {
  project: ['.qdpx', '.qde'],
  codebook: ['.qdc', '.csv', '.tsv', '.xlsx', '.txt'],
};

/** The kind a typed path's extension says, or null when it says neither. */
export function importKindOfPath(path: string): ImportKind | null {
  const match = /\.[^./\\]+$/.exec(path.trim());
  if (!match) return null;
  const ext = match[0].toLowerCase();
  if (IMPORT_EXTENSIONS.project.includes(ext)) return 'project';
  if (IMPORT_EXTENSIONS.codebook.includes(ext)) return 'codebook';
  return null;
}
