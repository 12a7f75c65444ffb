import { select } from 'd3';

/**
 * The coding stripes beside one block, drawn with D3 into the row's SVG: one bar per coding, in its
 * lane (lane 0 nearest the text), in its code's colour, from where the coding starts in the block to
 * where it ends (the whole height when it runs on from or into a neighbouring block).
 */
export interface StripeBar {
  codingId: string;
  lane: number;
  color: string;
  y0: number;
  y1: number;
  /** Shown on hover and read by screen readers: the codes and the coder. */
  label: string;
  selected: boolean;
}

export const LANE_WIDTH = 7;
export const BAR_WIDTH = 5;

export function gutterWidth(laneCount: number): number {
  return Math.max(1, laneCount) * LANE_WIDTH + 4;
}

export function drawStripes(
  svg: SVGSVGElement,
  bars: readonly StripeBar[],
  laneCount: number,
  height: number,
  onSelect: (codingId: string) => void,
): void {
  const width = gutterWidth(laneCount);
  const root = select(svg).attr('width', width).attr('height', Math.max(1, height));
  root
    .selectAll<SVGRectElement, StripeBar>('rect.stripe')
    .data(bars, (d) => d.codingId)
    .join((enter) => {
      const r = enter.append('rect').attr('class', 'stripe').attr('role', 'button').attr('tabindex', -1);
      r.append('title');
      return r;
    })
    // Lane 0 is drawn nearest the text (the right edge of the gutter).
    .attr('x', (d) => width - 2 - (d.lane + 1) * LANE_WIDTH + (LANE_WIDTH - BAR_WIDTH))
    .attr('y', (d) => d.y0 + 1)
    .attr('width', BAR_WIDTH)
    .attr('height', (d) => Math.max(3, d.y1 - d.y0 - 2))
    .attr('rx', 2)
    .attr('fill', (d) => d.color)
    .attr('data-coding-id', (d) => d.codingId)
    .attr('aria-label', (d) => d.label)
    .attr('aria-pressed', (d) => (d.selected ? 'true' : 'false'))
    .classed('stripe-selected', (d) => d.selected)
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      onSelect(d.codingId);
    })
    .select('title')
    .text((d) => d.label);
}
