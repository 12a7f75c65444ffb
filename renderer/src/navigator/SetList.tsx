import { useState } from 'react';
import type { SourceSummary } from '../../../shared/api/methods/source-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { notifyError } from '../state/notifications';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { PromptDialog } from '../shell/PromptDialog';
import { errorText } from '../i18n/error-text';

type Dialog = { kind: 'create' } | { kind: 'rename'; id: string } | { kind: 'delete'; id: string } | null;

/** Sets of sources: create (from the ticked sources), add the ticked sources, remove, rename, delete. */
export function SetList({ sources, checkedIds }: { sources: readonly SourceSummary[]; checkedIds: string[] }) {
  const api = useApi();
  const nav = useNavigation();
  const sets = useApiData('sets.list', {}, ['sources.changed']);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const names = new Map(sources.map((s) => [s.id, s.name]));
  const list = sets.data ?? [];
  const current = dialog && dialog.kind !== 'create' ? list.find((s) => s.id === dialog.id) : undefined;
  const call = (work: Promise<unknown>) => void work.catch(notifyError);

  return (
    <div className="set-list">
      <div className="toolbar" role="toolbar" aria-label={t('navigator.sets.toolbar')}>
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'create' })}>
          {checkedIds.length ? t('navigator.sets.createFromTicked', { count: checkedIds.length }) : t('navigator.sets.create')}
        </button>
      </div>
      {list.length === 0 ? <p className="empty">{t('navigator.sets.empty')}</p> : null}
      <ul className="plain-list">
        {list.map((set) => {
          const expanded = open.has(set.id);
          const toAdd = checkedIds.filter((id) => !set.sourceIds.includes(id));
          return (
            <li key={set.id} className="set-item">
              <div className="set-head">
                <button
                  type="button"
                  className="disclosure"
                  aria-expanded={expanded}
                  onClick={() =>
                    setOpen((o) => {
                      const next = new Set(o);
                      if (next.has(set.id)) next.delete(set.id);
                      else next.add(set.id);
                      return next;
                    })
                  }
                >
                  <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {set.name}
                </button>
                <span className="badge">{set.sourceIds.length}</span>
              </div>
              {expanded ? (
                <div className="set-body">
                  <div className="row-actions">
                    <button type="button" disabled={toAdd.length === 0} onClick={() => call(api.call('sets.addSources', { id: set.id, sourceIds: toAdd }))}>
                      {t('navigator.sets.addTicked', { count: toAdd.length })}
                    </button>
                    <button type="button" onClick={() => setDialog({ kind: 'rename', id: set.id })}>
                      {t('navigator.sets.rename')}
                    </button>
                    <button type="button" className="danger-text" onClick={() => setDialog({ kind: 'delete', id: set.id })}>
                      {t('navigator.sets.delete')}
                    </button>
                  </div>
                  <ul className="plain-list members">
                    {set.sourceIds.map((id) => (
                      <li key={id}>
                        <button type="button" className="link-button" onClick={() => nav.openSource(id)}>
                          {names.get(id) ?? id}
                        </button>
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={t('navigator.sets.remove', { name: names.get(id) ?? id, set: set.name })}
                          title={t('navigator.sets.remove', { name: names.get(id) ?? id, set: set.name })}
                          onClick={() => call(api.call('sets.removeSources', { id: set.id, sourceIds: [id] }))}
                        >
                          ×
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {dialog?.kind === 'create' ? (
        <PromptDialog
          title={t('navigator.sets.create')}
          label={t('navigator.sets.nameLabel')}
          confirmLabel={t('navigator.sets.createButton')}
          onCancel={() => setDialog(null)}
          onSubmit={async (name) => {
            try {
              const set = await api.call('sets.create', { name, sourceIds: checkedIds });
              setOpen((o) => new Set([...o, set.id]));
              setDialog(null);
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      ) : null}
      {dialog?.kind === 'rename' && current ? (
        <PromptDialog
          title={t('navigator.sets.rename')}
          label={t('navigator.sets.nameLabel')}
          initial={current.name}
          confirmLabel={t('shell.dialog.save')}
          onCancel={() => setDialog(null)}
          onSubmit={async (name) => {
            try {
              await api.call('sets.rename', { id: current.id, name });
              setDialog(null);
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' && current ? (
        <ConfirmDialog
          title={t('navigator.sets.deleteTitle', { name: current.name })}
          message={t('navigator.sets.deleteMessage')}
          confirmLabel={t('navigator.sets.delete')}
          danger
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            call(api.call('sets.delete', { id: current.id }));
          }}
        />
      ) : null}
    </div>
  );
}
