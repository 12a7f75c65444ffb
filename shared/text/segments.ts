/**
 * Interval maths for the coding view.
 *
 * `buildSegments` is the sweep that turns codings (possibly overlapping, nested, identical) into the
 * non-overlapping stretches the editor wraps in marks: each segment carries every coding and code
 * that covers it. `assignLanes` gives each coding a lane in the coding-stripes gutter so that
 * overlapping codings never share one, with the fewest lanes possible.
 *
 * Positions are code points, half-open [start, end). Zero-length codings (start === end) cover no
 * text: they appear in no segment and get lane -1 (not drawn as a bar).
 * Both run in O(n log n) for n codings (plus the size of the output for segments).
 */

import { lowerBound } from './sorted-search';

export interface CodingInterval {
  id: string;
  codeId: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the codings covering this segment, sorted. */
  codingIds: string[];
  /** Distinct code ids of those codings, sorted. */
  codeIds: string[];
}

function checkIntervals(codings: ReadonlyArray<{ id: string; start: number; end: number }>): void {
  const seen = new Set<string>();
  for (const c of codings) {
    if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end < c.start) {
      throw new RangeError(`coding ${c.id} has an invalid range [${c.start}, ${c.end})`);
    }
    if (seen.has(c.id)) throw new Error(`coding ${c.id} appears twice`);
    seen.add(c.id);
  }
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Non-overlapping segments covering exactly the coded stretches, in text order. Adjacent segments
 * always differ in their set of codings; uncoded gaps produce no segment.
 * @throws RangeError for an invalid range, Error for a duplicate coding id (naming the coding)
 */
export function buildSegments(codings: readonly CodingInterval[]): Segment[] {
  checkIntervals(codings);
  // Events: +1 at start, -1 at end. Sorting by position only; within one position the order of
  // events does not matter because a segment is emitted only after all events at a position.
  const events: { at: number; coding: number; open: boolean }[] = [];
  codings.forEach((c, i) => {
    if (c.end > c.start) {
      events.push({ at: c.start, coding: i, open: true });
      events.push({ at: c.end, coding: i, open: false });
    }
  });
  events.sort((a, b) => a.at - b.at);

  // The covering set is kept as sorted arrays of ranks (coding ids in id order, codes in code order)
  // and updated by binary insertion at each event, so emitting a segment is one O(k) copy rather than
  // a sort of k strings.
  const idOrder = codings.map((_, i) => i).sort((a, b) => byString((codings[a] as CodingInterval).id, (codings[b] as CodingInterval).id));
  const idRank = new Int32Array(codings.length);
  idOrder.forEach((codingIndex, rank) => {
    idRank[codingIndex] = rank;
  });
  const codeNames = [...new Set(codings.map((c) => c.codeId))].sort(byString);
  const codeRankOf = new Map(codeNames.map((name, rank) => [name, rank]));
  const codeUse = new Int32Array(codeNames.length);
  const activeIds: number[] = [];
  const activeCodes: number[] = [];

  const segments: Segment[] = [];
  let e = 0;
  while (e < events.length) {
    const at = (events[e] as (typeof events)[number]).at;
    for (; e < events.length && (events[e] as (typeof events)[number]).at === at; e++) {
      const ev = events[e] as (typeof events)[number];
      const code = codeRankOf.get((codings[ev.coding] as CodingInterval).codeId) as number;
      if (ev.open) {
        insertSorted(activeIds, idRank[ev.coding] as number);
        if ((codeUse[code] = (codeUse[code] as number) + 1) === 1) insertSorted(activeCodes, code);
      } else {
        removeSorted(activeIds, idRank[ev.coding] as number);
        if ((codeUse[code] = (codeUse[code] as number) - 1) === 0) removeSorted(activeCodes, code);
      }
    }
    if (activeIds.length > 0 && e < events.length) {
      segments.push({
        start: at,
        end: (events[e] as (typeof events)[number]).at,
        codingIds: activeIds.map((r) => (codings[idOrder[r] as number] as CodingInterval).id),
        codeIds: activeCodes.map((r) => codeNames[r] as string),
      });
    }
  }
  return segments;
}

function insertSorted(arr: number[], x: number): void {
  arr.splice(lowerBound(arr, x), 0, x);
}
function removeSorted(arr: number[], x: number): void {
  arr.splice(lowerBound(arr, x), 1);
}

/** A binary min-heap over numbers compared by a key array (kept small and local on purpose). */
class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly less: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number | undefined {
    return this.items[0];
  }
  push(x: number): void {
    const h = this.items;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i] as number, h[p] as number)) break;
      [h[i], h[p]] = [h[p] as number, h[i] as number];
      i = p;
    }
  }
  pop(): number | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop() as number;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l] as number, h[m] as number)) m = l;
        if (r < h.length && this.less(h[r] as number, h[m] as number)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as number, h[i] as number];
        i = m;
      }
    }
    return top;
  }
}

export interface LaneAssignment {
  /** lanes[i] is the lane (0 = nearest the text) of codings[i]; -1 for a zero-length coding. */
  lanes: number[];
  /** Number of lanes used: the largest number of codings covering any one position. */
  laneCount: number;
}

/**
 * Lanes for the coding-stripes gutter: overlapping codings get different lanes, and the number of lanes
 * is the minimum possible (the maximum overlap depth), by greedy interval-graph colouring.
 * Codings are placed in order of start, longer first at the same start (so a long coding sits in a
 * lower lane than the shorter ones it contains), then by id for a stable result; each takes the lowest
 * free lane. Touching codings ([0,5) and [5,9)) do not overlap and may share a lane.
 */
export function assignLanes(codings: ReadonlyArray<{ id: string; start: number; end: number }>): LaneAssignment {
  checkIntervals(codings);
  const order = codings
    .map((_, i) => i)
    .filter((i) => (codings[i] as { end: number; start: number }).end > (codings[i] as { start: number }).start);
  const c = (i: number) => codings[i] as { id: string; start: number; end: number };
  order.sort((a, b) => c(a).start - c(b).start || c(b).end - c(a).end || byString(c(a).id, c(b).id));

  const lanes = new Array<number>(codings.length).fill(-1);
  const busy = new MinHeap((a, b) => c(a).end < c(b).end); // codings holding a lane, by end
  const free = new MinHeap((a, b) => a < b); // released lanes, lowest first
  let laneCount = 0;
  for (const i of order) {
    while (busy.size > 0 && c(busy.peek() as number).end <= c(i).start) {
      free.push(lanes[busy.pop() as number] as number);
    }
    const lane = free.size > 0 ? (free.pop() as number) : laneCount++;
    lanes[i] = lane;
    busy.push(i);
  }
  return { lanes, laneCount };
}
