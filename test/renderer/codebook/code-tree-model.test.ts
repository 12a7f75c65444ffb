import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/api/methods/code-methods';
import { buildCodeTree, dropPlacement, dropPositionAt, indent, moveDown, moveUp, outdent, subtreeIds, visibleRows } from '../../../renderer/src/codebook/code-tree-model';
import { openRealApi, type RealApi } from '../support/real-api';

// The tree model against the sample project's real codebook, and its placements carried out by
// the real codes.move: what the tree computes is what the core does.

let real: RealApi;
let codes: Code[];
beforeEach(async () => {
  real = await openRealApi();
  codes = await real.api.call('codes.list', {});
});
afterEach(() => real.close());

const byName = (name: string) => {
  const c = codes.find((x) => x.name === name);
  if (!c) throw new Error(`no code ${name}`);
  return c;
};
const namesUnder = (list: Code[], parentId: string | null) =>
  list
    .filter((c) => c.parentId === parentId)
    .sort((a, b) => a.sortKey - b.sortKey)
    .map((c) => c.name);

describe('the codebook tree', () => {
  it('builds the sample codebook: three themes with their subcodes in order, totals over subcodes', () => {
    const tree = buildCodeTree(codes);
    expect(tree.map((n) => n.code.name)).toEqual(['Pengembangan informal', 'Pengembangan formal', 'Relevansi tenaga honorer']);
    expect(tree[0]!.children.map((n) => n.code.name)).toEqual(['Keahlian dasar', 'Keahlian pada bidang tertentu', 'Ketanggapan menyelesaikan pekerjaan']);
    expect(tree[2]!.children).toHaveLength(4);
    for (const node of tree) {
      expect(node.totalCodings).toBe(node.code.codingCount + node.children.reduce((n, k) => n + k.code.codingCount, 0));
      expect(node.children.every((k) => k.depth === 1)).toBe(true);
    }
  });

  it('shows only expanded branches, and with a filter the matches with their ancestors', () => {
    const tree = buildCodeTree(codes);
    expect(visibleRows(tree, new Set()).map((r) => r.node.code.name)).toHaveLength(3);
    const open = visibleRows(tree, new Set([byName('Pengembangan formal').id]));
    expect(open.map((r) => r.node.code.name)).toEqual(['Pengembangan informal', 'Pengembangan formal', 'Materi pelatihan sesuai pekerjaan', 'Kemampuan memahami pelatihan', 'Relevansi tenaga honorer']);
    expect(open[2]).toMatchObject({ index: 0, siblingCount: 2 });
    const filtered = visibleRows(tree, new Set(), 'KEAHLIAN');
    expect(filtered.map((r) => r.node.code.name)).toEqual(['Pengembangan informal', 'Keahlian dasar', 'Keahlian pada bidang tertentu']);
  });

  it('refuses moves past the ends and a first child cannot be nested', () => {
    const first = byName('Keahlian dasar');
    expect(moveUp(codes, first.id)).toBeNull();
    expect(indent(codes, first.id)).toBeNull();
    expect(moveDown(codes, byName('Waktu kerja').id)).toBeNull();
    expect(outdent(codes, byName('Pengembangan formal').id)).toBeNull();
  });

  it('carries out Alt+Down, Alt+Right and Alt+Left through codes.move as the core orders them', async () => {
    const api = real.api;
    const dasar = byName('Keahlian dasar');
    await api.call('codes.move', { id: dasar.id, ...moveDown(codes, dasar.id)! });
    codes = await api.call('codes.list', {});
    expect(namesUnder(codes, byName('Pengembangan informal').id)).toEqual(['Keahlian pada bidang tertentu', 'Keahlian dasar', 'Ketanggapan menyelesaikan pekerjaan']);

    // Nest "Keahlian dasar" under its previous sibling, then take it out again: it lands right after its old parent.
    await api.call('codes.move', { id: dasar.id, ...indent(codes, dasar.id)! });
    codes = await api.call('codes.list', {});
    expect(byName('Keahlian dasar').parentId).toBe(byName('Keahlian pada bidang tertentu').id);
    await api.call('codes.move', { id: dasar.id, ...outdent(codes, dasar.id)! });
    codes = await api.call('codes.list', {});
    expect(namesUnder(codes, byName('Pengembangan informal').id)).toEqual(['Keahlian pada bidang tertentu', 'Keahlian dasar', 'Ketanggapan menyelesaikan pekerjaan']);

    // A theme moves up among the top-level codes.
    const formal = byName('Pengembangan formal');
    await api.call('codes.move', { id: formal.id, ...moveUp(codes, formal.id)! });
    codes = await api.call('codes.list', {});
    expect(namesUnder(codes, null)).toEqual(['Pengembangan formal', 'Pengembangan informal', 'Relevansi tenaga honorer']);
  });

  it('places dragged codes before, after or inside a target, never inside themselves', async () => {
    const theme = byName('Relevansi tenaga honorer');
    const sub = byName('Waktu kerja');
    expect(dropPlacement(codes, theme.id, sub.id, 'inside')).toBeNull();
    expect(dropPlacement(codes, theme.id, theme.id, 'before')).toBeNull();
    expect(subtreeIds(codes, theme.id).size).toBe(5);

    const target = byName('Keahlian dasar');
    const before = dropPlacement(codes, sub.id, target.id, 'before')!;
    expect(before).toEqual({ parentId: byName('Pengembangan informal').id, index: 0 });
    await real.api.call('codes.move', { id: sub.id, ...before });
    codes = await real.api.call('codes.list', {});
    expect(namesUnder(codes, byName('Pengembangan informal').id)[0]).toBe('Waktu kerja');

    const inside = dropPlacement(codes, sub.id, byName('Pengembangan formal').id, 'inside')!;
    await real.api.call('codes.move', { id: sub.id, ...inside });
    codes = await real.api.call('codes.list', {});
    expect(namesUnder(codes, byName('Pengembangan formal').id)).toEqual(['Materi pelatihan sesuai pekerjaan', 'Kemampuan memahami pelatihan', 'Waktu kerja']);

    // Dropping a code after its own next sibling moves it one down; right after itself changes nothing.
    const materi = byName('Materi pelatihan sesuai pekerjaan');
    expect(dropPlacement(codes, materi.id, byName('Kemampuan memahami pelatihan').id, 'after')).toEqual({ parentId: byName('Pengembangan formal').id, index: 1 });
    expect(dropPlacement(codes, materi.id, byName('Kemampuan memahami pelatihan').id, 'before')).toBeNull();
  });

  it('reads the drop zone from the pointer: top quarter before, bottom quarter after, middle inside', () => {
    expect(dropPositionAt(2, 30)).toBe('before');
    expect(dropPositionAt(15, 30)).toBe('inside');
    expect(dropPositionAt(28, 30)).toBe('after');
  });
});
