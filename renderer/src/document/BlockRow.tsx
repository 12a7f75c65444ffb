import { memo, useLayoutEffect, useRef } from 'react';
import type { Coding } from '../../../shared/api/methods/coding-methods';
import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';
import type { BlockView } from './document-layout';
import { drawStripes, gutterWidth, type StripeBar } from './coding-stripes';
import { queueStripeLayout } from './stripe-layout-queue';
import { toRunViews } from './lexical/block-editor-state';
import { ReadOnlyBlockText } from './lexical/ReadOnlyBlockText';
import { NO_CODE_COLOUR } from './lexical/highlight-style';

export interface RowContext {
  codings: ReadonlyMap<string, Coding>;
  lanes: ReadonlyMap<string, number>;
  laneCount: number;
  codes: ReadonlyMap<string, Code>;
  coderNames: ReadonlyMap<string, string>;
  selectedCodingId: string | null;
  /** Width of the speaker/time column ('0px' when no block has a speaker or time). */
  labelWidth: string;
  onSelectCoding(id: string): void;
}

export interface BlockRowProps {
  view: BlockView;
  prevEnd: number;
  focused: boolean;
  /** Everything the row draws depends on; the row re-renders only when it changes. */
  rowKey: string;
  ctx: RowContext;
}

/** "1:02:03" or "02:03" for a time in milliseconds. */
export function formatTime(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function codingLabel(c: Coding, ctx: Pick<RowContext, 'codes' | 'coderNames'>): string {
  return t('document.stripe.label', {
    code: ctx.codes.get(c.codeId)?.name ?? '?',
    coder: ctx.coderNames.get(c.coderId) ?? '?',
    start: c.start,
    end: c.end,
  });
}

function BlockRowImpl({ view, prevEnd, focused, ctx }: BlockRowProps) {
  const { block } = view;
  const svgRef = useRef<SVGSVGElement>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  useLayoutEffect(() => {
    // Measured and drawn with the other rows of this commit (reads first, then draws): see
    // stripe-layout-queue.ts.
    queueStripeLayout(() => {
      const svg = svgRef.current;
      const row = rowRef.current;
      // The text box is the root of the block's Lexical editor, which has drawn it by now.
      const box = row?.querySelector<HTMLElement>('.doc-block-text');
      if (!svg || !box || !row) return () => undefined;
      const c = ctxRef.current;
      // The SVG is absolutely placed (it must not feed back into the row's height); runs and the text
      // box have the row as offsetParent, so their offsetTop is already relative to the row.
      const height = row.offsetHeight;
      // One pass over the runs: where each coding boundary's run starts and ends.
      const byStart = new Map<number, HTMLElement>();
      const byEnd = new Map<number, HTMLElement>();
      for (const el of box.querySelectorAll<HTMLElement>('[data-s]')) {
        byStart.set(Number(el.dataset.s), el);
        byEnd.set(Number(el.dataset.e), el);
      }
      const bars: StripeBar[] = [];
      for (const id of view.codingIds) {
        const coding = c.codings.get(id);
        if (!coding) continue;
        let y0 = 0;
        let y1 = height;
        if (coding.start > block.bodyStart) {
          const el = byStart.get(coding.start);
          if (el) y0 = el.offsetTop;
        }
        if (coding.end < block.end) {
          const el = byEnd.get(coding.end);
          if (el) y1 = el.offsetTop + el.offsetHeight;
        }
        bars.push({
          codingId: id,
          lane: c.lanes.get(id) ?? 0,
          color: c.codes.get(coding.codeId)?.color ?? NO_CODE_COLOUR,
          y0,
          y1: Math.max(y1, y0 + 4),
          label: codingLabel(coding, c),
          selected: c.selectedCodingId === id,
        });
      }
      return () => drawStripes(svg, bars, c.laneCount, height, (codingId) => ctxRef.current.onSelectCoding(codingId));
    });
  });

  const speaker = block.speaker;
  const time = block.timeStartMs;
  const kindClass = `doc-block doc-kind-${block.kind}${focused ? ' doc-block-focused' : ''}`;
  return (
    <div
      ref={rowRef}
      className={kindClass}
      id={`doc-block-${view.index}`}
      data-body-start={block.bodyStart}
      data-end={block.end}
      data-prev-end={prevEnd}
      style={{ gridTemplateColumns: `${gutterWidth(ctx.laneCount)}px ${ctx.labelWidth} 1fr` }}
    >
      <svg ref={svgRef} className="doc-gutter" aria-label={t('document.gutter')} role="group" />
      <span aria-hidden="true" />
      <div className="doc-block-label" aria-hidden={speaker === null && time === null ? true : undefined}>
        {speaker !== null ? <span className="doc-speaker">{speaker}</span> : null}
        {time !== null ? <span className="doc-time">{formatTime(time)}</span> : null}
      </div>
      <ReadOnlyBlockText className={`doc-block-text${block.kind === 'heading' ? ' doc-heading' : ''}`} runs={toRunViews(view.runs, ctx)} />
    </div>
  );
}

// A new block object means new text (an edit reloads the source), even where the runs line up.
export const BlockRow = memo(BlockRowImpl, (a, b) => a.view.block === b.view.block && a.rowKey === b.rowKey && a.prevEnd === b.prevEnd && a.focused === b.focused);
