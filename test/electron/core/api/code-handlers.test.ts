import { afterEach, describe, expect, it } from 'vitest';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

async function tree(project: TestProject) {
  const codes = await project.call('codes.list', {});
  const name = new Map(codes.map((c) => [c.id, c.name]));
  return codes.map((c) => `${c.parentId ? `${name.get(c.parentId)}/` : ''}${c.name}`);
}

describe('codebook operations', () => {
  it('creates a hierarchy with definitions and keeps sibling names unique', async () => {
    p = await TestProject.create();
    const formal = await p.call('codes.create', { name: 'Pengembangan formal', description: 'Pelatihan resmi', inclusion: 'Diklat, seminar', exclusion: 'Belajar dari senior', example: '"Saya ikut pelatihan BPJS"' });
    expect(formal).toMatchObject({ description: 'Pelatihan resmi', inclusion: 'Diklat, seminar', exclusion: 'Belajar dari senior' });
    expect(formal.color).toMatch(/^#[0-9a-f]{6}$/i);
    await p.call('codes.create', { name: 'Materi pelatihan sesuai pekerjaan', parentId: formal.id });
    await expect(p.call('codes.create', { name: 'materi PELATIHAN sesuai pekerjaan', parentId: formal.id })).rejects.toMatchObject({ code: 'conflict' });
    // The same name elsewhere in the tree is fine.
    await p.call('codes.create', { name: 'Materi pelatihan sesuai pekerjaan' });
    // Siblings in creation order, children right after their parent.
    expect(await tree(p)).toEqual(['Pengembangan formal', 'Pengembangan formal/Materi pelatihan sesuai pekerjaan', 'Materi pelatihan sesuai pekerjaan']);
  });

  it('moves codes to a position, nests them, and refuses a cycle', async () => {
    p = await TestProject.create();
    const a = await p.call('codes.create', { name: 'A' });
    const b = await p.call('codes.create', { name: 'B' });
    const c = await p.call('codes.create', { name: 'C' });
    await p.call('codes.move', { id: c.id, parentId: null, index: 0 });
    expect(await tree(p)).toEqual(['C', 'A', 'B']);
    await p.call('codes.move', { id: b.id, parentId: a.id, index: 0 });
    expect(await tree(p)).toEqual(['C', 'A', 'A/B']);
    await expect(p.call('codes.move', { id: a.id, parentId: b.id, index: 0 })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(p.call('codes.move', { id: a.id, parentId: a.id, index: 0 })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('merges codes, moving codings without duplicating one the coder already has', async () => {
    p = await TestProject.create();
    const s = await p.addText('S', 'Jumlah tenaga honorer terlalu banyak untuk puskesmas kecil.');
    const x = await p.call('codes.create', { name: 'Jumlah honorer' });
    const y = await p.call('codes.create', { name: 'Jumlah tenaga honorer' });
    await p.call('codings.create', { sourceId: s, start: 0, end: 21, codeId: x.id });
    await p.call('codings.create', { sourceId: s, start: 0, end: 21, codeId: y.id });
    await p.call('codings.create', { sourceId: s, start: 22, end: 36, codeId: x.id });
    await p.call('memos.save', { target: { kind: 'code', id: x.id }, contentJson: '{}', plainText: 'catatan kode' });
    const r = await p.call('codes.merge', { fromIds: [x.id], intoId: y.id });
    expect(r.codingsMoved).toBe(1);
    const codes = await p.call('codes.list', {});
    expect(codes.map((c) => c.name)).toEqual(['Jumlah tenaga honorer']);
    expect(codes[0]!.codingCount).toBe(2);
    expect((await p.call('memos.forTarget', { target: { kind: 'code', id: y.id } }))[0]!.plainText).toBe('catatan kode');
  });

  it('deletes a code with an explicit choice for its codings', async () => {
    p = await TestProject.create();
    const s = await p.addText('S', 'Waktu kerja honorer sering melebihi jam dinas.');
    const parent = await p.call('codes.create', { name: 'Relevansi' });
    const child = await p.call('codes.create', { name: 'Waktu kerja', parentId: parent.id });
    const grandchild = await p.call('codes.create', { name: 'Lembur', parentId: child.id });
    await p.call('codings.create', { sourceId: s, start: 0, end: 11, codeId: child.id });
    await p.call('codings.create', { sourceId: s, start: 27, end: 35, codeId: grandchild.id });

    const moved = await p.call('codes.delete', { id: child.id, codings: 'moveToParent' });
    expect(moved).toEqual({ codesDeleted: 1, codingsDeleted: 0, codingsMoved: 1 });
    expect(await tree(p)).toEqual(['Relevansi', 'Relevansi/Lembur']);
    expect((await p.call('codes.list', {}))[0]!.codingCount).toBe(1);

    await expect(p.call('codes.delete', { id: parent.id, codings: 'moveToParent' })).rejects.toThrow(/top-level code/);
    const gone = await p.call('codes.delete', { id: parent.id, codings: 'delete' });
    expect(gone).toEqual({ codesDeleted: 2, codingsDeleted: 2, codingsMoved: 0 });
    expect(p.db.prepare('SELECT count(*) AS n FROM selections').get()).toEqual({ n: 0 });
  });
});

describe('codings', () => {
  it('resizes one coding without moving others on the same text, and lists by code with context', async () => {
    p = await TestProject.create();
    const s = await p.addText('Informan 3', 'Pewawancara: Bagaimana pelatihannya?\nInforman: Materinya sesuai pekerjaan saya di farmasi.');
    const parent = await p.call('codes.create', { name: 'Pengembangan formal' });
    const a = await p.call('codes.create', { name: 'Materi sesuai', parentId: parent.id });
    const b = await p.call('codes.create', { name: 'Farmasi' });
    const text = (await p.call('sources.get', { id: s })).text;
    const start = text.indexOf('Materinya');
    const end = text.indexOf(' di farmasi');
    const ca = await p.call('codings.create', { sourceId: s, start, end, codeId: a.id });
    const cb = await p.call('codings.create', { sourceId: s, start, end, codeId: b.id });
    expect(ca.selectionId).toBe(cb.selectionId);
    const resized = await p.call('codings.resize', { id: ca.id, start, end: end + 11 });
    expect(resized.snippet).toBe('Materinya sesuai pekerjaan saya di farmasi');
    expect((await p.call('codings.listBySource', { sourceId: s })).find((c) => c.id === cb.id)!.end).toBe(end);

    const segments = await p.call('codings.listByCode', { codeId: parent.id, includeChildren: true, contextChars: 10 });
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ codeName: 'Materi sesuai', sourceName: 'Informan 3', speaker: 'Informan', contextBefore: 'Informan: ' });
    expect(await p.call('codings.listByCode', { codeId: parent.id, includeChildren: false })).toHaveLength(0);
    await p.call('codings.delete', { ids: [ca.id, cb.id] });
    expect(p.db.prepare('SELECT count(*) AS n FROM selections').get()).toEqual({ n: 0 });
  });
});
