import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Code } from '../../../shared/api/methods/code-methods';
import type { Coding } from '../../../shared/api/methods/coding-methods';
import { ApiError } from '../../../shared/api/errors';
import { PositionIndex } from '../../../shared/text/positions';
import { snapToGraphemes } from '../../../shared/text/graphemes';
import { assignLanes } from '../../../shared/text/segments';
import { useApi, useApiData } from '../api/api-context';
import { t, useLanguage } from '../i18n/i18n';
import { useNavigation } from '../state/navigation';
import { activateCode, useCodeActivationHandler, TEXT_SELECTION_MIME } from '../state/code-activation';
import { getTextSelection, setTextSelection, useTextSelection, type TextSelection } from '../state/text-selection';
import { useActiveCoder } from '../state/active-coder';
import { getRecentCodes, rememberCode } from '../state/recent-codes';
import { notify, notifyError } from '../state/notifications';
import { setSearchHighlight, useSearchHighlight } from '../search/search-highlight';
import { openMemoTarget } from '../memos/memo-selection';
import { BlockRow, codingLabel, type RowContext } from './BlockRow';
import { blockIndexAt, blocksOrWhole, layoutBlocks, type TextRange } from './document-layout';
import { codePointToDomPoint, domPointToCodePoint } from './dom-positions';
import { setFocusedCoding, useFocusedCoding } from './coding-focus';
import { flushStripeLayouts } from './stripe-layout-queue';
import { inVivoName, stepGrapheme } from './grapheme-steps';
import { QuickCodePalette } from './QuickCodePalette';
import { RecentCodesBar } from './RecentCodesBar';
import { TextEditDialog } from './TextEditDialog';
import { useSourceCodings } from './use-source-codings';
import './document.css';
import { errorText } from '../i18n/error-text';

/** Performance marks the browser benchmark reads (test/bench/document-view-bench.ts). */
export const MARKS = {
  openStart: 'telaah:doc-open-start',
  rendered: 'telaah:doc-rendered',
  open: 'telaah:doc-open',
  applyStart: 'telaah:apply-start',
  applyPainted: 'telaah:apply-painted',
  apply: 'telaah:apply-to-highlight',
} as const;

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // performance marks are diagnostics only
  }
}

function measure(name: string, start: string, end: string): void {
  try {
    performance.measure(name, start, end);
  } catch {
    // a start mark may be missing (e.g. cleared); nothing to measure
  }
}

/** Rough height of a block before it is measured: one line per ~90 characters. */
function estimateHeight(chars: number): number {
  return Math.max(1, Math.ceil(chars / 90)) * 22 + 12;
}

/**
 * The document view: a source's text, one row per block (paragraph or speaker turn) with speaker and
 * time apart from the text, codings as highlights in their codes' colours (overlap shows as deeper
 * colour and stacked underlines) and a gutter of coding stripes. Only the rows in view are rendered
 * (virtualised), and a change of codings re-renders only rows whose content changed.
 *
 * Each rendered row's text is a read-only Lexical editor (lexical/ReadOnlyBlockText.tsx): one
 * paragraph of CodedRunNodes, one per run, each carrying its code points. One editor for the whole
 * transcript would keep a node tree of all of it and reconcile it into the DOM; one editor per
 * visible row keeps Lexical's work proportional to what is on screen, and is rebuilt only when that
 * row's runs change. Selections map to code points through the runs' data attributes
 * (dom-positions.ts), across rows and so across editors.
 */
export function DocumentPane() {
  useLanguage();
  const api = useApi();
  const nav = useNavigation();
  const sourceId = nav.sourceId;
  const coder = useActiveCoder();
  const source = useApiData('sources.get', sourceId ? { id: sourceId } : null, ['sources.changed']);
  const codesData = useApiData('codes.list', {}, ['codes.changed']);
  const users = useApiData('users.list', {}, []);
  const { codings, loading: codingsLoading, apply, remove, resize } = useSourceCodings(sourceId, coder?.id ?? null);
  const selection = useTextSelection();
  const focused = useFocusedCoding();
  const searchHighlight = useSearchHighlight();
  const [hits, setHits] = useState<TextRange[]>([]);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [currentBlock, setCurrentBlock] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);

  const detail = source.data && source.data.id === sourceId ? source.data : undefined;
  const index = useMemo(() => (detail ? new PositionIndex(detail.text) : null), [detail]);
  const blocks = useMemo(() => (detail && index ? blocksOrWhole(detail.blocks, index.length) : []), [detail, index]);
  const codes = useMemo(() => new Map((codesData.data ?? []).map((c) => [c.id, c])), [codesData.data]);
  const coderNames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.name])), [users.data]);
  const codingMap = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  const lanes = useMemo(() => {
    const { lanes: l, laneCount } = assignLanes(codings);
    return { map: new Map(codings.map((c, i) => [c.id, l[i]!])), count: laneCount };
  }, [codings]);
  const views = useMemo(() => (index ? layoutBlocks(index, blocks, codings, hits) : []), [index, blocks, codings, hits]);
  const colorsVersion = useMemo(() => [...codes.values()].map((c) => `${c.id}${c.color}${c.name}`).join(''), [codes]);
  const focusedCodingId = focused && focused.sourceId === sourceId ? focused.id : null;

  // --- open marks -----------------------------------------------------------------------------
  const openPending = useRef<string | null>(null);
  useEffect(() => {
    if (!sourceId) return;
    openPending.current = sourceId;
    scrollRef.current?.removeAttribute('data-ready');
    performance.clearMarks?.(MARKS.openStart);
    mark(MARKS.openStart);
    setCurrentBlock(0);
    setFocusedCoding(null);
    setTextSelection(null);
  }, [sourceId]);

  // --- search hits ------------------------------------------------------------------------------
  useEffect(() => {
    if (!sourceId || !searchHighlight) {
      setHits([]);
      return;
    }
    let live = true;
    api.call('search.inSource', { sourceId, query: searchHighlight.query, regex: searchHighlight.regex, caseSensitive: searchHighlight.caseSensitive }).then(
      (found) => live && setHits(found),
      (err: unknown) => {
        if (live) {
          setHits([]);
          notifyError(err);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api, sourceId, searchHighlight, detail?.text]);

  // --- virtual rows -----------------------------------------------------------------------------
  const virtualizer = useVirtualizer({
    count: views.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateHeight((blocks[i]?.end ?? 0) - (blocks[i]?.bodyStart ?? 0)),
    overscan: 8,
    initialRect: { width: 900, height: 700 },
    getItemKey: (i) => i,
  });

  const applyPaintPending = useRef(false);
  useLayoutEffect(() => {
    // After every row's layout effect: measure all rows' runs, then draw all their stripes.
    flushStripeLayouts();
    if (openPending.current && detail && !codingsLoading && views.length > 0 && scrollRef.current?.querySelector('.doc-block')) {
      openPending.current = null;
      requestAnimationFrame(() => {
        mark(MARKS.rendered);
        measure(MARKS.open, MARKS.openStart, MARKS.rendered);
        scrollRef.current?.setAttribute('data-ready', 'true');
      });
    }
    if (applyPaintPending.current) {
      applyPaintPending.current = false;
      requestAnimationFrame(() => {
        mark(MARKS.applyPainted);
        measure(MARKS.apply, MARKS.applyStart, MARKS.applyPainted);
      });
    }
  });

  // --- selection --------------------------------------------------------------------------------
  const readSelection = useCallback((): TextSelection | null => {
    const box = scrollRef.current;
    const sel = window.getSelection();
    if (!box || !sel || sel.rangeCount === 0 || !index || !sourceId) return null;
    const range = sel.getRangeAt(0);
    if (range.collapsed || !box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
    const a = domPointToCodePoint(range.startContainer, range.startOffset, 'start');
    const b = domPointToCodePoint(range.endContainer, range.endOffset, 'end');
    if (a === null || b === null || b <= a) return null;
    const snapped = snapToGraphemes(index.text, Math.max(0, a), Math.min(index.length, b), index);
    return {
      sourceId,
      start: snapped.start,
      end: snapped.end,
      text: index.text.slice(index.toUtf16(snapped.start), index.toUtf16(snapped.end)),
    };
  }, [index, sourceId]);

  /** Shows [start, end) as the DOM selection (whole characters) and makes it the current selection. */
  const selectRange = useCallback(
    (start: number, end: number) => {
      const box = scrollRef.current;
      if (!box || !index || !sourceId) return;
      const a = codePointToDomPoint(box, start);
      const b = codePointToDomPoint(box, end);
      const sel = window.getSelection();
      if (a && b && sel) {
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        sel.removeAllRanges();
        sel.addRange(range);
      }
      setTextSelection({ sourceId, start, end, text: index.text.slice(index.toUtf16(start), index.toUtf16(end)) });
    },
    [index, sourceId],
  );

  const syncSelection = useCallback(() => {
    const next = readSelection();
    setTextSelection(next);
    // Show the snapped range, so the researcher sees exactly what will be coded.
    if (next) {
      const sel = window.getSelection()!;
      const range = sel.getRangeAt(0);
      const a = domPointToCodePoint(range.startContainer, range.startOffset, 'start');
      const b = domPointToCodePoint(range.endContainer, range.endOffset, 'end');
      if (a !== next.start || b !== next.end) selectRange(next.start, next.end);
    }
  }, [readSelection, selectRange]);

  useEffect(() => {
    const onChange = () => {
      const box = scrollRef.current;
      const sel = window.getSelection();
      if (!box || !sel || sel.rangeCount === 0) return;
      if (box.contains(sel.anchorNode)) setTextSelection(readSelection());
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [readSelection]);

  // --- coding actions ---------------------------------------------------------------------------
  const applyCode = useCallback(
    async (codeId: string, sel: TextSelection | null = getTextSelection()): Promise<boolean> => {
      if (!sel || sel.sourceId !== sourceId || sel.end <= sel.start) return false;
      performance.clearMarks?.(MARKS.applyStart);
      mark(MARKS.applyStart);
      applyPaintPending.current = true;
      const created = await apply(codeId, sel.start, sel.end, sel.text);
      if (created) setFocusedCoding({ id: created.id, sourceId: created.sourceId });
      return true;
    },
    [apply, sourceId],
  );

  useCodeActivationHandler(async (activation) => {
    let sel = getTextSelection();
    if (activation.origin === 'drop' && activation.droppedText) {
      try {
        const dropped = JSON.parse(activation.droppedText) as TextSelection;
        if (dropped.sourceId === sourceId && Number.isInteger(dropped.start) && Number.isInteger(dropped.end)) sel = dropped;
      } catch {
        // plain text dropped: use the current selection
      }
    }
    return applyCode(activation.codeId, sel);
  });

  const applyRecent = (i: number) => {
    const id = getRecentCodes()[i];
    if (id && codes.has(id)) void activateCode({ codeId: id, origin: 'recent-bar' });
  };

  const createAndApply = useCallback(
    async (name: string) => {
      const sel = getTextSelection();
      let code: Code | undefined;
      try {
        code = await api.call('codes.create', { name, parentId: null });
        notify('success', t('document.codeCreated', { name: code.name }));
      } catch (err) {
        if (err instanceof ApiError && err.code === 'conflict') {
          code = (await api.call('codes.list', {})).find((c) => c.parentId === null && c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
        }
        if (!code) {
          notifyError(err);
          return;
        }
      }
      rememberCode(code.id);
      await applyCode(code.id, sel);
    },
    [api, applyCode],
  );

  const inVivo = () => {
    const sel = getTextSelection();
    if (!sel || sel.sourceId !== sourceId) {
      notify('info', t('document.selectFirst'));
      return;
    }
    const name = inVivoName(sel.text);
    if (!name) return;
    void createAndApply(name);
  };

  const selectTurn = (blockIdx: number) => {
    const b = blocks[blockIdx];
    if (!b || b.end <= b.bodyStart) return;
    setCurrentBlock(blockIdx);
    selectRange(b.bodyStart, b.end);
  };

  const selectedCoding: Coding | undefined = focusedCodingId ? codingMap.get(focusedCodingId) : undefined;

  const resizeSelected = (edge: 'start' | 'end', dir: 1 | -1) => {
    if (!selectedCoding || !index) return;
    let { start, end } = selectedCoding;
    if (edge === 'start') start = stepGrapheme(index, start, dir, 0, end - 1);
    else end = stepGrapheme(index, end, dir, start + 1, index.length);
    if (end > start && (start !== selectedCoding.start || end !== selectedCoding.end)) void resize(selectedCoding.id, start, end);
  };

  const removeSelected = () => {
    if (!selectedCoding) return;
    void remove([selectedCoding.id]);
    setFocusedCoding(null);
  };

  const onSelectCoding = useCallback(
    (id: string) => {
      if (!sourceId) return;
      setFocusedCoding({ id, sourceId });
      scrollRef.current?.focus({ preventScroll: true });
    },
    [sourceId],
  );

  // --- navigation target ------------------------------------------------------------------------
  const handledTarget = useRef<unknown>(null);
  useEffect(() => {
    const target = nav.target;
    if (!target || target === handledTarget.current || !detail || target.sourceId !== detail.id || codingsLoading) return;
    handledTarget.current = target;
    const idx = blockIndexAt(blocks, target.start);
    setCurrentBlock(idx);
    virtualizer.scrollToIndex(idx, { align: 'center' });
    const exact = codings.find((c) => c.start === target.start && c.end === target.end);
    if (exact) setFocusedCoding({ id: exact.id, sourceId: exact.sourceId });
    // Rows appear after the scroll renders them; select once they are in the DOM.
    let tries = 0;
    const trySelect = () => {
      const box = scrollRef.current;
      if (box && codePointToDomPoint(box, target.start) && codePointToDomPoint(box, target.end)) {
        selectRange(target.start, target.end);
        box.querySelector(`#doc-block-${idx}`)?.scrollIntoView({ block: 'center' });
      } else if (tries++ < 20) requestAnimationFrame(trySelect);
    };
    requestAnimationFrame(trySelect);
  }, [nav.target, detail, blocks, codings, codingsLoading, selectRange, virtualizer]);

  // --- keyboard ---------------------------------------------------------------------------------
  const onKeyDown = (e: React.KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if ((mod && !e.shiftKey && e.key.toLowerCase() === 'k') || (mod && e.shiftKey && e.key.toLowerCase() === 'c')) {
      e.preventDefault();
      setPaletteOpen(true);
      return;
    }
    // Alt+Shift+digit: Alt+digit alone switches views (shell), so recent codes take the shifted keys.
    if (e.altKey && e.shiftKey && !mod && /^Digit[1-9]$/.test(e.code)) {
      e.preventDefault();
      applyRecent(Number(e.code.slice(5)) - 1);
      return;
    }
    if (e.altKey && !mod && e.key.toLowerCase() === 'v') {
      e.preventDefault();
      inVivo();
      return;
    }
    if (e.target !== scrollRef.current) return;
    if (selectedCoding) {
      if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        removeSelected();
        return;
      }
      if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
        e.preventDefault();
        resizeSelected(e.altKey ? 'start' : 'end', e.key === 'ArrowRight' ? 1 : -1);
        return;
      }
      if (e.key === 'Escape') {
        setFocusedCoding(null);
        return;
      }
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.min(views.length - 1, Math.max(0, currentBlock + (e.key === 'ArrowDown' ? 1 : -1)));
      setCurrentBlock(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectTurn(currentBlock);
    } else if (e.key.toLowerCase() === 'c' && !mod) {
      // Cycle through the codings of the current block.
      const ids = views[currentBlock]?.codingIds ?? [];
      if (ids.length === 0) return;
      const at = focusedCodingId ? ids.indexOf(focusedCodingId) : -1;
      onSelectCoding(ids[(at + 1) % ids.length]!);
    }
  };

  const onDragStart = (e: React.DragEvent) => {
    const sel = getTextSelection();
    if (!sel || sel.sourceId !== sourceId) return;
    e.dataTransfer.setData(TEXT_SELECTION_MIME, JSON.stringify(sel));
    e.dataTransfer.setData('text/plain', sel.text);
    e.dataTransfer.effectAllowed = 'copy';
  };

  const labelWidth = blocks.some((b) => b.speaker !== null || b.timeStartMs !== null) ? '9rem' : '0px';
  const rowCtx: RowContext = {
    labelWidth,
    codings: codingMap,
    lanes: lanes.map,
    laneCount: lanes.count,
    codes,
    coderNames,
    selectedCodingId: focusedCodingId,
    onSelectCoding,
  };

  if (!sourceId) {
    return (
      <section className="document-pane document-empty" aria-label={t('document.title')}>
        <p>{t('document.none')}</p>
      </section>
    );
  }
  if (source.error) {
    return (
      <section className="document-pane" aria-label={t('document.title')}>
        <p role="alert">{errorText(source.error)}</p>
      </section>
    );
  }

  const hasSelection = !!selection && selection.sourceId === sourceId;
  const items = virtualizer.getVirtualItems();
  return (
    <section className="document-pane" aria-label={detail ? t('document.titleNamed', { name: detail.name }) : t('document.title')} onKeyDown={onKeyDown}>
      <div className="doc-toolbar" role="toolbar" aria-label={t('document.toolbar')}>
        <h2 className="doc-title">{detail?.name ?? t('shell.loading')}</h2>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setPaletteOpen(true)} disabled={!hasSelection} aria-keyshortcuts="Control+K">
          {t('document.action.code')}
        </button>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={inVivo} disabled={!hasSelection} aria-keyshortcuts="Alt+V">
          {t('document.action.inVivo')}
        </button>
        <button type="button" onClick={() => selectTurn(hasSelection ? blockIndexAt(blocks, selection.start) : currentBlock)} disabled={!detail}>
          {t('document.action.selectTurn')}
        </button>
        <button type="button" onClick={() => setEditing(true)} disabled={!detail}>
          {t('document.action.editText')}
        </button>
        {hasSelection ? (
          <span className="doc-selection-info" aria-live="polite">
            {t('document.selection', { start: selection.start, end: selection.end, count: selection.end - selection.start })}
          </span>
        ) : null}
        {searchHighlight ? (
          <span className="doc-hits" aria-live="polite">
            {t('document.hits', { count: hits.length, query: searchHighlight.query })}
            <button type="button" className="link-button" onClick={() => setSearchHighlight(null)}>
              {t('document.clearHits')}
            </button>
          </span>
        ) : null}
      </div>
      <RecentCodesBar codes={codes} onApply={(id) => void activateCode({ codeId: id, origin: 'recent-bar' })} />
      <div
        ref={scrollRef}
        className="doc-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('document.text')}
        aria-describedby="doc-keys-help"
        data-source-id={sourceId}
        onMouseUp={syncSelection}
        onKeyUp={(e) => e.shiftKey && syncSelection()}
        onDragStart={onDragStart}
        onClick={(e) => {
          if (!(e.target as Element).closest('.stripe') && focusedCodingId && !window.getSelection()?.toString()) setFocusedCoding(null);
        }}
      >
        <div className="doc-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const view = views[item.index]!;
            const laneSig = view.codingIds.map((id) => rowCtx.lanes.get(id)).join(',');
            const sel = view.codingIds.includes(focusedCodingId ?? '') ? focusedCodingId : '';
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="doc-row-slot" style={{ transform: `translateY(${item.start}px)` }}>
                <BlockRow
                  view={view}
                  prevEnd={item.index > 0 ? blocks[item.index - 1]!.end : view.block.bodyStart}
                  focused={item.index === currentBlock}
                  rowKey={`${view.signature}/${laneSig}/${lanes.count}/${sel}/${colorsVersion}/${coderNames.size}/${labelWidth}`}
                  ctx={rowCtx}
                />
              </div>
            );
          })}
        </div>
      </div>
      <p id="doc-keys-help" className="visually-hidden">
        {t('document.keysHelp')}
      </p>
      {selectedCoding ? (
        <div className="coding-inspector" role="group" aria-label={t('document.inspector.label')}>
          <span className="code-swatch" style={{ backgroundColor: codes.get(selectedCoding.codeId)?.color }} aria-hidden="true" />
          <span className="coding-inspector-text">{codingLabel(selectedCoding, { codes, coderNames })}</span>
          <q className="coding-inspector-snippet">{selectedCoding.snippet.length > 120 ? `${selectedCoding.snippet.slice(0, 120)}…` : selectedCoding.snippet}</q>
          <button type="button" onClick={() => resizeSelected('start', -1)} title={t('document.inspector.startEarlier')} aria-label={t('document.inspector.startEarlier')}>
            {t('document.inspector.startEarlierShort')}
          </button>
          <button type="button" onClick={() => resizeSelected('start', 1)} title={t('document.inspector.startLater')} aria-label={t('document.inspector.startLater')}>
            {t('document.inspector.startLaterShort')}
          </button>
          <button type="button" onClick={() => resizeSelected('end', -1)} title={t('document.inspector.endEarlier')} aria-label={t('document.inspector.endEarlier')}>
            {t('document.inspector.endEarlierShort')}
          </button>
          <button type="button" onClick={() => resizeSelected('end', 1)} title={t('document.inspector.endLater')} aria-label={t('document.inspector.endLater')}>
            {t('document.inspector.endLaterShort')}
          </button>
          <button
            type="button"
            onClick={() => {
              openMemoTarget({ kind: 'coding', id: selectedCoding.id });
              nav.setView('memos');
            }}
          >
            {t('document.inspector.memo')}
          </button>
          <button type="button" className="inspector-remove" onClick={removeSelected} aria-keyshortcuts="Delete">
            {t('document.inspector.remove')}
          </button>
        </div>
      ) : null}
      {paletteOpen ? (
        <QuickCodePalette
          codes={codesData.data ?? []}
          onClose={() => setPaletteOpen(false)}
          onPick={(id) => {
            setPaletteOpen(false);
            void activateCode({ codeId: id, origin: 'palette' });
          }}
          onCreate={(name) => {
            setPaletteOpen(false);
            void createAndApply(name);
          }}
        />
      ) : null}
      {editing && detail ? <TextEditDialog source={detail} onClose={() => setEditing(false)} /> : null}
    </section>
  );
}
