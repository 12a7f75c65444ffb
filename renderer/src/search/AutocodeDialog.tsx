import { useState } from 'react';
import type { z } from 'zod';
import type { AutocodeInput, AutocodeMatch } from '../../../shared/api/methods/search-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';
import { notify } from '../state/notifications';
import { errorText } from '../i18n/error-text';

type Input = z.input<typeof AutocodeInput>;

/**
 * Auto-coding from a search: keyword, regular expression or speaker; coding the match itself, its
 * sentence, paragraph or speaker turn. "Preview" lists what would be coded; "Apply" codes it (one
 * undo step) and skips what is already coded.
 */
export function AutocodeDialog({ initialPattern, onClose }: { initialPattern: string; onClose(): void }) {
  const api = useApi();
  const codes = useApiData('codes.list', {}, ['codes.changed']);
  const [mode, setMode] = useState<Input['mode']>('keyword');
  const [pattern, setPattern] = useState(initialPattern);
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [scope, setScope] = useState<NonNullable<Input['scope']>>('match');
  const [codeId, setCodeId] = useState('');
  const [newName, setNewName] = useState('');
  const [preview, setPreview] = useState<{ matches: z.infer<typeof AutocodeMatch>[]; truncated: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const input = (): Input | null => {
    if (!pattern.trim()) return null;
    const base = { mode, pattern, caseSensitive, scope };
    if (codeId) return { ...base, codeId };
    if (newName.trim()) return { ...base, codeName: newName.trim() };
    return null;
  };

  const run = async (what: 'preview' | 'apply') => {
    const i = input();
    if (!i) {
      setError(t('search.autocode.needCode'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (what === 'preview') setPreview(await api.call('autocode.preview', i));
      else {
        const r = await api.call('autocode.apply', i);
        notify('success', t('search.autocode.applied', { created: r.created, skipped: r.skipped }));
        onClose();
      }
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      wide
      title={t('search.autocode.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('search.autocode.cancel')}
          </button>
          <button type="button" disabled={busy} onClick={() => void run('preview')}>
            {t('search.autocode.preview')}
          </button>
          <button type="button" className="primary" disabled={busy || !preview} onClick={() => void run('apply')}>
            {t('search.autocode.apply', { count: preview?.matches.filter((m) => !m.alreadyCoded).length ?? 0 })}
          </button>
        </>
      }
    >
      <div className="autocode-form">
        <label>
          {t('search.autocode.mode')}
          <select value={mode} onChange={(e) => { setMode(e.target.value as Input['mode']); setPreview(null); }}>
            <option value="keyword">{t('search.autocode.keyword')}</option>
            <option value="regex">{t('search.autocode.regex')}</option>
            <option value="speaker">{t('search.autocode.speaker')}</option>
          </select>
        </label>
        <label>
          {t('search.autocode.pattern')}
          <input data-autofocus value={pattern} onChange={(e) => { setPattern(e.target.value); setPreview(null); }} />
        </label>
        <label>
          <input type="checkbox" checked={caseSensitive} onChange={(e) => { setCaseSensitive(e.target.checked); setPreview(null); }} /> {t('search.autocode.caseSensitive')}
        </label>
        <label>
          {t('search.autocode.scope')}
          <select value={scope} onChange={(e) => { setScope(e.target.value as typeof scope); setPreview(null); }}>
            <option value="match">{t('search.autocode.scopeMatch')}</option>
            <option value="sentence">{t('search.autocode.scopeSentence')}</option>
            <option value="paragraph">{t('search.autocode.scopeParagraph')}</option>
            <option value="turn">{t('search.autocode.scopeTurn')}</option>
          </select>
        </label>
        <label>
          {t('search.autocode.code')}
          <select value={codeId} onChange={(e) => { setCodeId(e.target.value); setPreview(null); }}>
            <option value="">{t('search.autocode.newCode')}</option>
            {(codes.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {codeId ? null : (
          <label>
            {t('search.autocode.newName')}
            <input value={newName} onChange={(e) => { setNewName(e.target.value); setPreview(null); }} />
          </label>
        )}
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {preview ? (
        <>
          <p aria-live="polite">
            {t('search.autocode.found', { count: preview.matches.length })}
            {preview.truncated ? ` ${t('search.autocode.truncated')}` : ''}
          </p>
          <ol className="autocode-preview" data-testid="autocode-preview">
            {preview.matches.map((m) => (
              <li key={`${m.sourceId}:${m.start}`} className={m.alreadyCoded ? 'already-coded' : undefined}>
                <strong>{m.sourceName}</strong> ({m.start}–{m.end}){m.alreadyCoded ? ` · ${t('search.autocode.already')}` : ''}: <q>{m.snippet}</q>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </Modal>
  );
}
