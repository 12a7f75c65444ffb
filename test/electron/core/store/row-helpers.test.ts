import { afterEach, describe, expect, it } from 'vitest';
import { TestProject } from '../../../support/temp-project';

let p: TestProject | null = null;
afterEach(() => p?.close());

// The API takes up to 100,000 ids at once; SQLite refuses a statement with more than 32,766
// parameters, so every IN list goes as one parameter (row-helpers IN_LIST / inList).
const manyIds = (n: number) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('IN lists of any length', () => {
  it('deletes sources and codings named among 40,000 ids', async () => {
    p = await TestProject.create();
    const keep = await p.addText('tetap', 'Informan: tetap di sini.');
    const gone = await p.addText('hapus', 'Informan: dihapus.');
    const code = await p.call('codes.create', { name: 'Kode', parentId: null });
    const coding = await p.call('codings.create', { sourceId: keep, start: 0, end: 8, codeId: code.id });
    expect(await p.call('codings.delete', { ids: [...manyIds(40_000), coding.id] })).toEqual({ deleted: 1 });
    expect(await p.call('sources.delete', { ids: [...manyIds(40_000), gone] })).toEqual({ deleted: 1 });
    expect((await p.call('sources.list', {})).map((s) => s.name)).toEqual(['tetap']);
  });

  it('retrieves coded segments limited to 40,000 sources', async () => {
    p = await TestProject.create();
    const source = await p.addText('wawancara', 'Informan: pelatihan sesuai pekerjaan.');
    const code = await p.call('codes.create', { name: 'Pelatihan', parentId: null });
    await p.call('codings.create', { sourceId: source, start: 10, end: 19, codeId: code.id });
    const segments = await p.call('codings.listByCode', { codeId: code.id, sourceIds: [...manyIds(40_000), source], contextChars: 0 });
    expect(segments.map((s) => s.snippet)).toEqual(['pelatihan']);
  });
});
