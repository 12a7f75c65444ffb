import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';

export interface RetrievalFilter {
  /** Words that must all appear in the segment (its text, source, case or speaker), case-insensitive. */
  text: string;
  sourceId: string;
  coderId: string;
}

/** Segments passing the filter, in the order given (source, then position). */
export function filterSegments(segments: readonly RetrievedSegment[], f: RetrievalFilter): RetrievedSegment[] {
  const words = f.text.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  return segments.filter((s) => {
    if (f.sourceId && s.sourceId !== f.sourceId) return false;
    if (f.coderId && s.coderId !== f.coderId) return false;
    if (words.length === 0) return true;
    const hay = `${s.snippet}\n${s.sourceName}\n${s.caseNames.join(' ')}\n${s.speaker ?? ''}\n${s.codeName}`.toLocaleLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
