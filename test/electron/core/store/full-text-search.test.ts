import { afterEach, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../../electron/core/store/full-text-search';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

describe('full-text search', () => {
  it('finds Indonesian and English words in sources and memos, with marked snippets', async () => {
    p = await TestProject.create();
    await p.addText('Informan 2', 'Pewawancara: Bagaimana pelatihannya?\nInforman: Pelatihan BPJS itu sesuai dengan pekerjaan saya di loket.');
    await p.addText('Interview EN', 'The honorary nurse said the training matched her job.');
    await p.call('memos.save', { target: { kind: 'project' }, title: 'Catatan analisis', contentJson: '{}', plainText: 'Pelatihan formal jarang untuk tenaga honorer.' });
    const hits = await p.call('search.query', { query: 'pelatihan' });
    expect(hits.map((h) => `${h.kind}:${h.name}`).sort()).toEqual(['memo:Catatan analisis', 'source:Informan 2']);
    const source = hits.find((h) => h.kind === 'source')!;
    expect(source.snippet).toContain('\uE000Pelatihan\uE001 BPJS');
    expect(await p.call('search.query', { query: 'training job' })).toHaveLength(1);
    expect(await p.call('search.query', { query: 'pelatih*', scope: 'sources' })).toHaveLength(1);
    expect(await p.call('search.query', { query: '"sesuai dengan pekerjaan"' })).toHaveLength(1);
    expect(await p.call('search.query', { query: '"pekerjaan dengan sesuai"' })).toHaveLength(0);
  });

  it('matches across diacritics and never fails on FTS syntax typed by a researcher', async () => {
    p = await TestProject.create();
    await p.addText('Café', 'Kami rapat di café dekat puskesmas — “rapat koordinasi”.');
    expect(await p.call('search.query', { query: 'cafe' })).toHaveLength(1);
    for (const q of ['AND', 'rapat OR', 'NEAR(', '"', 'col:rapat', '-rapat', '(rapat', 'rapat)', '^rapat', '*']) {
      const r = await p.dispatch('search.query', { query: q });
      expect(r.ok, q).toBe(true);
    }
    expect(toFtsQuery('a "b c" d*')).toBe('"a" "b c" "d"*');
  });
});
