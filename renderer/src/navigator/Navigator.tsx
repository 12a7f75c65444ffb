import { useRef, useState } from 'react';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { notify, notifyError } from '../state/notifications';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { PromptDialog } from '../shell/PromptDialog';
import { CaseList } from './CaseList';
import { ImportStatus } from './ImportStatus';
import { SetList } from './SetList';
import { SourceList } from './SourceList';
import { useImport } from './use-import';
import { errorText } from '../i18n/error-text';

type Tab = 'sources' | 'sets' | 'cases';
const TABS: Tab[] = ['sources', 'sets', 'cases'];

/** Formats the importers read (the file input offers them; anything else is refused with a reason). */
const IMPORT_ACCEPT = '.txt,.md,.docx,.odt,.pdf,.html,.htm,.rtf,.vtt,.srt,.sbv';

type Dialog = { kind: 'rename'; id: string } | { kind: 'delete'; ids: string[] } | null;

/** The left column: sources (import, filter, rename, delete), sets and cases, in tabs. */
export function Navigator() {
  const api = useApi();
  const nav = useNavigation();
  const sources = useApiData('sources.list', {}, ['sources.changed', 'codings.changed', 'cases.changed']);
  const [tab, setTab] = useState<Tab>('sources');
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const importer = useImport();
  const list = sources.data ?? [];
  const byId = new Map(list.map((s) => [s.id, s]));
  const checkedIds = [...checked].filter((id) => byId.has(id));

  const toggleChecked = (id: string) =>
    setChecked((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onTabKey = (e: React.KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? (at + 1) % TABS.length : e.key === 'ArrowLeft' ? (at + TABS.length - 1) % TABS.length : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(TABS[next]!);
    document.getElementById(`nav-tab-${TABS[next]}`)?.focus();
  };

  const renaming = dialog?.kind === 'rename' ? byId.get(dialog.id) : undefined;

  return (
    <div
      className={`navigator-inner${dragging ? ' drop-active' : ''}`}
      onDragOver={(e) => {
        if ([...e.dataTransfer.types].includes('Files')) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        setDragging(false);
        setTab('sources');
        void importer.start([...e.dataTransfer.files]);
      }}
    >
      <div className="tabs" role="tablist" aria-label={t('navigator.tabs')} onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`nav-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`nav-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {t(`navigator.tab.${name}`)}
          </button>
        ))}
      </div>
      <div className="nav-panel" id={`nav-panel-${tab}`} role="tabpanel" aria-labelledby={`nav-tab-${tab}`}>
        {tab === 'sources' ? (
          <>
            <div className="toolbar" role="toolbar" aria-label={t('navigator.sources.toolbar')}>
              <button type="button" className="primary" onClick={() => fileInput.current?.click()} disabled={!!importer.progress} title={t('navigator.import.hint')}>
                {t('navigator.import.button')}
              </button>
              <input
                ref={fileInput}
                type="file"
                multiple
                accept={IMPORT_ACCEPT}
                className="visually-hidden"
                tabIndex={-1}
                aria-label={t('navigator.import.button')}
                data-testid="import-input"
                onChange={(e) => {
                  const files = [...(e.target.files ?? [])];
                  e.target.value = '';
                  void importer.start(files);
                }}
              />
              <button type="button" disabled={!nav.sourceId} onClick={() => nav.sourceId && setDialog({ kind: 'rename', id: nav.sourceId })}>
                {t('navigator.sources.rename')}
              </button>
              <button
                type="button"
                className="danger-text"
                disabled={checkedIds.length === 0 && !nav.sourceId}
                onClick={() => setDialog({ kind: 'delete', ids: checkedIds.length ? checkedIds : nav.sourceId ? [nav.sourceId] : [] })}
              >
                {checkedIds.length ? t('navigator.sources.deleteTicked', { count: checkedIds.length }) : t('navigator.sources.delete')}
              </button>
            </div>
            <ImportStatus state={importer} />
            {sources.error ? (
              <p className="pane-message" role="alert">
                {errorText(sources.error)}
              </p>
            ) : (
              <SourceList
                sources={list}
                openId={nav.sourceId}
                checked={checked}
                onOpen={(id) => nav.openSource(id)}
                onToggleChecked={toggleChecked}
                onRename={(id) => setDialog({ kind: 'rename', id })}
                onDelete={(ids) => setDialog({ kind: 'delete', ids })}
              />
            )}
            <p className="hint drop-hint">{dragging ? t('navigator.import.dropNow') : t('navigator.import.dropHint')}</p>
          </>
        ) : tab === 'sets' ? (
          <SetList sources={list} checkedIds={checkedIds} />
        ) : (
          <CaseList sources={list} />
        )}
      </div>

      {renaming ? (
        <PromptDialog
          title={t('navigator.sources.renameTitle')}
          label={t('navigator.sources.nameLabel')}
          initial={renaming.name}
          confirmLabel={t('shell.dialog.save')}
          onCancel={() => setDialog(null)}
          onSubmit={async (name) => {
            try {
              await api.call('sources.rename', { id: renaming.id, name });
              setDialog(null);
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' && dialog.ids.length ? (
        <ConfirmDialog
          title={t('navigator.sources.deleteTitle', { count: dialog.ids.length })}
          message={
            dialog.ids.length === 1
              ? t('navigator.sources.deleteOne', { name: byId.get(dialog.ids[0]!)?.name ?? '', codings: byId.get(dialog.ids[0]!)?.codingCount ?? 0 })
              : t('navigator.sources.deleteMany', { count: dialog.ids.length, codings: dialog.ids.reduce((n, id) => n + (byId.get(id)?.codingCount ?? 0), 0) })
          }
          confirmLabel={t('navigator.sources.deleteConfirm')}
          danger
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            const ids = dialog.ids;
            setDialog(null);
            void api.call('sources.delete', { ids }).then(
              (r) => {
                notify('info', t('navigator.sources.deleted', { count: r.deleted }));
                setChecked(new Set());
                if (nav.sourceId && ids.includes(nav.sourceId)) nav.reset();
              },
              notifyError,
            );
          }}
        />
      ) : null}
    </div>
  );
}
