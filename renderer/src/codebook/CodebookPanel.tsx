import { useEffect, useId, useMemo, useState } from 'react';
import type { Code } from '../../../shared/api/methods/code-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { activateCode } from '../state/code-activation';
import { useNavigation } from '../state/navigation';
import { notify, notifyError } from '../state/notifications';
import { forgetCodesExcept } from '../state/recent-codes';
import { childrenByParent, subtreeIds, type Placement } from './code-tree-model';
import { nextCodeColor } from './code-colors';
import { CodeEditorDialog, type CodeDraft } from './CodeEditorDialog';
import { CodeTree } from './CodeTree';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { MergeCodeDialog } from './MergeCodeDialog';
import { errorText } from '../i18n/error-text';

type Dialog = { kind: 'create'; parentId: string | null } | { kind: 'edit'; id: string } | { kind: 'delete'; id: string } | { kind: 'merge'; id: string } | null;

/** The codebook on the right: filter, toolbar, the tree and its dialogs. */
export function CodebookPanel() {
  const api = useApi();
  const nav = useNavigation();
  const codes = useApiData('codes.list', {}, ['codes.changed', 'codings.changed']);
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const filterId = useId();
  const list: readonly Code[] = useMemo(() => codes.data ?? [], [codes.data]);
  const byId = useMemo(() => new Map(list.map((c) => [c.id, c])), [list]);
  const active = nav.selectedCodeId ? byId.get(nav.selectedCodeId) ?? null : null;

  useEffect(() => {
    if (!codes.data) return;
    forgetCodesExcept(new Set(codes.data.map((c) => c.id)));
    if (nav.selectedCodeId && !byId.has(nav.selectedCodeId)) nav.selectCode(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [codes.data]);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (err) {
      notifyError(err);
    }
  };
  const move = (id: string, placement: Placement) => run(() => api.call('codes.move', { id, ...placement }));
  const draftFor = (parentId: string | null): CodeDraft => ({
    name: '',
    parentId,
    color: nextCodeColor((childrenByParent(list).get(parentId) ?? []).map((c) => c.color)),
    description: '',
    inclusion: '',
    exclusion: '',
    example: '',
  });

  const editing = dialog?.kind === 'edit' ? byId.get(dialog.id) : undefined;
  const deleting = dialog?.kind === 'delete' ? byId.get(dialog.id) : undefined;
  const merging = dialog?.kind === 'merge' ? byId.get(dialog.id) : undefined;

  return (
    <section className="codebook-panel" aria-labelledby="codebook-heading">
      <div className="panel-header">
        <h2 id="codebook-heading">{t('codebook.title')}</h2>
        <span className="panel-count">{t('codebook.codeCount', { count: list.length })}</span>
      </div>
      <div className="toolbar" role="toolbar" aria-label={t('codebook.toolbar')}>
        <button type="button" onClick={() => setDialog({ kind: 'create', parentId: null })} title={t('codebook.new.hint')}>
          {t('codebook.new')}
        </button>
        <button type="button" disabled={!active} onClick={() => active && setDialog({ kind: 'create', parentId: active.id })} title={t('codebook.newSub.hint')}>
          {t('codebook.newSub')}
        </button>
        <button type="button" disabled={!active} onClick={() => active && setDialog({ kind: 'edit', id: active.id })} title={t('codebook.edit.hint')}>
          {t('codebook.edit')}
        </button>
        <button type="button" disabled={!active || list.length < 2} onClick={() => active && setDialog({ kind: 'merge', id: active.id })}>
          {t('codebook.merge')}
        </button>
        <button type="button" className="danger-text" disabled={!active} onClick={() => active && setDialog({ kind: 'delete', id: active.id })} title={t('codebook.delete.hint')}>
          {t('codebook.delete')}
        </button>
      </div>
      <div className="filter">
        <label htmlFor={filterId} className="visually-hidden">
          {t('codebook.filter')}
        </label>
        <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('codebook.filter')} />
      </div>
      <div className="code-columns" aria-hidden="true">
        <span>{t('codebook.column.code')}</span>
        <span title={t('codebook.column.codingsHint')}>{t('codebook.column.codings')}</span>
        <span title={t('codebook.column.sourcesHint')}>{t('codebook.column.sources')}</span>
      </div>
      {codes.error ? (
        <p className="pane-message" role="alert">
          {errorText(codes.error)}
        </p>
      ) : list.length === 0 && !codes.loading ? (
        <p className="empty">{t('codebook.empty')}</p>
      ) : (
        <CodeTree
          codes={list}
          activeId={nav.selectedCodeId}
          filter={filter}
          onSelect={(id) => nav.selectCode(id)}
          onActivate={(id, origin, droppedText) => {
            nav.selectCode(id);
            void activateCode({ codeId: id, origin, ...(droppedText ? { droppedText } : {}) }).catch(notifyError);
          }}
          onMove={(id, placement) => void move(id, placement)}
          onEdit={(id) => setDialog({ kind: 'edit', id })}
          onDelete={(id) => setDialog({ kind: 'delete', id })}
          onCreate={(parentId) => setDialog({ kind: 'create', parentId })}
        />
      )}
      <p className="hint tree-keys">{t('codebook.keysHint')}</p>

      {dialog?.kind === 'create' ? (
        <CodeEditorDialog
          code={null}
          initial={draftFor(dialog.parentId)}
          codes={list}
          onCancel={() => setDialog(null)}
          onSubmit={async (d) => {
            try {
              const created = await api.call('codes.create', d);
              nav.selectCode(created.id);
              notify('success', t('codebook.created', { name: created.name }));
              setDialog(null);
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      ) : null}
      {editing ? (
        <CodeEditorDialog
          code={editing}
          initial={{ ...editing }}
          codes={list}
          onCancel={() => setDialog(null)}
          onSubmit={async (d) => {
            try {
              await api.call('codes.update', { id: editing.id, name: d.name, color: d.color, description: d.description, inclusion: d.inclusion, exclusion: d.exclusion, example: d.example });
              setDialog(null);
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      ) : null}
      {deleting ? (
        <DeleteCodeDialog
          code={deleting}
          subcodeCount={subtreeIds(list, deleting.id).size - 1}
          totalCodings={[...subtreeIds(list, deleting.id)].reduce((n, id) => n + (byId.get(id)?.codingCount ?? 0), 0)}
          onCancel={() => setDialog(null)}
          onConfirm={(choice) => {
            setDialog(null);
            void run(async () => {
              const r = await api.call('codes.delete', { id: deleting.id, codings: choice });
              notify('info', t('codebook.deleted', { name: deleting.name, codings: r.codingsDeleted, moved: r.codingsMoved }));
            });
          }}
        />
      ) : null}
      {merging ? (
        <MergeCodeDialog
          code={merging}
          codes={list}
          onCancel={() => setDialog(null)}
          onConfirm={(intoId) => {
            setDialog(null);
            void run(async () => {
              const r = await api.call('codes.merge', { fromIds: [merging.id], intoId });
              nav.selectCode(intoId);
              notify('info', t('codebook.merged', { name: merging.name, into: byId.get(intoId)?.name ?? '', codings: r.codingsMoved }));
            });
          }}
        />
      ) : null}
    </section>
  );
}
