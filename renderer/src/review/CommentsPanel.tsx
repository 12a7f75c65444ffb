import './review.css';
import { useId, useState } from 'react';
import type { CommentTarget, CommentThread } from '../../../shared/api/methods/review-methods';
import { useApi, useApiData } from '../api/api-context';
import { getLanguage, t } from '../i18n/i18n';
import { notifyError } from '../state/notifications';
import { errorText } from '../i18n/error-text';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(getLanguage() === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function CommentForm({ label, submitLabel, onSubmit }: { label: string; submitLabel: string; onSubmit(body: string): Promise<void> }) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  return (
    <form
      className="comment-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!body.trim()) return;
        setBusy(true);
        try {
          await onSubmit(body.trim());
          setBody('');
        } catch (err) {
          notifyError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={body} rows={2} onChange={(e) => setBody(e.target.value)} />
      <button type="submit" disabled={busy || !body.trim()}>
        {submitLabel}
      </button>
    </form>
  );
}

/** One thread: its comments in order, a reply box, and resolve / reopen. */
export function ThreadView({ thread, onChanged }: { thread: CommentThread; onChanged?(): void }) {
  const api = useApi();
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      onChanged?.();
    } catch (err) {
      notifyError(err);
    }
  };
  const resolved = thread.status === 'resolved';
  return (
    <article className={`comment-thread ${thread.status}`} aria-label={t('review.comments.threadLabel', { author: thread.createdBy ?? '?', status: t(`review.comments.status.${thread.status}`) })}>
      <header>
        <span className={`thread-status ${thread.status}`}>{t(`review.comments.status.${thread.status}`)}</span>
        {resolved && thread.resolvedBy ? <span className="muted"> {t('review.comments.resolvedBy', { name: thread.resolvedBy, when: when(thread.resolvedAt ?? '') })}</span> : null}
      </header>
      <ol className="comments">
        {thread.comments.map((c) => (
          <li key={c.id}>
            <div className="comment-meta">
              <strong>{c.authorName ?? t('review.comments.unknownAuthor')}</strong> <time dateTime={c.createdAt}>{when(c.createdAt)}</time>
            </div>
            <p className="comment-body">{c.body}</p>
          </li>
        ))}
      </ol>
      <CommentForm
        label={t('review.comments.reply')}
        submitLabel={t('review.comments.replyButton')}
        onSubmit={async (body) => {
          await api.call('comments.reply', { threadId: thread.id, body });
          onChanged?.();
        }}
      />
      {resolved ? (
        <button type="button" onClick={() => act(() => api.call('comments.reopen', { threadId: thread.id }))}>
          {t('review.comments.reopen')}
        </button>
      ) : (
        <button type="button" onClick={() => act(() => api.call('comments.resolve', { threadId: thread.id }))}>
          {t('review.comments.resolve')}
        </button>
      )}
    </article>
  );
}

/**
 * The discussion about one thing (a coding, a code, a matrix cell or a conclusion): its threads,
 * open ones first, and a box to start a new thread. Comments are allowed in review mode.
 */
export function CommentsPanel({ target, title }: { target: CommentTarget; title?: string }) {
  const api = useApi();
  const threads = useApiData('comments.list', { target }, ['review.changed', 'codings.changed']);
  const headingId = useId();
  const list = [...(threads.data ?? [])].sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1));
  return (
    <section className="comments-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title ?? t('review.comments.title')}</h3>
      {threads.error ? <p role="alert">{errorText(threads.error)}</p> : null}
      {threads.data && list.length === 0 ? <p className="muted">{t('review.comments.none')}</p> : null}
      {list.map((th) => (
        <ThreadView key={th.id} thread={th} onChanged={threads.reload} />
      ))}
      <CommentForm
        label={t('review.comments.new')}
        submitLabel={t('review.comments.add')}
        onSubmit={async (body) => {
          await api.call('comments.create', { target, body });
          threads.reload();
        }}
      />
    </section>
  );
}
