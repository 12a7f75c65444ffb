import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, scaleSqrt, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import { clip, escapeXml, r2, svgOpen } from './svg-text';

export interface NetworkInput {
  title: string;
  nodes: { label: string; color: string; size: number }[];
  /** Undirected links between node indices, with a weight (co-occurrence count). */
  links: { source: number; target: number; weight: number }[];
  width?: number;
  height?: number;
  /** Number of simulation steps (fixed, so the layout never depends on timing). */
  ticks?: number;
  /** Seed of the simulation's random source (d3-force jiggles coincident nodes). */
  seed?: number;
}

interface Node extends SimulationNodeDatum {
  index: number;
}

/** A small linear congruential generator: the same seed gives the same layout on every machine. */
function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(1664525, s) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/**
 * The co-occurrence network: codes as circles sized by their number of segments, links as lines as
 * thick as their co-occurrence count. d3-force runs a fixed number of ticks synchronously with a
 * seeded random source, so the SVG is identical from run to run and needs no browser.
 */
export function networkSvg(input: NetworkInput): string {
  const width = input.width ?? 720;
  const height = input.height ?? 540;
  const nodes: Node[] = input.nodes.map((_, i) => ({ index: i }));
  const kept = input.links.filter((l) => l.weight > 0 && l.source !== l.target);
  const links: SimulationLinkDatum<Node>[] = kept.map((l) => ({ source: l.source, target: l.target }));
  const maxWeight = Math.max(1, ...kept.map((l) => l.weight));
  const radius = scaleSqrt().domain([0, Math.max(1, ...input.nodes.map((n) => n.size))]).range([4, 26]);
  const sim = forceSimulation(nodes)
    .randomSource(seeded(input.seed ?? 1))
    .force('charge', forceManyBody().strength(-220))
    .force('link', forceLink<Node, SimulationLinkDatum<Node>>(links).distance(110).strength((_, i) => 0.2 + 0.6 * (kept[i]!.weight / maxWeight)))
    .force('collide', forceCollide<Node>().radius((n) => radius(input.nodes[n.index]!.size) + 14))
    .force('center', forceCenter(width / 2, height / 2))
    .stop();
  sim.tick(input.ticks ?? 300);
  // Fit the layout into the drawing with a margin.
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const margin = 60;
  const [minX, maxX, minY, maxY] = [Math.min(...xs, 0), Math.max(...xs, 1), Math.min(...ys, 0), Math.max(...ys, 1)];
  const scale = Math.min((width - 2 * margin) / Math.max(1, maxX - minX), (height - 2 * margin - 30) / Math.max(1, maxY - minY), 1.5);
  const px = (n: Node) => margin + ((n.x ?? 0) - minX) * scale;
  const py = (n: Node) => margin + 30 + ((n.y ?? 0) - minY) * scale;
  const parts: string[] = [svgOpen(width, height, input.title)];
  parts.push(`<text x="12" y="22" font-size="14" font-weight="bold">${escapeXml(input.title)}</text>`);
  for (const l of kept) {
    const a = nodes[l.source]!;
    const b = nodes[l.target]!;
    parts.push(
      `<line x1="${r2(px(a))}" y1="${r2(py(a))}" x2="${r2(px(b))}" y2="${r2(py(b))}" stroke="#8a8a8a" stroke-opacity="0.7" stroke-width="${r2(1 + 7 * (l.weight / maxWeight))}"><title>${escapeXml(`${input.nodes[l.source]!.label} – ${input.nodes[l.target]!.label}: ${l.weight}`)}</title></line>`,
    );
  }
  nodes.forEach((n, i) => {
    const node = input.nodes[i]!;
    const rr = radius(node.size);
    parts.push(
      `<circle cx="${r2(px(n))}" cy="${r2(py(n))}" r="${r2(rr)}" fill="${escapeXml(node.color)}" stroke="#333" stroke-width="0.8"><title>${escapeXml(`${node.label}: ${node.size}`)}</title></circle>` +
        `<text x="${r2(px(n))}" y="${r2(py(n) + rr + 12)}" font-size="11" text-anchor="middle">${escapeXml(clip(node.label, 24))}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
