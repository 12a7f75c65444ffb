/**
 * Code co-occurrence: codes by codes.
 *
 * Units. A *segment* is one selection holding a code (several coders' codings of the same selection
 * and code are one segment). Three ways to co-occur:
 * - 'overlap': two segments of codes A and B share at least one character (a selection coded with
 *   both A and B is one such pair);
 * - 'distance': the gap between them is at most N characters (overlapping ones included);
 * - 'block': both touch the same paragraph or speaker turn (source block); a source without blocks
 *   is one block.
 *
 * Counts. In 'overlap' and 'distance' modes n(A,B) is the number of co-occurring segment pairs and
 * n(A) the number of segments of A (the diagonal). In 'block' mode n(A,B) is the number of blocks
 * holding both codes and n(A) the number of blocks holding A.
 *
 * Normalised measures, both 0 (never together) to 1 (always together):
 * - c-coefficient (as in ATLAS.ti): c = n(A,B) / (n(A) + n(B) − n(A,B)). In 'block' mode it is the
 *   Jaccard index of the two sets of blocks. In the pair modes one segment of A that meets several
 *   segments of B adds several pairs, so c can exceed 1; it is reported as computed, not clamped, so
 *   that such a case stays visible.
 * - Jaccard: |X(A) ∩ X(B)| / |X(A) ∪ X(B)| over a set X: the characters covered by each code in
 *   'overlap' mode, the blocks in 'block' mode; null in 'distance' mode (no shared unit to count).
 */

export type CooccurrenceMode = 'overlap' | 'distance' | 'block';

export interface CoSegment {
  source: number;
  start: number;
  end: number;
  selection: number;
  /** Member index of the code on the axis (after roll-up: one entry per member). */
  code: number;
}

export interface CooccurrenceInput {
  codeCount: number;
  segments: ReadonlyArray<CoSegment>;
  mode: CooccurrenceMode;
  /** 'distance' mode: largest gap in characters. */
  distance?: number;
  /** 'block' mode: each source's blocks, sorted by start, [start, end). */
  blocksOfSource?: (source: number) => ReadonlyArray<{ start: number; end: number }>;
}

export interface CooccurrenceMatrix {
  /** counts[a][b] = n(A,B); counts[a][a] = n(A). */
  counts: number[][];
  cCoefficient: number[][];
  jaccard: (number | null)[][];
}

function square(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(0));
}

function dedupe(segments: ReadonlyArray<CoSegment>): CoSegment[] {
  const seen = new Set<string>();
  const out: CoSegment[] = [];
  for (const s of segments) {
    if (s.end <= s.start) continue;
    const key = `${s.selection}:${s.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.sort((a, b) => a.source - b.source || a.start - b.start || a.end - b.end || a.code - b.code);
}

function bySource<T extends { source: number }>(items: ReadonlyArray<T>): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  for (const it of items) {
    if (current.length > 0 && current[0]!.source !== it.source) {
      groups.push(current);
      current = [];
    }
    current.push(it);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Pairs within `maxGap` (−1: overlapping only), counted per segment pair. */
function pairCounts(segs: CoSegment[], n: number, maxGap: number): number[][] {
  const counts = square(n);
  for (const s of segs) counts[s.code]![s.code]! += 1;
  for (const group of bySource(segs)) {
    // Sorted by start: pair (i, j>i) co-occurs when start_j − end_i <= maxGap. Ends are not sorted,
    // so the scan from i runs while start_j <= end_i + maxGap (later ones start even further away).
    for (let i = 0; i < group.length; i++) {
      const a = group[i]!;
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j]!;
        if (b.start - a.end > maxGap) break;
        if (a.code === b.code) continue;
        counts[a.code]![b.code]! += 1;
        counts[b.code]![a.code]! += 1;
      }
    }
  }
  return counts;
}

/** Characters covered by each code and by each pair of codes (for the overlap-mode Jaccard). */
function characterCoverage(segs: CoSegment[], n: number): { cover: number[]; inter: number[][] } {
  const cover = new Array<number>(n).fill(0);
  const inter = square(n);
  for (const group of bySource(segs)) {
    const events: { pos: number; code: number; delta: number }[] = [];
    for (const s of group) {
      events.push({ pos: s.start, code: s.code, delta: 1 }, { pos: s.end, code: s.code, delta: -1 });
    }
    events.sort((x, y) => x.pos - y.pos);
    const depth = new Map<number, number>();
    let prev = 0;
    for (let e = 0; e < events.length; ) {
      const pos = events[e]!.pos;
      const len = pos - prev;
      if (len > 0 && depth.size > 0) {
        const active = [...depth.keys()];
        for (let x = 0; x < active.length; x++) {
          cover[active[x]!]! += len;
          for (let y = x + 1; y < active.length; y++) {
            inter[active[x]!]![active[y]!]! += len;
            inter[active[y]!]![active[x]!]! += len;
          }
        }
      }
      while (e < events.length && events[e]!.pos === pos) {
        const ev = events[e]!;
        const d = (depth.get(ev.code) ?? 0) + ev.delta;
        if (d === 0) depth.delete(ev.code);
        else depth.set(ev.code, d);
        e++;
      }
      prev = pos;
    }
  }
  return { cover, inter };
}

function blockCounts(segs: CoSegment[], n: number, blocksOf: (source: number) => ReadonlyArray<{ start: number; end: number }>): number[][] {
  const counts = square(n);
  for (const group of bySource(segs)) {
    const blocks = blocksOf(group[0]!.source);
    const codesInBlock = new Map<number, Set<number>>();
    for (const s of group) {
      if (blocks.length === 0) {
        const set = codesInBlock.get(0) ?? new Set<number>();
        set.add(s.code);
        codesInBlock.set(0, set);
        continue;
      }
      // first block whose end is after the segment's start
      let lo = 0;
      let hi = blocks.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (blocks[mid]!.end <= s.start) lo = mid + 1;
        else hi = mid;
      }
      for (let b = lo; b < blocks.length && blocks[b]!.start < s.end; b++) {
        if (blocks[b]!.end <= blocks[b]!.start) continue;
        const set = codesInBlock.get(b) ?? new Set<number>();
        set.add(s.code);
        codesInBlock.set(b, set);
      }
    }
    for (const set of codesInBlock.values()) {
      const list = [...set];
      for (let x = 0; x < list.length; x++) {
        counts[list[x]!]![list[x]!]! += 1;
        for (let y = x + 1; y < list.length; y++) {
          counts[list[x]!]![list[y]!]! += 1;
          counts[list[y]!]![list[x]!]! += 1;
        }
      }
    }
  }
  return counts;
}

/** The c-coefficient of every pair from counts with n(A) on the diagonal; 1 on the diagonal. */
export function cCoefficients(counts: number[][]): number[][] {
  return counts.map((row, a) =>
    row.map((nab, b) => {
      if (a === b) return row[a]! > 0 ? 1 : 0;
      const denominator = row[a]! + counts[b]![b]! - nab;
      return denominator > 0 ? nab / denominator : 0;
    }),
  );
}

export function cooccurrenceMatrix(input: CooccurrenceInput): CooccurrenceMatrix {
  const n = input.codeCount;
  const segs = dedupe(input.segments);
  if (input.mode === 'block') {
    if (!input.blocksOfSource) throw new Error("'block' co-occurrence needs each source's blocks");
    const counts = blockCounts(segs, n, input.blocksOfSource);
    const c = cCoefficients(counts);
    return { counts, cCoefficient: c, jaccard: c.map((row) => [...row]) };
  }
  const maxGap = input.mode === 'overlap' ? -1 : Math.max(0, input.distance ?? 0);
  const counts = pairCounts(segs, n, maxGap);
  const cCoefficient = cCoefficients(counts);
  if (input.mode === 'distance') return { counts, cCoefficient, jaccard: counts.map((row) => row.map(() => null)) };
  const { cover, inter } = characterCoverage(segs, n);
  const jaccard = inter.map((row, a) =>
    row.map((i, b) => {
      if (a === b) return cover[a]! > 0 ? 1 : 0;
      const union = cover[a]! + cover[b]! - i;
      return union > 0 ? i / union : 0;
    }),
  );
  return { counts, cCoefficient, jaccard };
}
