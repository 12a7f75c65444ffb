import { afterEach, describe, expect, it } from 'vitest';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

describe('the sample project', () => {
  it('loads every transcript, case, code, coding and memo of resources/sample', async () => {
    p = await TestProject.create({ sample: true });
    const info = await p.call('project.info', {});
    expect(info.counts).toEqual({ sources: 8, cases: 8, codes: 12, codings: 68, memos: 5, coders: 2 });
    expect(info.activeCoder.name).toBe('peneliti');
    expect((await p.call('history.state', {})).canUndo).toBe(false);

    const sources = await p.call('sources.list', {});
    const first = await p.call('sources.get', { id: sources[0]!.id });
    const turns = first.blocks.filter((b) => b.speaker !== null);
    expect(new Set(turns.map((b) => b.speaker))).toEqual(new Set(['Pewawancara', 'Informan']));
    expect(first.sourceDate).toMatch(/^2024-03-\d\d$/);

    // Every coding's stored snippet is exactly the text at its range (code points).
    for (const s of sources) {
      const detail = await p.call('sources.get', { id: s.id });
      const cps = Array.from(detail.text);
      for (const c of await p.call('codings.listBySource', { sourceId: s.id })) {
        expect(cps.slice(c.start, c.end).join('')).toBe(c.snippet);
      }
    }
    const emoji = p.db.prepare(`SELECT count(*) AS n FROM selections WHERE snippet LIKE '%👍%'`).get() as { n: number };
    expect(emoji.n).toBeGreaterThan(0);

    const attributes = await p.call('attributes.list', {});
    expect(attributes.find((a) => a.name === 'status')!.values).toEqual(expect.arrayContaining(['PNS', 'honorer', 'kontrak daerah', 'kontrak provinsi']));
    expect(attributes.find((a) => a.name === 'years_of_service')!.type).toBe('number');
    const users = await p.call('users.list', {});
    expect(users.map((u) => u.name).sort()).toEqual(['pembimbing', 'peneliti']);
  });
});
