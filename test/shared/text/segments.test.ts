import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignLanes, buildSegments, type CodingInterval, type Segment } from '../../../shared/text/segments';
import { sliceByCodePoints } from '../../../shared/text/positions';

/** Reference: the set of codings covering each unit position, merged into runs. */
function bruteSegments(codings: CodingInterval[]): Segment[] {
  const max = Math.max(0, ...codings.map((c) => c.end));
  const out: Segment[] = [];
  for (let p = 0; p < max; p++) {
    const covering = codings.filter((c) => c.start <= p && p < c.end);
    if (covering.length === 0) continue;
    const codingIds = covering.map((c) => c.id).sort();
    const codeIds = [...new Set(covering.map((c) => c.codeId))].sort();
    const last = out[out.length - 1];
    if (last && last.end === p && last.codingIds.join() === codingIds.join()) last.end = p + 1;
    else out.push({ start: p, end: p + 1, codingIds, codeIds });
  }
  return out;
}

function maxDepth(codings: { start: number; end: number }[]): number {
  const max = Math.max(0, ...codings.map((c) => c.end));
  let best = 0;
  for (let p = 0; p < max; p++) best = Math.max(best, codings.filter((c) => c.start <= p && p < c.end).length);
  return best;
}

/** Deterministic pseudo-random codings (mulberry32), lengths 1..maxLength. */
function randomCodings(count: number, textLength: number, maxLength: number, seed: number): CodingInterval[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(rand() * textLength);
    const end = Math.min(textLength, start + 1 + Math.floor(rand() * maxLength));
    return { id: `c${i}`, codeId: `k${i % 40}`, start, end };
  });
}

const codingsArb = (maxPos: number, maxCount: number) =>
  fc
    .array(fc.tuple(fc.nat(maxPos), fc.nat(maxPos), fc.nat(4)), { maxLength: maxCount })
    .map((rows) =>
      rows.map(([a, b, code], i): CodingInterval => ({
        id: `c${String(i).padStart(4, '0')}`,
        codeId: `code${code}`,
        start: Math.min(a, b),
        end: Math.max(a, b),
      })),
    );

describe('buildSegments', () => {
  it('splits overlapping codings into non-overlapping segments on an Indonesian transcript line', () => {
    const text = 'Saya suka kursus ini 👍🏽 tapi tugasnya terlalu banyak.';
    // code points: Saya 0-4, suka 5-9, kursus 10-16, ini 17-20, 👍🏽 21-23, tapi 24, banyak ends at 52
    const codings: CodingInterval[] = [
      { id: 'a', codeId: 'positif', start: 0, end: 23 }, // "Saya suka kursus ini 👍🏽"
      { id: 'b', codeId: 'kursus', start: 10, end: 16 }, // "kursus"
      { id: 'c', codeId: 'beban', start: 24, end: 52 }, // "tapi tugasnya terlalu banyak"
      { id: 'd', codeId: 'positif', start: 5, end: 9 }, // "suka", same code as a
      { id: 'z', codeId: 'memo', start: 3, end: 3 }, // zero-length: ignored
    ];
    const segments = buildSegments(codings);
    expect(segments.map((s) => [sliceByCodePoints(text, s.start, s.end), s.codingIds.join('+'), s.codeIds.join('+')])).toEqual([
      ['Saya ', 'a', 'positif'],
      ['suka', 'a+d', 'positif'],
      [' ', 'a', 'positif'],
      ['kursus', 'a+b', 'kursus+positif'],
      [' ini 👍🏽', 'a', 'positif'],
      ['tapi tugasnya terlalu banyak', 'c', 'beban'],
    ]);
  });

  it('gives identical codings one segment and touching codings separate segments', () => {
    const same = buildSegments([
      { id: 'x', codeId: 'k', start: 2, end: 6 },
      { id: 'y', codeId: 'k', start: 2, end: 6 },
    ]);
    expect(same).toEqual([{ start: 2, end: 6, codingIds: ['x', 'y'], codeIds: ['k'] }]);
    const touching = buildSegments([
      { id: 'x', codeId: 'k', start: 6, end: 9 },
      { id: 'y', codeId: 'k', start: 2, end: 6 },
    ]);
    expect(touching.map((s) => [s.start, s.end, s.codingIds[0]])).toEqual([
      [2, 6, 'y'],
      [6, 9, 'x'],
    ]);
    expect(buildSegments([])).toEqual([]);
  });

  it('refuses invalid ranges and duplicate ids, naming the coding', () => {
    expect(() => buildSegments([{ id: 'bad', codeId: 'k', start: 5, end: 2 }])).toThrow(/coding bad .*\[5, 2\)/);
    expect(() => buildSegments([{ id: 'neg', codeId: 'k', start: -1, end: 2 }])).toThrow(RangeError);
    expect(() =>
      buildSegments([
        { id: 'twice', codeId: 'k', start: 0, end: 1 },
        { id: 'twice', codeId: 'k', start: 1, end: 2 },
      ]),
    ).toThrow(/coding twice appears twice/);
  });

  it('matches a per-position brute force on random codings (property)', () => {
    fc.assert(
      fc.property(codingsArb(60, 40), (codings) => {
        expect(buildSegments(codings)).toEqual(bruteSegments(codings));
      }),
      { numRuns: 500 },
    );
  });

  it('matches the brute force on thousands of random intervals', () => {
    for (const seed of [1, 2, 3]) {
      const codings = randomCodings(3_000, 3_000, 300, seed);
      expect(buildSegments(codings)).toEqual(bruteSegments(codings));
      const { lanes, laneCount } = assignLanes(codings);
      expect(laneCount).toBe(maxDepth(codings));
      expect(new Set(lanes).size).toBe(laneCount);
    }
  });
});

describe('assignLanes', () => {
  it('puts a long coding in a lower lane than the short ones it contains, and reuses freed lanes', () => {
    const codings = [
      { id: 'short', start: 2, end: 4 },
      { id: 'long', start: 0, end: 20 },
      { id: 'later', start: 5, end: 8 },
      { id: 'same-start-shorter', start: 0, end: 3 },
      { id: 'touching', start: 20, end: 25 },
      { id: 'empty', start: 7, end: 7 },
    ];
    const { lanes, laneCount } = assignLanes(codings);
    expect(lanes).toEqual([2, 0, 1, 1, 0, -1]);
    expect(laneCount).toBe(3);
  });

  it('uses exactly the maximum overlap depth and never puts overlapping codings in one lane (property)', () => {
    fc.assert(
      fc.property(codingsArb(80, 60), (codings) => {
        const { lanes, laneCount } = assignLanes(codings);
        const drawn = codings.filter((c) => c.end > c.start);
        expect(laneCount).toBe(maxDepth(drawn));
        codings.forEach((a, i) => {
          if (a.end === a.start) {
            expect(lanes[i]).toBe(-1);
            return;
          }
          expect(lanes[i]).toBeGreaterThanOrEqual(0);
          expect(lanes[i]).toBeLessThan(laneCount);
          codings.forEach((b, j) => {
            if (j > i && b.end > b.start && a.start < b.end && b.start < a.end) expect(lanes[i]).not.toBe(lanes[j]);
          });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('handles 20,000 codings on a 300k-character text in well under a second', () => {
    const codings = randomCodings(20_000, 300_000, 2_000, 9);
    const t0 = performance.now();
    const segments = buildSegments(codings);
    const t1 = performance.now();
    const { laneCount } = assignLanes(codings);
    const t2 = performance.now();
    console.info(
      `20,000 codings: buildSegments ${(t1 - t0).toFixed(0)} ms (${segments.length} segments), assignLanes ${(t2 - t1).toFixed(0)} ms (${laneCount} lanes)`,
    );
    expect(segments.length).toBeGreaterThan(30_000);
    expect(t2 - t0).toBeLessThan(5000);
  });
});
