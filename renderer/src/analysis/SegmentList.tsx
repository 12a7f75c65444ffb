import type { ReactNode } from 'react';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { groupBySelection } from './segment-groups';

export interface SegmentListProps {
  segments: RetrievedSegment[];
  /** Extra action per passage, given its first coding (e.g. "use as a quote"). */
  action?: (segment: RetrievedSegment) => ReactNode;
  /** The context length the segments were fetched with (the API's default: 120 code points). */
  contextChars?: number;
}

/**
 * Context as shown around a passage: no blank lines at its outer edge (they would open the quote
 * with empty space) and paragraph breaks kept as single line breaks.
 */
function tidyContext(text: string, side: 'before' | 'after', contextChars: number): string {
  const single = text.replace(/\n[ \t]*(\n[ \t]*)+/g, '\n');
  // A context as long as asked for was cut from longer text, mid-word as likely as not: say so.
  const cut = [...text].length >= contextChars;
  if (side === 'before') {
    const s = single.replace(/^\s+/, '');
    return cut && !text.startsWith('\n') ? `…${s}` : s;
  }
  const s = single.replace(/\s+$/, '');
  return cut && !text.endsWith('\n') ? `${s}…` : s;
}

/**
 * Coded passages with their context, one entry per passage however many codes and coders it
 * carries (as the matrix counts them); each opens its place in the document view.
 */
export function SegmentList({ segments, action, contextChars = 120 }: SegmentListProps) {
  const nav = useNavigation();
  if (segments.length === 0) return <p className="empty">{t('analysis.segments.none')}</p>;
  return (
    <ol className="analysis-segments">
      {groupBySelection(segments).map(({ selectionId, first: s, codes }) => (
        <li key={selectionId} className="analysis-segment">
          <div className="analysis-segment-head">
            <span className="row-meta">{t('analysis.segments.meta', { source: s.sourceName, cases: s.caseNames.join(', ') || '—' })}</span>
            <span className="analysis-segment-codes">
              {codes.map((c) => (
                <span key={c.codeName} className="analysis-code-tag">
                  {c.codeName}
                  <span className="analysis-coders">{c.coders.join(', ')}</span>
                </span>
              ))}
            </span>
            {action?.(s)}
          </div>
          <button type="button" className="analysis-quote" onClick={() => nav.openSegment(s.sourceId, s.start, s.end)} title={t('analysis.segments.open')}>
            <span className="analysis-context">{tidyContext(s.contextBefore, 'before', contextChars)}</span>
            <mark>{s.snippet}</mark>
            <span className="analysis-context">{tidyContext(s.contextAfter, 'after', contextChars)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
