import { useRef } from 'react';
import { t } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { MAIN_VIEWS } from './views';

export const viewTabId = (view: string) => `view-tab-${view}`;
export const VIEW_PANEL_ID = 'main-view-panel';

/** Tabs over the main area (ARIA tabs: arrows move and select, Home/End; Alt+1…9 from anywhere). */
export function ViewBar() {
  const nav = useNavigation();
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const at = MAIN_VIEWS.findIndex((v) => v.view === nav.view);
    let next = -1;
    if (e.key === 'ArrowRight') next = (at + 1) % MAIN_VIEWS.length;
    else if (e.key === 'ArrowLeft') next = (at - 1 + MAIN_VIEWS.length) % MAIN_VIEWS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = MAIN_VIEWS.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const view = MAIN_VIEWS[next]!.view;
    nav.setView(view);
    ref.current?.querySelector<HTMLElement>(`#${viewTabId(view)}`)?.focus();
  };
  return (
    <div ref={ref} className="view-bar" role="tablist" aria-label={t('shell.view.label')} onKeyDown={onKeyDown}>
      {MAIN_VIEWS.map(({ view, labelKey }, i) => (
        <button
          key={view}
          id={viewTabId(view)}
          type="button"
          role="tab"
          aria-selected={nav.view === view}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={nav.view === view ? 0 : -1}
          title={t('shell.view.shortcut', { key: i + 1 })}
          onClick={() => nav.setView(view)}
        >
          {t(labelKey)}
        </button>
      ))}
    </div>
  );
}
