import { interpolateYlOrRd, scaleBand, scaleSequential } from 'd3';
import { clip, escapeXml, r2, svgOpen, textColorOn } from './svg-text';

export interface HeatMapInput {
  title: string;
  rows: { label: string; depth?: number }[];
  columns: { label: string }[];
  /** values[r][c]; shaded from 0 to the largest value. */
  values: number[][];
  /** How a value is written in its cell (default: integers as is, others with 1 decimal). */
  format?: (value: number) => string;
  cellSize?: number;
}

const defaultFormat = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/**
 * A heat map of a count matrix as a standalone SVG string: no DOM needed (d3 scales only), so the
 * same chart is drawn in the window, saved as SVG/PNG and put into the Word report. Zero cells stay
 * white so that absences stand out.
 */
export function heatMapSvg(input: HeatMapInput): string {
  const cell = input.cellSize ?? 36;
  const format = input.format ?? defaultFormat;
  const rowLabels = input.rows.map((r) => `${'  '.repeat(r.depth ?? 0)}${clip(r.label, 28)}`);
  const colLabels = input.columns.map((c) => clip(c.label, 24));
  const left = 12 + Math.max(40, ...rowLabels.map((l) => l.length * 6.5));
  const top = 40 + Math.max(30, ...colLabels.map((l) => l.length * 5.2));
  const width = left + cell * input.columns.length + 20;
  const height = top + cell * input.rows.length + 20;
  const x = scaleBand<number>().domain(input.columns.map((_, i) => i)).range([left, left + cell * input.columns.length]);
  const y = scaleBand<number>().domain(input.rows.map((_, i) => i)).range([top, top + cell * input.rows.length]);
  const max = Math.max(0, ...input.values.flat());
  const color = scaleSequential(interpolateYlOrRd).domain([0, max > 0 ? max : 1]);
  const parts: string[] = [svgOpen(width, height, input.title)];
  parts.push(`<text x="12" y="22" font-size="14" font-weight="bold">${escapeXml(input.title)}</text>`);
  colLabels.forEach((label, c) => {
    const cx = x(c)! + cell / 2;
    parts.push(`<text transform="translate(${r2(cx)},${r2(top - 6)}) rotate(-50)" font-size="11">${escapeXml(label)}</text>`);
  });
  rowLabels.forEach((label, r) => {
    parts.push(`<text x="${r2(left - 6)}" y="${r2(y(r)! + cell / 2 + 4)}" font-size="11" text-anchor="end" xml:space="preserve">${escapeXml(label)}</text>`);
  });
  input.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const fill = v > 0 ? color(v) : '#ffffff';
      parts.push(
        `<rect x="${r2(x(c)!)}" y="${r2(y(r)!)}" width="${cell}" height="${cell}" fill="${fill}" stroke="#d0d0d0" stroke-width="0.5"/>` +
          `<text x="${r2(x(c)! + cell / 2)}" y="${r2(y(r)! + cell / 2 + 4)}" font-size="10" text-anchor="middle" fill="${v > 0 ? textColorOn(fill) : '#9a9a9a'}">${escapeXml(format(v))}</text>`,
      );
    }),
  );
  parts.push('</svg>');
  return parts.join('');
}
