import { afterEach, describe, expect, it } from 'vitest';
import { indexPendingSources, pendingSearchIndexCount } from '../../../../electron/core/store/search-index';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

/** FTS5's own check that the index matches the sources table, word for word. */
function expectIndexMatchesSources(project: TestProject): void {
  expect(() => project.db.exec(`INSERT INTO sources_fts(sources_fts) VALUES ('integrity-check')`)).not.toThrow();
}

/** Background indexing off, so what is queued stays queued until a search or an explicit call. */
const create = () => TestProject.create({ session: { backgroundIndexing: false } });

const found = async (query: string) => (await p.call('search.query', { query, scope: 'sources' })).map((h) => h.name).sort();

describe('search index queue', () => {
  it('queues a stored source and indexes it before a search reads the index', async () => {
    p = await create();
    await p.addText('Informan 1', 'Pelatihan BPJS sesuai dengan pekerjaan.');
    await p.addText('Informan 2', 'Lembur di posyandu setiap bulan.');
    expect(pendingSearchIndexCount(p.db)).toBe(2);
    expect(await found('posyandu')).toEqual(['Informan 2']);
    expect(pendingSearchIndexCount(p.db)).toBe(0);
    expectIndexMatchesSources(p);
  });

  it('keeps the index right when queued and indexed sources are renamed, edited, deleted, undone and redone', async () => {
    p = await create();
    const indexed = await p.addText('Indexed', 'kata lama di sini');
    expect(indexPendingSources(p.db)).toBe(0);
    const queued = await p.addText('Queued', 'antrean belum terindeks');
    expect(pendingSearchIndexCount(p.db)).toBe(1);

    // An indexed source edited: its old words leave the index, its new words are found.
    await p.call('sources.editText', { id: indexed, newText: 'kata baru di sini' });
    expect(pendingSearchIndexCount(p.db)).toBe(2);
    expect(await found('lama')).toEqual([]);
    expect(await found('baru')).toEqual(['Indexed']);
    expectIndexMatchesSources(p);

    // A queued source renamed and then deleted before it was ever indexed: nothing of it is left.
    await p.addText('Another', 'teks lain');
    await p.call('sources.rename', { id: queued, name: 'Renamed' });
    await p.call('sources.delete', { ids: [queued] });
    expectIndexMatchesSources(p);
    expect(await found('antrean')).toEqual([]);

    // Undoing the deletion brings the source back into the index; redoing removes it again.
    await p.call('history.undo', {});
    expect(await found('antrean')).toEqual(['Renamed']);
    expectIndexMatchesSources(p);
    await p.call('history.redo', {});
    expect(await found('antrean')).toEqual([]);
    // Undoing an import of a source that is still queued leaves neither the source nor its queue entry.
    await p.addText('Undone', 'impor dibatalkan');
    await p.call('history.undo', {});
    expect(pendingSearchIndexCount(p.db)).toBe(0);
    expect(await found('dibatalkan')).toEqual([]);
    expectIndexMatchesSources(p);
  });

  it('is indexed by the session in the background after an import', async () => {
    p = await TestProject.create();
    await p.addText('Informan 3', 'Jam kerja tenaga honorer.');
    expect(pendingSearchIndexCount(p.db)).toBe(1);
    await expect.poll(() => pendingSearchIndexCount(p.db), { timeout: 5000 }).toBe(0);
    expectIndexMatchesSources(p);
  });
});
