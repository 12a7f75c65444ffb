import './review.css';
import { useId, useState } from 'react';
import { useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { CoderVisibility } from './CoderVisibility';
import { ThreadView } from './CommentsPanel';
import { DisagreementsView } from './DisagreementsView';
import { MergePanel } from './MergePanel';
import { ReviewModeToggle } from './ReviewModeToggle';

type Tab = 'comments' | 'disagreements' | 'merge';

/** Every comment thread of the project (open ones, or all), each with where it belongs. */
export function OpenThreadsList() {
  const nav = useNavigation();
  const [showResolved, setShowResolved] = useState(false);
  const threads = useApiData('comments.listAll', showResolved ? {} : { status: 'open' }, ['review.changed', 'codings.changed']);
  const checkId = useId();
  return (
    <div className="threads-list">
      <label htmlFor={checkId}>
        <input id={checkId} type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
        {t('review.comments.showResolved')}
      </label>
      {threads.data && threads.data.length === 0 ? <p className="muted">{t(showResolved ? 'review.comments.noneAtAll' : 'review.comments.noneOpen')}</p> : null}
      <ul>
        {(threads.data ?? []).map((th) => (
          <li key={th.id}>
            <p className="thread-target">
              <span className="muted">{t(`review.comments.kind.${th.target.kind}`)}: </span>
              {th.location ? (
                <button type="button" className="link-button" onClick={() => nav.openSegment(th.location!.sourceId, th.location!.start, th.location!.end)}>
                  {t('review.comments.codingAt', { code: th.location.codeName, coder: th.location.coderName, source: th.location.sourceName })}
                </button>
              ) : (
                <span>{th.targetLabel || t('review.comments.targetGone')}</span>
              )}
              {th.location ? <q>{th.targetLabel}</q> : null}
            </p>
            <ThreadView thread={th} onChanged={threads.reload} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The supervisor's review: review mode, coder visibility, comment threads, disagreements, merging. */
export function ReviewView() {
  const [tab, setTab] = useState<Tab>('comments');
  const headingId = useId();
  const tabs: Tab[] = ['comments', 'disagreements', 'merge'];
  return (
    <section className="review-pane review-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review.title')}</h2>
      <div className="review-controls">
        <ReviewModeToggle />
        <CoderVisibility />
      </div>
      <div role="tablist" aria-label={t('review.title')} className="review-tabs">
        {tabs.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} onClick={() => setTab(k)}>
            {t(`review.tab.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'comments' ? <OpenThreadsList /> : null}
        {tab === 'disagreements' ? <DisagreementsView /> : null}
        {tab === 'merge' ? <MergePanel /> : null}
      </div>
    </section>
  );
}
