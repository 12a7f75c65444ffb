import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, scaleSqrt, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
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
  const top = 40; // room for the title
  const margin = 24;
  const cx = width / 2;
  const cy = (height + top) / 2;
  const sim = forceSimulation(nodes)
    .randomSource(seeded(input.seed ?? 1))
    .force('charge', forceManyBody().strength(-160))
    .force('link', forceLink<Node, SimulationLinkDatum<Node>>(links).distance(140).strength((_, i) => 0.2 + 0.6 * (kept[i]!.weight / maxWeight)))
    // Room for the circle and its label below it, so neither overlaps a neighbour.
    .force('collide', forceCollide<Node>().radius((n) => radius(input.nodes[n.index]!.size) + 38).iterations(3))
    // A gentle pull to the middle keeps codes without links from drifting off the page.
    .force('x', forceX<Node>(cx).strength(0.05))
    .force('y', forceY<Node>(cy).strength(0.08))
    .stop();
  // The layout is kept inside the drawing at every step (not scaled down afterwards, which would
  // shrink the distances but not the circles and make them overlap).
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  for (let i = 0; i < (input.ticks ?? 300); i++) {
    sim.tick();
    for (const n of nodes) {
      const r = radius(input.nodes[n.index]!.size);
      n.x = clamp(n.x ?? cx, margin + r + 40, width - margin - r - 40);
      n.y = clamp(n.y ?? cy, top + margin + r, height - margin - r - 14);
    }
  }
  const px = (n: Node) => n.x ?? cx;
  const py = (n: Node) => n.y ?? cy;
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
