import { useEffect, useState } from 'react';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { notify } from '../state/notifications';
import { MenuButton, type MenuItem } from './MenuButton';
import { PromptDialog } from './PromptDialog';
import { shortcutLabel } from './shortcut-label';
import { ReportDialog } from '../report';
import { ExportDialog, ImportExchangeDialog } from '../exchange';
import { errorText } from '../i18n/error-text';

type Dialog = 'new' | 'open' | 'copy' | 'rename' | 'report' | 'export' | 'import' | null;

/**
 * The project menu of the in-app header: new, open (by path: a browser has no native file dialog;
 * in Electron the native File menu offers them with dialogs), recent projects, save a copy, rename.
 */
export function ProjectMenu({ projectName, projectPath }: { projectName: string; projectPath: string }) {
  const api = useApi();
  const recent = useApiData('project.recent', {}, ['project.changed']);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [sample, setSample] = useState(false);

  // Ctrl/Cmd+O opens a project by path in the browser; the Electron menu owns it there.
  useEffect(() => {
    if (window.telaah) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        setDialog('open');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Recent projects that still exist, newest first, without the open one; the folder tells apart
  // projects with the same name.
  const seen = new Set([projectPath]);
  const recentItems: MenuItem[] = (recent.data ?? [])
    .filter((r) => r.exists && !seen.has(r.path) && seen.add(r.path))
    .slice(0, 6)
    .map((r, i) => ({
      id: `recent-${r.path}`,
      label: t('shell.project.recentItem', { name: r.name }),
      hint: r.path.split(/[/\\]/).slice(-2, -1)[0] ?? '',
      separated: i === 0,
      onSelect: () => void open(r.path),
    }));

  const open = async (path: string): Promise<string | void> => {
    try {
      const info = await api.call('project.open', { path });
      notify('success', t('shell.project.opened', { name: info.name }));
      setDialog(null);
    } catch (err) {
      return errorText(err);
    }
  };

  const items: MenuItem[] = [
    { id: 'new', label: t('shell.project.new'), ...(window.telaah ? { hint: shortcutLabel('Mod+N') } : {}), onSelect: () => setDialog('new') },
    { id: 'open', label: t('shell.project.open'), hint: shortcutLabel('Mod+O'), onSelect: () => setDialog('open') },
    ...recentItems,
    { id: 'copy', label: t('shell.project.saveCopy'), separated: true, onSelect: () => setDialog('copy') },
    { id: 'rename', label: t('shell.project.rename'), onSelect: () => setDialog('rename') },
    { id: 'import', label: t('shell.project.importExchange'), separated: true, onSelect: () => setDialog('import') },
    { id: 'export', label: t('shell.project.export'), onSelect: () => setDialog('export') },
    { id: 'report', label: t('shell.project.report'), onSelect: () => setDialog('report') },
  ];
  const dir = projectPath.replace(/[^/\\]*$/, '');

  return (
    <>
      <MenuButton label={t('shell.project.menu')} items={items} className="project-menu" />
      {dialog === 'new' ? (
        <PromptDialog
          title={t('shell.project.new')}
          label={t('shell.project.pathLabel')}
          initial={`${dir}${t('shell.project.newFileName')}.telaah`}
          confirmLabel={t('shell.project.create')}
          onCancel={() => setDialog(null)}
          onSubmit={async (path) => {
            try {
              const info = await api.call('project.create', { path, sample });
              notify('success', t('shell.project.created', { name: info.name }));
              setDialog(null);
            } catch (err) {
              return errorText(err);
            }
          }}
        >
          <label className="check">
            <input type="checkbox" checked={sample} onChange={(e) => setSample(e.target.checked)} />
            <span>{t('shell.project.withSample')}</span>
          </label>
        </PromptDialog>
      ) : null}
      {dialog === 'open' ? (
        <PromptDialog
          title={t('shell.project.open')}
          label={t('shell.project.pathLabel')}
          initial={dir}
          confirmLabel={t('shell.project.openButton')}
          onCancel={() => setDialog(null)}
          onSubmit={open}
        />
      ) : null}
      {dialog === 'copy' ? (
        <PromptDialog
          title={t('shell.project.saveCopy')}
          label={t('shell.project.copyPathLabel')}
          initial={projectPath.replace(/\.telaah$/i, '') + t('shell.project.copySuffix') + '.telaah'}
          confirmLabel={t('shell.project.saveCopyButton')}
          onCancel={() => setDialog(null)}
          onSubmit={async (path) => {
            try {
              const r = await api.call('project.saveCopy', { path });
              notify('success', t('shell.project.copySaved', { path: r.path }));
              setDialog(null);
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      ) : null}
      {dialog === 'report' ? <ReportDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' ? <ExportDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? <ImportExchangeDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'rename' ? (
        <PromptDialog
          title={t('shell.project.rename')}
          label={t('shell.project.nameLabel')}
          initial={projectName}
          confirmLabel={t('shell.dialog.save')}
          onCancel={() => setDialog(null)}
          onSubmit={async (name) => {
            try {
              await api.call('project.rename', { name });
              setDialog(null);
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      ) : null}
    </>
  );
}
