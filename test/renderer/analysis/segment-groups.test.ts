import { describe, expect, it } from 'vitest';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { groupBySelection } from '../../../renderer/src/analysis/segment-groups';
import { cellShade } from '../../../renderer/src/analysis/matrix-shading';
import { openRealApi } from '../support/real-api';

describe('groupBySelection', () => {
  it('lists each passage of a sample-project cell once, as many as the cell counts, with all its codes and coders', async () => {
    const real = await openRealApi();
    try {
      const m = await real.api.call('analysis.matrix', {});
      // Informan 01 × Pengembangan informal: two coders on one passage, a subcode rolled up on another.
      const r = m.rows.findIndex((x) => x.label.startsWith('Informan 01'));
      const c = m.columns.findIndex((x) => x.label === 'Pengembangan informal');
      const cell = await real.api.call('analysis.cellSegments', { spec: {}, rowKey: m.rows[r]!.key, columnKey: m.columns[c]!.key });
      expect(cell.segments.length).toBeGreaterThan(m.values[r]![c]!);
      const groups = groupBySelection(cell.segments);
      expect(groups).toHaveLength(m.values[r]![c]!);
      expect(groups.reduce((n, g) => n + g.codings.length, 0)).toBe(cell.segments.length);
      for (const g of groups) {
        expect(new Set(g.codings.map((s) => `${s.sourceId}:${s.start}:${s.end}`)).size).toBe(1);
        expect(g.codes.flatMap((x) => x.coders).length).toBeGreaterThanOrEqual(1);
      }
      const twoCoders = groups.find((g) => g.codes.some((x) => x.coders.length === 2));
      expect(twoCoders?.codes[0]?.coders.sort()).toEqual(['pembimbing', 'peneliti']);
    } finally {
      real.close();
    }
  });

  it('keeps the order in which passages first arrive and merges codings of one code by coder', () => {
    const seg = (id: string, selectionId: string, codeName: string, coderName: string) => ({ id, selectionId, codeName, coderName }) as RetrievedSegment;
    const groups = groupBySelection([seg('1', 'b', 'X', 'ana'), seg('2', 'a', 'Y', 'ana'), seg('3', 'b', 'X', 'budi'), seg('4', 'b', 'Z', 'ana')]);
    expect(groups.map((g) => g.selectionId)).toEqual(['b', 'a']);
    expect(groups[0]!.codes).toEqual([
      { codeName: 'X', coders: ['ana', 'budi'] },
      { codeName: 'Z', coders: ['ana'] },
    ]);
  });
});

describe('cellShade', () => {
  it('leaves zero and empty matrices clear and darkens with the value up to 30 % of the accent', () => {
    expect(cellShade(0, 6)).toBeUndefined();
    expect(cellShade(3, 0)).toBeUndefined();
    expect(cellShade(6, 6)).toBe('rgba(35, 57, 93, 0.300)');
    expect(cellShade(3, 6)).toBe('rgba(35, 57, 93, 0.175)');
  });
});
