import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';
import { CODE_MIME, TEXT_SELECTION_MIME } from '../state/code-activation';
import { buildCodeTree, dropPlacement, dropPositionAt, indent, moveDown, moveUp, outdent, visibleRows, type DropPosition, type Placement } from './code-tree-model';
import { codeTooltip } from './code-tooltip';

export interface CodeTreeProps {
  codes: readonly Code[];
  activeId: string | null;
  filter: string;
  onSelect(id: string): void;
  /** Click, Enter or text dropped on a code: apply it to the document's selection. */
  onActivate(id: string, origin: 'tree-click' | 'tree-keyboard' | 'drop', droppedText?: string): void;
  onMove(id: string, placement: Placement): void;
  onEdit(id: string): void;
  onDelete(id: string): void;
  onCreate(parentId: string | null): void;
}

const ROW_HEIGHT = 30;
const rowId = (id: string) => `code-row-${id}`;

function isTextDrag(types: readonly string[]): boolean {
  return types.includes(TEXT_SELECTION_MIME) || (types.includes('text/plain') && !types.includes(CODE_MIME));
}

/**
 * The codebook tree (ARIA tree with aria-activedescendant, so focus survives virtualised rows):
 * arrows move and expand/collapse, Enter applies the code, F2 edits, Delete deletes, Insert adds
 * a subcode, Alt+Up/Down reorder, Alt+Right nests under the previous sibling, Alt+Left outdents.
 * Rows can be dragged to reorder and nest; dropping dragged document text on a code applies it.
 */
export function CodeTree({ codes, activeId, filter, onSelect, onActivate, onMove, onEdit, onDelete, onCreate }: CodeTreeProps) {
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(codes.map((c) => c.id)));
  const knownRef = useRef(new Set(codes.map((c) => c.id)));
  // New codes (created, or back by undo) open expanded, so a new subcode is seen at once.
  useEffect(() => {
    const fresh = codes.filter((c) => !knownRef.current.has(c.id));
    if (fresh.length === 0) return;
    for (const c of fresh) knownRef.current.add(c.id);
    setExpanded((e) => new Set([...e, ...fresh.map((c) => c.id), ...fresh.map((c) => c.parentId).filter((p): p is string => !!p)]));
  }, [codes]);
  const rows = useMemo(() => visibleRows(tree, expanded, filter), [tree, expanded, filter]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 300, height: 800 },
  });
  const [dropHint, setDropHint] = useState<{ id: string; position: DropPosition | 'apply' } | null>(null);
  const activeIndex = rows.findIndex((r) => r.node.code.id === activeId);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  const toggle = (id: string, open?: boolean) =>
    setExpanded((e) => {
      const next = new Set(e);
      if (open ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (e: React.KeyboardEvent) => {
    const row = rows[activeIndex];
    const go = (i: number) => {
      const r = rows[Math.max(0, Math.min(rows.length - 1, i))];
      if (r) onSelect(r.node.code.id);
    };
    if (!row) {
      if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key) && rows.length) {
        e.preventDefault();
        go(e.key === 'End' || e.key === 'ArrowUp' ? rows.length - 1 : 0);
      }
      if (e.key === 'Insert') {
        e.preventDefault();
        onCreate(null);
      }
      return;
    }
    const id = row.node.code.id;
    if (e.altKey) {
      const placement =
        e.key === 'ArrowUp' ? moveUp(codes, id) : e.key === 'ArrowDown' ? moveDown(codes, id) : e.key === 'ArrowRight' ? indent(codes, id) : e.key === 'ArrowLeft' ? outdent(codes, id) : undefined;
      if (placement === undefined) return;
      e.preventDefault();
      if (placement) onMove(id, placement);
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        go(activeIndex + 1);
        break;
      case 'ArrowUp':
        go(activeIndex - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.node.children.length && !row.expanded) toggle(id, true);
        else if (row.expanded) go(activeIndex + 1);
        break;
      case 'ArrowLeft':
        if (row.expanded && row.node.children.length) toggle(id, false);
        else if (row.node.code.parentId) onSelect(row.node.code.parentId);
        break;
      case 'Enter':
      case ' ':
        onActivate(id, 'tree-keyboard');
        break;
      case 'F2':
        onEdit(id);
        break;
      case 'Delete':
        onDelete(id);
        break;
      case 'Insert':
        onCreate(e.shiftKey ? row.node.code.parentId : id);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const onDragOverRow = (e: React.DragEvent<HTMLDivElement>, id: string) => {
    const types = [...e.dataTransfer.types];
    if (types.includes(CODE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      const rect = e.currentTarget.getBoundingClientRect();
      setDropHint({ id, position: dropPositionAt(e.clientY - rect.top, rect.height || ROW_HEIGHT) });
    } else if (isTextDrag(types)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDropHint({ id, position: 'apply' });
    }
  };

  const onDropRow = (e: React.DragEvent<HTMLDivElement>, id: string) => {
    e.preventDefault();
    e.stopPropagation();
    const hint = dropHint;
    setDropHint(null);
    const dragged = e.dataTransfer.getData(CODE_MIME);
    if (dragged) {
      const rect = e.currentTarget.getBoundingClientRect();
      const position = hint?.id === id && hint.position !== 'apply' ? hint.position : dropPositionAt(e.clientY - rect.top, rect.height || ROW_HEIGHT);
      const placement = dropPlacement(codes, dragged, id, position);
      if (placement) onMove(dragged, placement);
      return;
    }
    const text = e.dataTransfer.getData(TEXT_SELECTION_MIME) || e.dataTransfer.getData('text/plain');
    onSelect(id);
    onActivate(id, 'drop', text || undefined);
  };

  const activeDescendant = activeIndex >= 0 ? rowId(rows[activeIndex]!.node.code.id) : undefined;

  return (
    <div
      ref={scrollRef}
      className="code-tree-scroll"
      onDragOver={(e) => {
        if ([...e.dataTransfer.types].includes(CODE_MIME)) e.preventDefault();
      }}
      onDrop={(e) => {
        // Dropped below the last row: to the end of the top level.
        const dragged = e.dataTransfer.getData(CODE_MIME);
        setDropHint(null);
        if (!dragged) return;
        e.preventDefault();
        const top = codes.filter((c) => c.parentId === null && c.id !== dragged).length;
        onMove(dragged, { parentId: null, index: top });
      }}
    >
      <div
        role="tree"
        aria-label={t('codebook.tree.label')}
        aria-activedescendant={activeDescendant}
        tabIndex={0}
        className="code-tree"
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (activeIndex < 0 && rows[0]) onSelect(rows[0].node.code.id);
        }}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const { code } = row.node;
          const hint = dropHint?.id === code.id ? dropHint.position : null;
          return (
            <div
              key={code.id}
              id={rowId(code.id)}
              role="treeitem"
              aria-level={row.node.depth + 1}
              aria-posinset={row.index + 1}
              aria-setsize={row.siblingCount}
              aria-expanded={row.node.children.length ? row.expanded : undefined}
              aria-selected={code.id === activeId}
              aria-label={t('codebook.item.label', { name: code.name, codings: code.codingCount, sources: code.sourceCount })}
              className={`code-row${code.id === activeId ? ' active' : ''}${hint ? ` drop-${hint}` : ''}`}
              data-code-id={code.id}
              title={codeTooltip(code, row.node.totalCodings)}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(CODE_MIME, code.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => onDragOverRow(e, code.id)}
              onDragLeave={() => setDropHint((h) => (h?.id === code.id ? null : h))}
              onDrop={(e) => onDropRow(e, code.id)}
              onDragEnd={() => setDropHint(null)}
              onClick={() => {
                onSelect(code.id);
                onActivate(code.id, 'tree-click');
              }}
              onDoubleClick={() => onEdit(code.id)}
              style={{ transform: `translateY(${item.start}px)`, paddingLeft: 6 + row.node.depth * 16 }}
            >
              <span
                className={`twisty${row.node.children.length ? '' : ' leaf'}`}
                aria-hidden="true"
                onClick={(e) => {
                  e.stopPropagation();
                  if (row.node.children.length) toggle(code.id);
                }}
              >
                {row.node.children.length ? (row.expanded ? '▾' : '▸') : ''}
              </span>
              <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
              <span className="code-name">{code.name}</span>
              <span className="code-count" aria-hidden="true">
                {row.node.children.length && !row.expanded ? row.node.totalCodings : code.codingCount}
              </span>
              <span className="code-sources" aria-hidden="true">
                {code.sourceCount}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
