import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Attribute, Case } from '../../../shared/api/methods/case-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { notifyError } from '../state/notifications';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { PromptDialog } from '../shell/PromptDialog';
import { AddAttributeDialog } from './AddAttributeDialog';
import { CaseImportDialog } from './CaseImportDialog';
import { LinkSourcesDialog } from './LinkSourcesDialog';
import { moveCell, type Cell } from './grid-navigation';
import { errorText } from '../i18n/error-text';

const ROW_HEIGHT = 34;
type Column = { kind: 'name' } | { kind: 'attribute'; attribute: Attribute } | { kind: 'sources' };
type Dialog = 'add-case' | 'add-attribute' | 'import' | 'link' | 'delete' | null;
const cellId = (row: number, col: number) => `case-cell-${row}-${col}`;

/**
 * The case table, edited like a spreadsheet (ARIA grid): arrows, Tab, Enter, Home/End move the
 * active cell; typing or Enter/F2 edits it; Enter or Tab commits (attributes.setValue, or
 * cases.rename for the name) and moves on, Escape cancels; Delete clears a value. Rows are
 * virtualised and focus stays on the grid (aria-activedescendant).
 */
export function CaseTable() {
  const api = useApi();
  const cases = useApiData('cases.list', {}, ['cases.changed', 'sources.changed']);
  const attributes = useApiData('attributes.list', {}, ['cases.changed']);
  const sources = useApiData('sources.list', {}, ['sources.changed']);
  const rows: readonly Case[] = useMemo(() => cases.data ?? [], [cases.data]);
  const columns: Column[] = useMemo(
    () => [{ kind: 'name' }, ...(attributes.data ?? []).filter((a) => a.scope === 'case').map((attribute) => ({ kind: 'attribute' as const, attribute })), { kind: 'sources' }],
    [attributes.data],
  );
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ cell: Cell; value: string } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10, initialRect: { width: 800, height: 600 } });
  const sourceNames = new Map((sources.data ?? []).map((s) => [s.id, s.name]));
  const at: Cell = { row: Math.min(active.row, Math.max(0, rows.length - 1)), col: Math.min(active.col, columns.length - 1) };
  const activeCase = rows[at.row];

  const valueOf = (c: Case, col: Column): string =>
    col.kind === 'name' ? c.name : col.kind === 'attribute' ? c.values[col.attribute.id] ?? '' : c.sourceIds.map((id) => sourceNames.get(id) ?? id).join(', ');

  const go = (cell: Cell) => {
    setActive(cell);
    virtualizer.scrollToIndex(cell.row, { align: 'auto' });
  };

  // One commit per edit: Enter/Tab commit and then move focus, which blurs the editor too.
  const doneRef = useRef(true);
  const commit = async (cell: Cell, value: string) => {
    if (doneRef.current) return;
    doneRef.current = true;
    setEditing(null);
    gridRef.current?.focus();
    await save(cell, value);
  };

  const save = async (cell: Cell, value: string) => {
    const c = rows[cell.row];
    const col = columns[cell.col];
    if (!c || !col || value === valueOf(c, col)) return;
    try {
      if (col.kind === 'name') {
        if (value.trim()) await api.call('cases.rename', { id: c.id, name: value.trim() });
      } else if (col.kind === 'attribute') {
        await api.call('attributes.setValue', { attributeId: col.attribute.id, caseId: c.id, value: value.trim() === '' ? null : value });
      }
    } catch (err) {
      notifyError(err);
    }
  };

  const startEdit = (cell: Cell, initial?: string) => {
    const c = rows[cell.row];
    const col = columns[cell.col];
    if (!c || !col) return;
    if (col.kind === 'sources') {
      setDialog('link');
      return;
    }
    doneRef.current = false;
    setEditing({ cell, value: initial ?? valueOf(c, col) });
  };

  const onGridKey = (e: React.KeyboardEvent) => {
    if (editing || rows.length === 0) return;
    const col = columns[at.col];
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit(at);
      return;
    }
    if ((e.key === 'Delete' || e.key === 'Backspace') && col?.kind === 'attribute' && activeCase) {
      e.preventDefault();
      void save(at, '');
      return;
    }
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && col?.kind !== 'sources') {
      e.preventDefault();
      startEdit(at, e.key);
      return;
    }
    const next = moveCell(at, e.key, { shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey }, rows.length, columns.length);
    if (next) {
      e.preventDefault();
      go(next);
    }
  };

  const onEditorKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      doneRef.current = true;
      setEditing(null);
      gridRef.current?.focus();
      return;
    }
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      const from = editing.cell;
      void commit(from, e.currentTarget.value);
      const next = moveCell(from, e.key, { shift: e.shiftKey }, rows.length, columns.length);
      if (next) go(next);
    }
  };

  const gridTemplate = `minmax(220px, 2fr) ${columns
    .slice(1, -1)
    .map(() => 'minmax(120px, 1fr)')
    .join(' ')} minmax(180px, 1.6fr)`;

  return (
    <section className="case-table" aria-labelledby="case-table-heading">
      <div className="pane-header">
        <h2 id="case-table-heading">{t('cases.title')}</h2>
        <span className="panel-count">{t('cases.count', { cases: rows.length, attributes: columns.length - 2 })}</span>
      </div>
      <div className="toolbar" role="toolbar" aria-label={t('cases.toolbar')}>
        <button type="button" className="primary" onClick={() => setDialog('add-case')}>
          {t('cases.addCase')}
        </button>
        <button type="button" onClick={() => setDialog('add-attribute')}>
          {t('cases.addAttribute')}
        </button>
        <button type="button" disabled={!activeCase} onClick={() => setDialog('link')}>
          {t('cases.linkSources')}
        </button>
        <button type="button" onClick={() => setDialog('import')}>
          {t('cases.import')}
        </button>
        <button type="button" className="danger-text" disabled={!activeCase} onClick={() => setDialog('delete')}>
          {t('cases.deleteCase')}
        </button>
      </div>
      {rows.length === 0 && !cases.loading ? <p className="empty">{t('cases.empty')}</p> : null}
      <div ref={scrollRef} className="grid-scroll">
        <div
          ref={gridRef}
          role="grid"
          aria-label={t('cases.grid')}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length}
          aria-activedescendant={rows.length ? cellId(at.row, at.col) : undefined}
          tabIndex={0}
          className="grid"
          onKeyDown={onGridKey}
        >
          <div role="row" aria-rowindex={1} className="grid-row grid-head" style={{ gridTemplateColumns: gridTemplate }}>
            {columns.map((col, i) => (
              <div key={i} role="columnheader" aria-colindex={i + 1} className="grid-cell" title={col.kind === 'attribute' ? t('cases.attributeHint', { type: t(`cases.type.${col.attribute.type}`) }) : undefined}>
                {col.kind === 'name' ? t('cases.column.case') : col.kind === 'sources' ? t('cases.column.sources') : col.attribute.name}
              </div>
            ))}
          </div>
          <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const c = rows[item.index]!;
              return (
                <div
                  key={c.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={`grid-row${item.index === at.row ? ' active-row' : ''}`}
                  style={{ gridTemplateColumns: gridTemplate, transform: `translateY(${item.start}px)` }}
                >
                  {columns.map((col, ci) => {
                    const isActive = item.index === at.row && ci === at.col;
                    const isEditing = editing && editing.cell.row === item.index && editing.cell.col === ci;
                    return (
                      <div
                        key={ci}
                        id={cellId(item.index, ci)}
                        role={ci === 0 ? 'rowheader' : 'gridcell'}
                        aria-colindex={ci + 1}
                        aria-selected={isActive}
                        aria-readonly={col.kind === 'sources' ? true : undefined}
                        className={`grid-cell${isActive ? ' active' : ''}${col.kind === 'sources' ? ' muted' : ''}`}
                        onClick={() => {
                          setActive({ row: item.index, col: ci });
                          gridRef.current?.focus();
                        }}
                        onDoubleClick={() => startEdit({ row: item.index, col: ci })}
                      >
                        {isEditing ? (
                          <input
                            autoFocus
                            className="cell-editor"
                            aria-label={t('cases.editCell', { column: col.kind === 'attribute' ? col.attribute.name : t('cases.column.case'), case: c.name })}
                            value={editing.value}
                            onChange={(e) => setEditing({ cell: editing.cell, value: e.target.value })}
                            onKeyDown={onEditorKey}
                            onBlur={(e) => void commit(editing.cell, e.currentTarget.value)}
                          />
                        ) : (
                          valueOf(c, col)
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p className="hint">{t('cases.keysHint')}</p>

      {dialog === 'add-case' ? (
        <PromptDialog
          title={t('cases.addCase')}
          label={t('cases.caseName')}
          confirmLabel={t('cases.addCaseButton')}
          onCancel={() => setDialog(null)}
          onSubmit={async (name) => {
            try {
              await api.call('cases.create', { name });
              setDialog(null);
              setActive({ row: rows.length, col: 0 });
            } catch (err) {
              return errorText(err);
            }
          }}
        />
      ) : null}
      {dialog === 'add-attribute' ? <AddAttributeDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? <CaseImportDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'link' && activeCase ? <LinkSourcesDialog kase={activeCase} sources={sources.data ?? []} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' && activeCase ? (
        <ConfirmDialog
          title={t('cases.deleteTitle', { name: activeCase.name })}
          message={t('cases.deleteMessage')}
          confirmLabel={t('cases.deleteCase')}
          danger
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void api.call('cases.delete', { ids: [activeCase.id] }).catch(notifyError);
          }}
        />
      ) : null}
    </section>
  );
}
