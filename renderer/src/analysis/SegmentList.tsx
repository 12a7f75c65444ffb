import type { ReactNode } from 'react';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';

export interface SegmentListProps {
  segments: RetrievedSegment[];
  /** Extra action per segment (e.g. "use as a quote"). */
  action?: (segment: RetrievedSegment) => ReactNode;
}

/** Coded segments with their context; each opens its place in the document view. */
export function SegmentList({ segments, action }: SegmentListProps) {
  const nav = useNavigation();
  if (segments.length === 0) return <p className="empty">{t('analysis.segments.none')}</p>;
  return (
    <ol className="analysis-segments">
      {segments.map((s) => (
        <li key={s.id} className="analysis-segment">
          <div className="row-meta">
            {t('analysis.segments.meta', { source: s.sourceName, code: s.codeName, coder: s.coderName, cases: s.caseNames.join(', ') || '—' })}
          </div>
          <button type="button" className="link-button analysis-quote" onClick={() => nav.openSegment(s.sourceId, s.start, s.end)} title={t('analysis.segments.open')}>
            <span className="analysis-context">{s.contextBefore}</span>
            <mark>{s.snippet}</mark>
            <span className="analysis-context">{s.contextAfter}</span>
          </button>
          {action?.(s)}
        </li>
      ))}
    </ol>
  );
}
