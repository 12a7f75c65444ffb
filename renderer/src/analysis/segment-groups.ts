import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';

/** One coded passage (a selection) with every coding on it: the unit a matrix cell counts. */
export interface SegmentGroup {
  selectionId: string;
  /** The first coding of the passage, for its text, place and context. */
  first: RetrievedSegment;
  /** Codes on the passage in order of appearance, each with the coders who applied it. */
  codes: { codeName: string; coders: string[] }[];
  codings: RetrievedSegment[];
}

/**
 * Groups codings by their selection, in the order the first coding of each selection arrives. A
 * passage that two coders coded, or that holds a subcode rolled up into its parent, is one segment
 * in the matrix ('codings' measure) and so one entry in the list, naming all its codes and coders.
 */
export function groupBySelection(segments: readonly RetrievedSegment[]): SegmentGroup[] {
  const groups = new Map<string, SegmentGroup>();
  for (const s of segments) {
    let g = groups.get(s.selectionId);
    if (!g) groups.set(s.selectionId, (g = { selectionId: s.selectionId, first: s, codes: [], codings: [] }));
    g.codings.push(s);
    let code = g.codes.find((c) => c.codeName === s.codeName);
    if (!code) g.codes.push((code = { codeName: s.codeName, coders: [] }));
    if (!code.coders.includes(s.coderName)) code.coders.push(s.coderName);
  }
  return [...groups.values()];
}
