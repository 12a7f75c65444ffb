import { useMemo, useState } from 'react';
import type { Code } from '../../../shared/api/methods/code-methods';
import { Modal } from '../shell/Modal';
import { t } from '../i18n/i18n';

export interface QuickCodePaletteProps {
  codes: readonly Code[];
  /** Applies an existing code. */
  onPick(codeId: string): void;
  /** Creates a code with this name, then applies it. */
  onCreate(name: string): void;
  onClose(): void;
}

/** "Parent › Child" for each code, so type-ahead also finds codes by their parent's name. */
export function codePaths(codes: readonly Code[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const out = new Map<string, string>();
  const path = (c: Code, depth = 0): string => {
    if (out.has(c.id)) return out.get(c.id)!;
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    const p = parent && depth < 50 ? `${path(parent, depth + 1)} › ${c.name}` : c.name;
    out.set(c.id, p);
    return p;
  };
  for (const c of codes) path(c);
  return out;
}

/** Codes matching `query`: names starting with it first, then containing it anywhere in the path. */
export function filterCodes(codes: readonly Code[], paths: ReadonlyMap<string, string>, query: string): Code[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...codes].sort((a, b) => (paths.get(a.id) ?? '').localeCompare(paths.get(b.id) ?? ''));
  const starts: Code[] = [];
  const contains: Code[] = [];
  for (const c of codes) {
    if (c.name.toLocaleLowerCase().startsWith(q)) starts.push(c);
    else if ((paths.get(c.id) ?? c.name).toLocaleLowerCase().includes(q)) contains.push(c);
  }
  const byName = (a: Code, b: Code) => a.name.localeCompare(b.name);
  return [...starts.sort(byName), ...contains.sort(byName)];
}

/** The keyboard quick-code palette (Ctrl+K): type to filter, arrows to choose, Enter to apply. */
export function QuickCodePalette({ codes, onPick, onCreate, onClose }: QuickCodePaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const paths = useMemo(() => codePaths(codes), [codes]);
  const matches = useMemo(() => filterCodes(codes, paths, query).slice(0, 50), [codes, paths, query]);
  const exact = matches.some((c) => c.name.toLocaleLowerCase() === query.trim().toLocaleLowerCase());
  const canCreate = query.trim().length > 0 && !exact;
  const total = matches.length + (canCreate ? 1 : 0);
  const choose = (i: number) => {
    if (i < matches.length) onPick(matches[i]!.id);
    else if (canCreate) onCreate(query.trim());
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (total ? (a + 1) % total : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (total ? (a - 1 + total) % total : 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(Math.min(active, total - 1));
    }
  };
  const optionId = (i: number) => `quick-code-option-${i}`;
  return (
    <Modal title={t('document.palette.title')} onClose={onClose}>
      <input
        data-autofocus
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="quick-code-list"
        aria-activedescendant={total ? optionId(Math.min(active, total - 1)) : undefined}
        aria-label={t('document.palette.search')}
        placeholder={t('document.palette.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="quick-code-list" role="listbox" className="palette-list" aria-label={t('document.palette.codes')}>
        {matches.map((c, i) => (
          <li
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'palette-option palette-active' : 'palette-option'}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(i);
            }}
          >
            <span className="code-swatch" style={{ backgroundColor: c.color }} aria-hidden="true" />
            {paths.get(c.id)}
          </li>
        ))}
        {canCreate ? (
          <li
            id={optionId(matches.length)}
            role="option"
            aria-selected={active === matches.length}
            className={active === matches.length ? 'palette-option palette-active' : 'palette-option'}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(matches.length);
            }}
          >
            {t('document.palette.create', { name: query.trim() })}
          </li>
        ) : null}
        {total === 0 ? <li className="palette-empty">{t('document.palette.none')}</li> : null}
      </ul>
    </Modal>
  );
}
