/**
 * A codebook read from another file (.qdc, CSV, a `category>>code` list) before it is merged into a
 * project: a tree of codes with what each format can say about them.
 */
export interface CodebookEntry {
  /** Normalised GUID (lowercase, no braces) when the file gave one. */
  guid?: string;
  name: string;
  /** `#rrggbb`, when the file gave a valid colour. */
  color?: string;
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
  children: CodebookEntry[];
  /** Where it came from, for messages ("line 4", "row 7", "<Code> 'Coke'"). */
  where: string;
}

export interface ParsedCodebook {
  entries: CodebookEntry[];
  /** Things that did not stop the reading but the researcher should know. */
  warnings: string[];
}

export function emptyEntry(name: string, where: string): CodebookEntry {
  return { name, description: '', inclusion: '', exclusion: '', example: '', children: [], where };
}

/** Finds or adds the child `name` (case-insensitive, as code names are unique among siblings). */
export function childNamed(list: CodebookEntry[], name: string, where: string): CodebookEntry {
  const key = name.toLocaleLowerCase();
  let found = list.find((e) => e.name.toLocaleLowerCase() === key);
  if (!found) {
    found = emptyEntry(name, where);
    list.push(found);
  }
  return found;
}

/** Number of entries in the tree. */
export function countEntries(entries: CodebookEntry[]): number {
  return entries.reduce((n, e) => n + 1 + countEntries(e.children), 0);
}
