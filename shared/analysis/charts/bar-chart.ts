import { max as d3max, scaleBand, scaleLinear } from 'd3';
import { clip, escapeXml, r2, svgOpen } from './svg-text';

export interface BarChartInput {
  title: string;
  /** The groups along the axis (cases, attribute values, sources…). */
  groups: string[];
  /** One bar per series within each group (codes), with its colour. */
  series: { label: string; color: string }[];
  /** values[group][series] */
  values: number[][];
  valueLabel: string;
}

/**
 * Grouped horizontal bars: code frequencies by group (a row of a count matrix per group). One group
 * and many series draws a plain frequency chart. Standalone SVG string, no DOM.
 */
export function barChartSvg(input: BarChartInput): string {
  const barHeight = 14;
  const groupGap = 12;
  const n = Math.max(1, input.series.length);
  const groupHeight = n * barHeight + groupGap;
  const groupLabels = input.groups.map((g) => clip(g, 30));
  const left = 16 + Math.max(40, ...groupLabels.map((l) => l.length * 6.5));
  const plotWidth = 420;
  const legendWidth = 20 + Math.max(60, ...input.series.map((s) => clip(s.label, 30).length * 6.2));
  const top = 44;
  const height = top + groupHeight * input.groups.length + 40;
  const width = left + plotWidth + 30 + legendWidth;
  const maxValue = d3max(input.values.flat()) ?? 0;
  const x = scaleLinear().domain([0, maxValue > 0 ? maxValue : 1]).nice().range([left, left + plotWidth]);
  const y = scaleBand<number>().domain(input.groups.map((_, i) => i)).range([top, top + groupHeight * input.groups.length]);
  const parts: string[] = [svgOpen(width, height, input.title)];
  parts.push(`<text x="12" y="22" font-size="14" font-weight="bold">${escapeXml(input.title)}</text>`);
  const axisY = top + groupHeight * input.groups.length;
  for (const tick of x.ticks(5)) {
    parts.push(
      `<line x1="${r2(x(tick))}" x2="${r2(x(tick))}" y1="${top - 4}" y2="${r2(axisY)}" stroke="#e3e3e3"/>` +
        `<text x="${r2(x(tick))}" y="${r2(axisY + 14)}" font-size="10" text-anchor="middle">${escapeXml(x.tickFormat(5)(tick))}</text>`,
    );
  }
  parts.push(`<text x="${r2(left + plotWidth / 2)}" y="${r2(axisY + 30)}" font-size="11" text-anchor="middle">${escapeXml(input.valueLabel)}</text>`);
  input.groups.forEach((_, g) => {
    const gy = y(g)!;
    parts.push(`<text x="${r2(left - 6)}" y="${r2(gy + (n * barHeight) / 2 + 4)}" font-size="11" text-anchor="end">${escapeXml(groupLabels[g]!)}</text>`);
    input.series.forEach((s, k) => {
      const v = input.values[g]?.[k] ?? 0;
      const by = gy + k * barHeight;
      parts.push(
        `<rect x="${r2(left)}" y="${r2(by + 1)}" width="${r2(Math.max(0, x(v) - left))}" height="${barHeight - 2}" fill="${escapeXml(s.color)}"><title>${escapeXml(`${s.label}: ${v}`)}</title></rect>`,
      );
      if (v > 0) parts.push(`<text x="${r2(x(v) + 3)}" y="${r2(by + barHeight - 3)}" font-size="9">${escapeXml(Number.isInteger(v) ? String(v) : v.toFixed(1))}</text>`);
    });
  });
  parts.push(`<line x1="${r2(left)}" x2="${r2(left)}" y1="${top - 4}" y2="${r2(axisY)}" stroke="#555"/>`);
  const lx = left + plotWidth + 30;
  input.series.forEach((s, k) => {
    const ly = top + k * 18;
    parts.push(
      `<rect x="${r2(lx)}" y="${r2(ly)}" width="12" height="12" fill="${escapeXml(s.color)}"/>` +
        `<text x="${r2(lx + 18)}" y="${r2(ly + 10)}" font-size="11">${escapeXml(clip(s.label, 30))}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
