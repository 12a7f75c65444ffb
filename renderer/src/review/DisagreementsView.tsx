import './review.css';
import { useEffect, useId, useState } from 'react';
import type { AgreementUnit, Disagreement, ResolveAction } from '../../../shared/api/methods/review-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { notify, notifyError } from '../state/notifications';
import { CoderPairPicker, defaultCoders } from './CoderPicker';
import { TwoCoderView } from './TwoCoderView';
import { UnitPicker } from './UnitPicker';
import { errorText } from '../i18n/error-text';

interface ItemProps {
  d: Disagreement;
  nameA: string;
  nameB: string;
  reviewMode: boolean;
  onResolve(d: Disagreement, action: ResolveAction, note?: string): Promise<void>;
  onSideBySide(d: Disagreement): void;
}

function DisagreementItem({ d, nameA, nameB, reviewMode, onResolve, onSideBySide }: ItemProps) {
  const nav = useNavigation();
  const [discussing, setDiscussing] = useState(false);
  const [note, setNote] = useState('');
  const noteId = useId();
  const kind = t(`review.disagreements.kind.${d.kind}`, { a: nameA, b: nameB });
  const first = (list: Disagreement['codingsA']) => list[0];
  const a = first(d.codingsA);
  const b = first(d.codingsB);
  return (
    <li className={`disagreement ${d.kind}`} aria-label={t('review.disagreements.itemLabel', { code: d.codeName, source: d.sourceName, kind })}>
      <header>
        <strong className="code-name">{d.codeName}</strong> · <span>{d.sourceName}</span>
        {d.speaker ? <span className="muted"> · {d.speaker}</span> : null} · <span className="kind">{kind}</span>
        {d.overlap !== null && d.kind === 'differs' ? <span className="muted"> · {t('review.disagreements.overlap', { value: Math.round(d.overlap * 100) })}</span> : null}
        {d.decision ? <span className="decision"> · {t(`review.disagreements.decision.${d.decision.action}`)}</span> : null}
      </header>
      <blockquote className="disagreement-text">
        <span className="context">{d.contextBefore}</span>
        <mark>{d.text}</mark>
        <span className="context">{d.contextAfter}</span>
      </blockquote>
      <div className="disagreement-codings">
        <div>
          <span>{t('review.disagreements.codingsOf', { name: nameA, count: d.codingsA.length })}</span>
          {d.codingsA.map((c) => (
            <button key={c.id} type="button" className="link-button" onClick={() => nav.openSegment(d.sourceId, c.start, c.end)}>
              {t('review.disagreements.open', { start: c.start, end: c.end })}
            </button>
          ))}
        </div>
        <div>
          <span>{t('review.disagreements.codingsOf', { name: nameB, count: d.codingsB.length })}</span>
          {d.codingsB.map((c) => (
            <button key={c.id} type="button" className="link-button" onClick={() => nav.openSegment(d.sourceId, c.start, c.end)}>
              {t('review.disagreements.open', { start: c.start, end: c.end })}
            </button>
          ))}
        </div>
      </div>
      <div className="disagreement-actions" role="group" aria-label={t('review.disagreements.actions')}>
        <button type="button" onClick={() => onSideBySide(d)}>
          {t('review.disagreements.sideBySide')}
        </button>
        <button type="button" disabled={reviewMode || !a} title={reviewMode ? t('review.mode.blocked') : undefined} onClick={() => onResolve(d, 'accept-a')}>
          {t('review.disagreements.acceptA', { name: nameA })}
        </button>
        <button type="button" disabled={reviewMode || !b} title={reviewMode ? t('review.mode.blocked') : undefined} onClick={() => onResolve(d, 'accept-b')}>
          {t('review.disagreements.acceptB', { name: nameB })}
        </button>
        <button type="button" disabled={reviewMode} title={reviewMode ? t('review.mode.blocked') : undefined} onClick={() => onResolve(d, 'keep-both')}>
          {t('review.disagreements.keepBoth')}
        </button>
        <button type="button" aria-expanded={discussing} onClick={() => setDiscussing((x) => !x)}>
          {t('review.disagreements.discuss')}
        </button>
      </div>
      {discussing ? (
        <form
          className="discuss-form"
          onSubmit={async (e) => {
            e.preventDefault();
            await onResolve(d, 'discuss', note.trim() || undefined);
            setDiscussing(false);
            setNote('');
          }}
        >
          <label htmlFor={noteId}>{t('review.disagreements.note')}</label>
          <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit">{t('review.disagreements.startDiscussion')}</button>
        </form>
      ) : null}
    </li>
  );
}

/**
 * Every place two coders differ (by the chosen unit), each with both codings in context: open either
 * coding in the document, compare the two coders side by side, accept one version, keep both, or
 * start a discussion. Accepting changes coding and is unavailable in review mode; discussing is
 * then a comment thread on the coding.
 */
export function DisagreementsView() {
  const api = useApi();
  const users = useApiData('users.list', {}, ['project.changed', 'codings.changed']);
  const mode = useApiData('review.state', {}, ['review.changed']);
  const [pair, setPair] = useState<[string, string] | null>(null);
  const [unit, setUnit] = useState<AgreementUnit>('characters');
  const [overlap, setOverlap] = useState(0.9);
  const [includeSettled, setIncludeSettled] = useState(false);
  const [compare, setCompare] = useState<Disagreement | null>(null);
  const headingId = useId();
  const settledId = useId();

  useEffect(() => {
    if (pair || !users.data) return;
    const d = defaultCoders(users.data);
    if (d.length === 2) setPair([d[0]!, d[1]!]);
    else if (users.data.length >= 2) setPair([users.data[0]!.id, users.data[1]!.id]);
  }, [pair, users.data]);

  const valid = pair !== null && pair[0] !== pair[1];
  const list = useApiData('agreement.disagreements', valid ? { coderIds: pair, unit, overlap, includeSettled } : null, ['codings.changed', 'review.changed']);
  const nameOf = (id: string) => users.data?.find((u) => u.id === id)?.name ?? id;
  const reviewMode = mode.data?.reviewMode ?? false;

  const resolve = async (d: Disagreement, action: ResolveAction, note?: string) => {
    if (!pair) return;
    try {
      if (reviewMode && action === 'discuss') {
        // Review mode refuses agreement.resolve; a thread on the coding is the discussion.
        const coding = d.codingsA[0] ?? d.codingsB[0]!;
        await api.call('comments.create', { target: { kind: 'coding', id: coding.id }, body: note ?? t('review.disagreements.defaultNote') });
      } else {
        await api.call('agreement.resolve', {
          action,
          coderA: pair[0],
          coderB: pair[1],
          codeId: d.codeId,
          sourceId: d.sourceId,
          start: d.start,
          end: d.end,
          codingIdsA: d.codingsA.map((c) => c.id),
          codingIdsB: d.codingsB.map((c) => c.id),
          ...(note ? { note } : {}),
        });
      }
      notify('success', t(`review.disagreements.done.${action}`));
      list.reload();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <section className="review-pane disagreements-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review.disagreements.title')}</h2>
      <div className="review-controls">
        {users.data && pair ? <CoderPairPicker users={users.data} a={pair[0]} b={pair[1]} onChange={(a, b) => setPair([a, b])} /> : null}
        <UnitPicker unit={unit} onUnit={setUnit} overlap={overlap} onOverlap={setOverlap} />
        <label htmlFor={settledId}>
          <input id={settledId} type="checkbox" checked={includeSettled} onChange={(e) => setIncludeSettled(e.target.checked)} />
          {t('review.disagreements.includeSettled')}
        </label>
      </div>
      {users.data && users.data.length < 2 ? <p className="pane-message">{t('review.disagreements.needTwo')}</p> : null}
      {pair && pair[0] === pair[1] ? <p className="pane-message">{t('review.disagreements.samePair')}</p> : null}
      {list.error ? <p role="alert">{errorText(list.error)}</p> : null}
      {valid && list.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('review.disagreements.count', { count: list.data.length })}
          </p>
          <p className="muted">{t('review.disagreements.acceptNote')}</p>
          <ul className="disagreement-list">
            {list.data.map((d) => (
              <DisagreementItem key={d.key} d={d} nameA={nameOf(pair![0])} nameB={nameOf(pair![1])} reviewMode={reviewMode} onResolve={resolve} onSideBySide={setCompare} />
            ))}
          </ul>
        </>
      ) : null}
      {compare && pair ? (
        <TwoCoderView sourceId={compare.sourceId} coderA={pair[0]} coderB={pair[1]} focus={{ start: compare.start, end: compare.end }} onClose={() => setCompare(null)} />
      ) : null}
    </section>
  );
}
