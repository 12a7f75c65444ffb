import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixSpecInput } from '../../../../shared/api/methods/analysis-methods';
import { buildSmallProject, type SmallProject } from './small-project';

let sp: SmallProject;
beforeAll(async () => {
  sp = await buildSmallProject();
});
afterAll(() => sp.project.close());

const matrix = (spec: MatrixSpecInput) => sp.project.call('analysis.matrix', spec);

describe('count matrices against hand-computed values (see small-project.ts)', () => {
  it('the default is cases × codes, coded segments, children rolled up without counting a segment twice', async () => {
    const m = await matrix({});
    expect(m.rows.map((r) => r.label)).toEqual(['A', 'B', 'C']);
    expect(m.columns.map((c) => [c.label, c.depth])).toEqual([['P', 0], ['C1', 1], ['C2', 1], ['Q', 0]]);
    // A × P: S1 [0,14) (P and C2: one segment), [5,9), [20,29); S2 [0,4) → 4, not 5
    expect(m.values).toEqual([
      [4, 2, 2, 2],
      [1, 1, 0, 1],
      [0, 0, 0, 1],
    ]);
    // totals are distinct segments over the whole row / column, not sums of cells
    expect(m.rowTotals).toEqual([5, 2, 1]);
    expect(m.columnTotals).toEqual([5, 3, 2, 4]);
    expect(m.grandTotal).toBe(8);
    expect(m.codingsConsidered).toBe(10);
    expect(m.title).toBe('Cases × Codes: coded segments');
  });

  it('without roll-up a parent counts only its own codings', async () => {
    const m = await matrix({ rollUp: false });
    expect(m.values[0]).toEqual([1, 2, 2, 2]);
    expect(m.values[1]).toEqual([0, 1, 0, 1]);
  });

  it('coded characters and words take the union of overlapping codings per source', async () => {
    const chars = await matrix({ measure: 'characters' });
    // A × P: S1 [0,14) ∪ [5,9) ∪ [20,29) = 14 + 9, S2 [0,4) = 4
    expect(chars.values[0]).toEqual([27, 4 + 9, 14 + 4, 14 + 4]);
    expect(chars.rowTotals[0]).toBe(29 + 4); // S1 [0,29) + S2 [0,4)
    const w = await matrix({ measure: 'words' });
    // A × P: S1 words 0,1,2 and 4,5; S2 word 0
    expect(w.values[0]).toEqual([6, 3, 3 + 1, 3 + 1]);
    expect(w.values[1]).toEqual([1, 1, 0, 3]); // B: C1 [30,34) is word 6; Q [5,19) words 1–3
    expect(w.rowTotals[0]).toBe(7);
  });

  it('counts sources, cases and presence', async () => {
    const s = await matrix({ measure: 'sources' });
    expect(s.values[0]).toEqual([2, 1, 2, 2]);
    const byStatus = await matrix({ rows: { kind: 'attribute', attributeId: sp.attributes.status }, measure: 'cases' });
    expect(byStatus.rows.map((r) => [r.key, r.label])).toEqual([
      ['value:honorer', 'honorer'],
      ['value:PNS', 'PNS'],
    ]);
    expect(byStatus.values).toEqual([
      [1, 1, 0, 2],
      [1, 1, 1, 1],
    ]);
    const p = await matrix({ measure: 'presence' });
    expect(p.values).toEqual([
      [1, 1, 1, 1],
      [1, 1, 0, 1],
      [0, 0, 0, 1],
    ]);
  });

  it('groups by attribute values: honorer pools cases B and C', async () => {
    const m = await matrix({ rows: { kind: 'attribute', attributeId: sp.attributes.status } });
    expect(m.values).toEqual([
      [1, 1, 0, 2],
      [4, 2, 2, 2],
    ]);
  });

  it('row and column percentages divide by the distinct totals', async () => {
    const m = await matrix({ normalization: 'rowPercent' });
    expect(m.values[0]).toEqual([80, 40, 40, 40]);
    expect(m.counts[0]).toEqual([4, 2, 2, 2]);
    const c = await matrix({ normalization: 'columnPercent' });
    expect(c.values.map((r) => r[3])).toEqual([50, 25, 25]);
  });

  it('per 1,000 words divides by the words of the row’s sources', async () => {
    const m = await matrix({ normalization: 'per1000Words' });
    expect(m.wordBase).toBe('rows');
    // A has S1 (10 words) + S2 (5 words) = 15 words
    expect(m.values[0]![0]).toBeCloseTo((4 / 15) * 1000, 6);
    expect(m.values[1]![3]).toBeCloseTo((1 / 10) * 1000, 6);
    expect(m.values[2]![3]).toBeCloseTo((1 / 2) * 1000, 6);
  });

  it('codes as rows and coders as columns', async () => {
    const m = await matrix({ rows: { kind: 'codes' }, columns: { kind: 'coders' } });
    const second = m.columns.findIndex((c) => c.key === sp.coders.second);
    const first = m.columns.findIndex((c) => c.key === sp.coders.first);
    expect(m.values.map((r) => r[second])).toEqual([1, 1, 0, 0]);
    expect(m.values.map((r) => r[first])).toEqual([4, 2, 2, 4]);
  });

  it('filters by set, coder, code and attribute', async () => {
    const set = await matrix({ filters: { setIds: [sp.setId] } });
    expect(set.values[0]).toEqual([3, 2, 1, 1]);
    expect(set.rowTotals).toEqual([4, 0, 0]);
    const coder = await matrix({ filters: { coderIds: [sp.coders.second] } });
    expect(coder.values).toEqual([
      [0, 0, 0, 0],
      [1, 1, 0, 0],
      [0, 0, 0, 0],
    ]);
    const code = await matrix({ columns: { kind: 'sources' }, filters: { codeIds: [sp.codes.C1] } });
    expect(code.columns.map((c) => c.label)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(code.values).toEqual([
      [2, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 0],
    ]);
    const honorer = await matrix({ filters: { attribute: { attributeId: sp.attributes.status, values: ['honorer'] } } });
    expect(honorer.values[0]).toEqual([0, 0, 0, 0]);
    expect(honorer.values[2]).toEqual([0, 0, 0, 1]);
  });

  it('orders a case-ordered display numerically by an attribute, and by totals', async () => {
    const m = await matrix({ rowOrder: 'sortValue', rowSortAttributeId: sp.attributes.years });
    expect(m.rows.map((r) => r.label)).toEqual(['B', 'C', 'A']); // 3, 7, 12 (not "12" < "3")
    expect(m.values[2]).toEqual([4, 2, 2, 2]);
    const t = await matrix({ columnOrder: 'totalDescending' });
    expect(t.columns.map((c) => c.label)).toEqual(['P', 'Q', 'C1', 'C2']);
    expect(t.columnTotals).toEqual([5, 4, 3, 2]);
    const hidden = await matrix({ filters: { setIds: [sp.setId] }, hideEmpty: true });
    expect(hidden.rows.map((r) => r.label)).toEqual(['A']);
  });

  it('refuses what makes no sense with a message that says why', async () => {
    await expect(matrix({ rows: { kind: 'codes' }, columns: { kind: 'codes' } })).rejects.toThrow(/co-occurrence/);
    await expect(matrix({ measure: 'presence', normalization: 'rowPercent' })).rejects.toThrow(/Percentages of presence/);
    await expect(matrix({ rows: { kind: 'attribute', attributeId: 'nope' } })).rejects.toThrow(/Attribute nope does not exist/);
  });

  it('drills down to the codings behind a cell, a row and a column', async () => {
    const spec = {};
    const cell = await sp.project.call('analysis.cellSegments', { spec, rowKey: sp.cases.A, columnKey: sp.codes.P });
    expect(cell.total).toBe(5);
    expect(cell.segments.map((s) => [s.sourceName, s.start, s.end, s.codeName])).toEqual([
      ['S1', 0, 14, 'C2'],
      ['S1', 0, 14, 'P'],
      ['S1', 5, 9, 'C1'],
      ['S1', 20, 29, 'C1'],
      ['S2', 0, 4, 'C2'],
    ]);
    expect(cell.segments[0]!.caseNames).toEqual(['A']);
    expect(cell.segments[3]!.contextBefore.endsWith('kata ')).toBe(true);
    const column = await sp.project.call('analysis.cellSegments', { spec, rowKey: null, columnKey: sp.codes.Q, contextChars: 0 });
    expect(column.segments.map((s) => s.sourceName)).toEqual(['S1', 'S2', 'S3', 'S4']);
    await expect(sp.project.call('analysis.cellSegments', { spec, rowKey: 'gone', columnKey: null })).rejects.toThrow(/no row "gone"/);
  });

  it('finds negative cases: where a code is absent or rare', async () => {
    const cases = await sp.project.call('analysis.negativeCases', { codeId: sp.codes.C2 });
    expect(cases.map((c) => [c.caseName, c.codings, c.absent])).toEqual([
      ['B', 0, true],
      ['C', 0, true],
      ['A', 2, false],
    ]);
    expect(cases[2]!.per1000Words).toBeCloseTo((2 / 15) * 1000, 6);
    expect(cases[2]!.words).toBe(15);
    const rare = await sp.project.call('analysis.negativeCases', { codeId: sp.codes.Q, maxPer1000Words: 150 });
    expect(rare.map((c) => c.caseName)).toEqual(['B', 'A']); // 100 and 133.3 per 1,000; C has 500
  });
});
