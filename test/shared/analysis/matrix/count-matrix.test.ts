import { describe, expect, it } from 'vitest';
import { codeMembership, codeTreeOrder } from '../../../../shared/analysis/matrix/code-hierarchy';
import { countMatrix, factsInCell } from '../../../../shared/analysis/matrix/count-matrix';
import { packFacts } from '../../../support/matrix-facts';
import { compareAttributeValues, orderAxis } from '../../../../shared/analysis/matrix/matrix-order';
import type { MatrixAxis } from '../../../../shared/analysis/matrix/matrix-types';
import { normalizeMatrix, wordsPerMember } from '../../../../shared/analysis/matrix/normalize-matrix';

// Codes: 0 = Parent, 1 = Child (of 0), 2 = Other. Sources 0 and 1; source 1 belongs to both cases.
const codes = [
  { id: 'p', parentId: null, name: 'Parent', sortKey: 0 },
  { id: 'c', parentId: 'p', name: 'Child', sortKey: 0 },
  { id: 'o', parentId: null, name: 'Other', sortKey: 1 },
];
const facts = packFacts([
  // given out of order on purpose: packFacts sorts by (source, start, selection)
  { coding: 5, selection: 13, source: 1, start: 0, end: 10, code: 2, coder: 0 },
  { coding: 1, selection: 10, source: 0, start: 0, end: 10, code: 0, coder: 0 },
  { coding: 2, selection: 10, source: 0, start: 0, end: 10, code: 1, coder: 1 },
  { coding: 3, selection: 11, source: 0, start: 5, end: 20, code: 1, coder: 0 },
  { coding: 4, selection: 12, source: 1, start: 3, end: 6, code: 1, coder: 0 },
]);
const cases: MatrixAxis = { field: 'source', members: [{ key: 'A', label: 'A' }, { key: 'B', label: 'B' }], membersOf: [[0], [0, 1]] };
const codeAxis = (rollUp: boolean): MatrixAxis => ({
  field: 'code',
  members: codes.map((c) => ({ key: c.id, label: c.name })),
  membersOf: codeMembership(codes, [0, 1, 2], rollUp),
});

describe('countMatrix', () => {
  it('counts distinct segments: a selection coded with parent and child is one segment of the parent', () => {
    const m = countMatrix({ facts, rows: cases, columns: codeAxis(true), measure: 'codings' });
    expect(m.values).toEqual([
      [3, 3, 1],
      [1, 1, 1],
    ]);
    // source 1 is in both cases: its two segments appear in both rows but once in the column totals
    expect(m.rowTotals).toEqual([4, 2]);
    expect(m.columnTotals).toEqual([3, 3, 1]);
    expect(m.grandTotal).toBe(4);
    expect(countMatrix({ facts, rows: cases, columns: codeAxis(false), measure: 'codings' }).values[0]).toEqual([1, 3, 1]);
  });

  it('characters: the union of overlapping codings per source', () => {
    const m = countMatrix({ facts, rows: cases, columns: codeAxis(true), measure: 'characters' });
    expect(m.values[0]).toEqual([20 + 3, 20 + 3, 10]); // source 0: [0,10) ∪ [5,20); source 1: [3,6)
    expect(m.rowTotals[0]).toBe(20 + 10); // source 1: [0,10) ∪ [3,6)
  });

  it('words: each word once per source, through the given counter', () => {
    const calls: number[][] = [];
    const m = countMatrix({
      facts,
      rows: cases,
      columns: codeAxis(true),
      measure: 'words',
      wordsOfSource: () => ({
        countInUnion: (ranges) => {
          calls.push(ranges.map((r) => r.end - r.start));
          return ranges.length;
        },
      }),
    });
    expect(m.values[1]).toEqual([1, 1, 1]);
    expect(calls.length).toBeGreaterThan(0);
  });

  it('cases: distinct cases of the sources in the cell', () => {
    const sources: MatrixAxis = { field: 'source', members: [{ key: 's0', label: 's0' }, { key: 's1', label: 's1' }], membersOf: [[0], [1]] };
    const m = countMatrix({ facts, rows: codeAxis(true), columns: sources, measure: 'cases', casesOfSource: [[0], [0, 1]] });
    expect(m.values).toEqual([
      [1, 2],
      [1, 2],
      [0, 2],
    ]);
    expect(m.rowTotals).toEqual([2, 2, 2]);
  });

  it('drill-down returns exactly the facts counted in a cell', () => {
    const idx = factsInCell({ facts, rows: cases, columns: codeAxis(true) }, 1, 0);
    expect(idx.map((i) => facts.coding[i])).toEqual([4]);
    expect(factsInCell({ facts, rows: cases, columns: codeAxis(true) }, 0, null).map((i) => facts.coding[i])).toEqual([1, 2, 3, 5, 4]);
  });
});

describe('normalisation and order', () => {
  const counts = { values: [[2, 1], [0, 3]], rowTotals: [2, 4], columnTotals: [2, 4], grandTotal: 5 };
  it('row and column percentages, per 1,000 words of the row', () => {
    expect(normalizeMatrix({ counts, normalization: 'rowPercent' }).values).toEqual([[100, 50], [0, 75]]);
    expect(normalizeMatrix({ counts, normalization: 'columnPercent' }).values).toEqual([[100, 25], [0, 75]]);
    const words = wordsPerMember(cases, [0, 1], [400, 100]);
    expect(words).toEqual([500, 100]);
    expect(normalizeMatrix({ counts, normalization: 'per1000Words', rowWords: words }).values).toEqual([[4, 2], [0, 30]]);
  });
  it('orders attribute values by type, missing last', () => {
    expect(['10', '9', 'x', '100'].sort((a, b) => compareAttributeValues(a, b, 'number'))).toEqual(['9', '10', '100', 'x']);
    expect(orderAxis({ labels: ['a', 'b', 'c'], totals: [0, 0, 0], order: 'sortValue', sortValues: ['12', null, '3'], sortType: 'number' })).toEqual([2, 0, 1]);
    expect(orderAxis({ labels: ['a', 'b', 'c'], totals: [1, 3, 2], order: 'totalDescending' })).toEqual([1, 2, 0]);
  });
  it('puts codes in tree order with depth', () => {
    expect(codeTreeOrder([codes[2]!, codes[1]!, codes[0]!]).map((c) => [c.name, c.depth])).toEqual([['Parent', 0], ['Child', 1], ['Other', 0]]);
  });
});
