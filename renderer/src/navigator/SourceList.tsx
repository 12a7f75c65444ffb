import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SourceSummary } from '../../../shared/api/methods/source-methods';
import { getLanguage, t } from '../i18n/i18n';

const ROW_HEIGHT = 44;
const optionId = (id: string) => `source-option-${id}`;

export interface SourceListProps {
  sources: readonly SourceSummary[];
  openId: string | null;
  checked: ReadonlySet<string>;
  onOpen(id: string): void;
  onToggleChecked(id: string): void;
  onRename(id: string): void;
  onDelete(ids: string[]): void;
}

/**
 * The sources, filtered by name and virtualised (a listbox with aria-activedescendant, so focus
 * survives scrolling): arrows move, Enter opens, Space ticks for sets and bulk delete, F2 renames,
 * Delete deletes (ticked ones, else the current one).
 */
export function SourceList({ sources, openId, checked, onOpen, onToggleChecked, onRename, onDelete }: SourceListProps) {
  const [filter, setFilter] = useState('');
  const [activeId, setActiveId] = useState<string | null>(openId);
  const filterId = useId();
  const visible = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return needle ? sources.filter((s) => s.name.toLocaleLowerCase().includes(needle)) : sources;
  }, [sources, filter]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10, initialRect: { width: 280, height: 800 } });
  const activeIndex = visible.findIndex((s) => s.id === activeId);
  useEffect(() => {
    if (openId) setActiveId(openId);
  }, [openId]);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const go = (i: number) => {
      const s = visible[Math.max(0, Math.min(visible.length - 1, i))];
      if (s) setActiveId(s.id);
    };
    const current = visible[activeIndex];
    switch (e.key) {
      case 'ArrowDown':
        go(activeIndex + 1);
        break;
      case 'ArrowUp':
        go(activeIndex < 0 ? visible.length - 1 : activeIndex - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(visible.length - 1);
        break;
      case 'Enter':
        if (current) onOpen(current.id);
        break;
      case ' ':
        if (current) onToggleChecked(current.id);
        break;
      case 'F2':
        if (current) onRename(current.id);
        break;
      case 'Delete':
        if (checked.size) onDelete([...checked]);
        else if (current) onDelete([current.id]);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div className="source-list">
      <div className="filter">
        <label htmlFor={filterId} className="visually-hidden">
          {t('navigator.sources.filter')}
        </label>
        <input id={filterId} type="search" value={filter} placeholder={t('navigator.sources.filter')} onChange={(e) => setFilter(e.target.value)} />
      </div>
      {visible.length === 0 ? (
        <p className="empty">{sources.length ? t('navigator.sources.noMatch') : t('navigator.sources.empty')}</p>
      ) : null}
      <div ref={scrollRef} className="list-scroll">
        <div
          role="listbox"
          aria-label={t('navigator.sources.list')}
          aria-multiselectable="true"
          aria-activedescendant={activeIndex >= 0 ? optionId(visible[activeIndex]!.id) : undefined}
          tabIndex={0}
          className="list"
          data-testid="source-list"
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (activeIndex < 0 && visible[0]) setActiveId(visible[0].id);
          }}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const s = visible[item.index]!;
            const isChecked = checked.has(s.id);
            return (
              <div
                key={s.id}
                id={optionId(s.id)}
                role="option"
                aria-selected={isChecked}
                aria-current={s.id === openId ? 'true' : undefined}
                aria-label={t('navigator.sources.item', { name: s.name, codings: s.codingCount })}
                className={`list-row${s.id === activeId ? ' active' : ''}${s.id === openId ? ' open' : ''}${isChecked ? ' checked' : ''}`}
                title={t('navigator.sources.tooltip', { name: s.name, format: s.format, words: s.wordCount, codings: s.codingCount })}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={(e) => {
                  setActiveId(s.id);
                  if (e.ctrlKey || e.metaKey) onToggleChecked(s.id);
                  else onOpen(s.id);
                }}
              >
                <span
                  className={`tick${isChecked ? ' on' : ''}`}
                  aria-hidden="true"
                  onClick={(e) => {
                    e.stopPropagation();
                    setActiveId(s.id);
                    onToggleChecked(s.id);
                  }}
                />
                <span className="row-main">
                  <span className="row-name">{s.name}</span>
                  <span className="row-meta">{t('navigator.sources.meta', { format: s.format.toUpperCase(), words: s.wordCount.toLocaleString(getLanguage() === 'id' ? 'id-ID' : 'en-GB') })}</span>
                </span>
                <span className="badge" aria-hidden="true" title={t('navigator.sources.codingsHint')}>
                  {s.codingCount}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
