import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../../../shared/analysis/charts/bar-chart';
import { networkSvg } from '../../../../shared/analysis/charts/cooccurrence-network';
import { heatMapSvg } from '../../../../shared/analysis/charts/heat-map';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

function elements(svg: string, name: string): Record<string, string>[] {
  expect(XMLValidator.validate(svg)).toBe(true);
  const found: Record<string, string>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === name) (Array.isArray(v) ? v : [v]).forEach((x) => found.push(x as Record<string, string>));
        walk(v);
      }
    }
  };
  walk(parser.parse(svg));
  return found;
}

describe('heat map', () => {
  it('draws one shaded cell per value, white for zero, with escaped labels', () => {
    const svg = heatMapSvg({
      title: 'Cases × Codes <test>',
      rows: [{ label: 'A & B' }, { label: 'C', depth: 1 }],
      columns: [{ label: 'P' }, { label: 'Q' }],
      values: [
        [4, 0],
        [1, 2],
      ],
    });
    const rects = elements(svg, 'rect').slice(1); // the first is the background
    expect(rects).toHaveLength(4);
    expect(rects[1]!.fill).toBe('#ffffff');
    expect(rects[0]!.fill).not.toBe(rects[2]!.fill); // 4 is darker than 1
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('<title>Cases × Codes &lt;test&gt;</title>');
  });
});

describe('bar chart', () => {
  it('draws bars proportional to the values, one per group and series', () => {
    const svg = barChartSvg({
      title: 'Codes by status',
      groups: ['PNS', 'honorer'],
      series: [
        { label: 'P', color: '#1f77b4' },
        { label: 'Q', color: '#ff7f0e' },
      ],
      values: [
        [4, 2],
        [1, 0],
      ],
      valueLabel: 'coded segments',
    });
    const bars = elements(svg, 'rect').filter((r) => r.title !== undefined); // legend swatches have no tooltip
    expect(bars.map((b) => Number(b.width))).toHaveLength(4);
    const [w4, w2, w1, w0] = bars.map((b) => Number(b.width));
    expect(w2! / w4!).toBeCloseTo(0.5, 2);
    expect(w1! / w4!).toBeCloseTo(0.25, 2);
    expect(w0).toBe(0);
  });
});

describe('co-occurrence network', () => {
  const input = {
    title: 'Co-occurrence',
    nodes: [
      { label: 'P', color: '#1f77b4', size: 5 },
      { label: 'C1', color: '#2ca02c', size: 3 },
      { label: 'C2', color: '#d62728', size: 2 },
      { label: 'Q', color: '#ff7f0e', size: 4 },
    ],
    links: [
      { source: 0, target: 1, weight: 1 },
      { source: 2, target: 3, weight: 2 },
      { source: 0, target: 3, weight: 0 },
    ],
  };
  it('is deterministic: a fixed number of ticks and a seeded random source', () => {
    const a = networkSvg(input);
    expect(networkSvg(input)).toBe(a);
    expect(networkSvg({ ...input, ticks: 5 })).not.toBe(a); // the layout does move with the ticks
  });
  it('draws a circle per code sized by its segments and a line per non-zero link', () => {
    const svg = networkSvg(input);
    const circles = elements(svg, 'circle');
    expect(circles).toHaveLength(4);
    expect(Number(circles[0]!.r)).toBeGreaterThan(Number(circles[2]!.r));
    const lines = elements(svg, 'line');
    expect(lines).toHaveLength(2);
    expect(Number(lines[1]!['stroke-width'])).toBeGreaterThan(Number(lines[0]!['stroke-width']));
    for (const c of circles) {
      expect(Number(c.cx)).toBeGreaterThan(0);
      expect(Number(c.cx)).toBeLessThan(720);
      expect(Number(c.cy)).toBeLessThan(540);
    }
  });
});
