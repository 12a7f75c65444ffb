import { memo, useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { Coding } from '../../../shared/api/methods/coding-methods';
import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';
import type { BlockView, Run } from './document-layout';
import { drawStripes, gutterWidth, type StripeBar } from './coding-stripes';

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

function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Translucent layers, one per code, so overlap shows as deeper colour, plus one underline per code. */
export function runStyle(run: Run, codes: ReadonlyMap<string, Code>): CSSProperties | undefined {
  if (run.codeIds.length === 0) return undefined;
  const colors = run.codeIds.map((id) => codes.get(id)?.color ?? '#888888');
  return {
    backgroundImage: colors.map((c) => `linear-gradient(${withAlpha(c, 0.28)}, ${withAlpha(c, 0.28)})`).join(', '),
    boxShadow: colors.map((c, i) => `inset 0 -${(i + 1) * 2}px 0 ${c}`).join(', '),
    paddingBottom: `${Math.min(colors.length, 4) * 2 - 1}px`,
  };
}

export function codingLabel(c: Coding, ctx: Pick<RowContext, 'codes' | 'coderNames'>): string {
  return t('document.stripe.label', {
    code: ctx.codes.get(c.codeId)?.name ?? '?',
    coder: ctx.coderNames.get(c.coderId) ?? '?',
    start: c.start,
    end: c.end,
  });
}

function runTitle(run: Run, ctx: RowContext): string | undefined {
  if (run.codingIds.length === 0) return undefined;
  return run.codingIds
    .map((id) => ctx.codings.get(id))
    .filter((c): c is Coding => !!c)
    .map((c) => `${ctx.codes.get(c.codeId)?.name ?? '?'} (${ctx.coderNames.get(c.coderId) ?? '?'})`)
    .join('\n');
}

function BlockRowImpl({ view, prevEnd, focused, ctx }: BlockRowProps) {
  const { block } = view;
  const svgRef = useRef<SVGSVGElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  useLayoutEffect(() => {
    const svg = svgRef.current;
    const box = textRef.current;
    const row = rowRef.current;
    if (!svg || !box || !row) return;
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
        color: c.codes.get(coding.codeId)?.color ?? '#888888',
        y0,
        y1: Math.max(y1, y0 + 4),
        label: codingLabel(coding, c),
        selected: c.selectedCodingId === id,
      });
    }
    drawStripes(svg, bars, c.laneCount, height, (codingId) => ctxRef.current.onSelectCoding(codingId));
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
      <div ref={textRef} className={`doc-block-text${block.kind === 'heading' ? ' doc-heading' : ''}`}>
        {view.runs.map((run) => (
          <span
            key={run.start}
            data-s={run.start}
            data-e={run.end}
            data-depth={run.codingIds.length || undefined}
            data-coding-ids={run.codingIds.length ? run.codingIds.join(' ') : undefined}
            className={`${run.codingIds.length ? 'doc-coded' : ''}${run.hit ? ' doc-hit' : ''}${run.codingIds.includes(ctx.selectedCodingId ?? '') ? ' doc-coded-selected' : ''}` || undefined}
            style={runStyle(run, ctx.codes)}
            title={runTitle(run, ctx)}
          >
            {run.text}
          </span>
        ))}
      </div>
    </div>
  );
}

export const BlockRow = memo(BlockRowImpl, (a, b) => a.rowKey === b.rowKey && a.prevEnd === b.prevEnd && a.focused === b.focused);
