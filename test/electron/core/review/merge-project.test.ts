import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { TestProject, tempDir } from '../../../support/temp-project';

const open: TestProject[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

async function sample(): Promise<TestProject> {
  const p = await TestProject.create({ sample: true });
  open.push(p);
  return p;
}

async function userId(p: TestProject, name: string): Promise<string> {
  return (await p.call('users.list', {})).find((u) => u.name === name)!.id;
}

/** Counts of the rows a merge touches. */
function counts(db: Database.Database) {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    users: n('SELECT count(*) AS n FROM users'),
    sources: n('SELECT count(*) AS n FROM sources'),
    codes: n('SELECT count(*) AS n FROM codes'),
    codings: n('SELECT count(*) AS n FROM codings'),
  };
}

/**
 * The supervisor's copy (B) of the sample gets new work: pembimbing codes a passage with a new
 * child code, a new coder "penguji" codes another, a new source is imported and coded, and a
 * source named like one of A's but with other text is coded. A is the student's copy.
 */
async function twoCopies() {
  const a = await sample();
  const b = await sample();
  await a.addText('Catatan lapangan', 'Catatan versi mahasiswa.');

  const pembimbing = await userId(b, 'pembimbing');
  const penguji = (await b.call('users.create', { name: 'penguji' })).id;
  const sources = await b.call('sources.list', {});
  const first = sources[0]!;
  const parent = (await b.call('codes.list', {})).find((c) => c.parentId === null)!;
  const child = await b.call('codes.create', { name: 'Kode baru dari pembimbing', parentId: parent.id });
  await b.call('codings.create', { sourceId: first.id, start: 10, end: 40, codeId: child.id, coderId: pembimbing });
  await b.call('codings.create', { sourceId: first.id, start: 50, end: 90, codeId: parent.id, coderId: penguji });
  const added = await b.addText('Wawancara tambahan', 'P: Apa kabar?\nI: Baik, terima kasih.');
  await b.call('codings.create', { sourceId: added, start: 0, end: 13, codeId: parent.id, coderId: pembimbing });
  const clash = await b.addText('Catatan lapangan', 'Catatan versi pembimbing, teksnya lain.');
  await b.call('codings.create', { sourceId: clash, start: 0, end: 7, codeId: parent.id, coderId: pembimbing });
  return { a, b, parent, child, firstName: first.name };
}

describe('merging another coder’s copy of the sample project', () => {
  it('previews without changing anything, then merges in one undoable step', async () => {
    const { a, b, parent, child, firstName } = await twoCopies();
    const before = counts(a.db);
    const sampleCodes = (await b.call('codes.list', {})).length - 1;

    // B stays open in its own session (locked, WAL): the merge reads it read-only.
    const preview = await a.call('merge.preview', { path: b.file });
    expect(counts(a.db)).toEqual(before);
    expect(preview.applied).toBe(false);
    expect(preview.format).toBe('telaah');
    expect(preview.coders.map((c) => `${c.name}:${c.status}`).sort()).toEqual(
      expect.arrayContaining(['pembimbing:matched', 'peneliti:matched', 'penguji:new']),
    );
    expect(preview.sources.matched).toHaveLength(8);
    expect(preview.sources.matched.find((s) => s.name === firstName)).toEqual({ name: firstName, localName: firstName });
    expect(preview.sources.added).toEqual([{ name: 'Wawancara tambahan' }]);
    expect(preview.sources.conflicts).toEqual([{ name: 'Catatan lapangan', reason: expect.stringMatching(/different text/) }]);
    // The two copies were made separately, so their code ids differ: codes match by name path.
    expect(preview.codes.matchedById).toBe(0);
    expect(preview.codes.matchedByName).toHaveLength(sampleCodes);
    expect(preview.codes.added).toEqual([{ path: `${parent.name}/${child.name}` }]);
    expect(preview.codings.alreadyPresent).toBe(68);
    expect(preview.codings.added).toBe(3);
    expect(preview.codings.skipped).toEqual([
      { source: 'Catatan lapangan', code: parent.name, coder: 'pembimbing', start: 0, end: 7, reason: expect.stringMatching(/different text/) },
    ]);

    const applied = await a.call('merge.apply', { path: b.file });
    expect({ ...applied, applied: false }).toEqual(preview);
    expect(applied.applied).toBe(true);
    expect(counts(a.db)).toEqual({ users: before.users + 1, sources: before.sources + 1, codes: before.codes + 1, codings: before.codings + 3 });

    // Their codings are under their coder, at the same text.
    const penguji = await userId(a, 'penguji');
    const aSource = (await a.call('sources.list', {})).find((s) => s.name === firstName)!;
    const pengujiCodings = await a.call('codings.listBySource', { sourceId: aSource.id, coderIds: [penguji] });
    expect(pengujiCodings.map((c) => [c.start, c.end])).toEqual([[50, 90]]);
    const bSource = (await b.call('sources.list', {})).find((s) => s.name === firstName)!;
    const bText = (await b.call('sources.get', { id: bSource.id })).text;
    expect(pengujiCodings[0]!.snippet).toBe([...bText].slice(50, 90).join(''));
    // The new source came with its blocks.
    const addedSource = (await a.call('sources.list', {})).find((s) => s.name === 'Wawancara tambahan')!;
    expect((await a.call('sources.get', { id: addedSource.id })).blocks.map((b) => b.speaker)).toEqual(['P', 'I']);

    // Merging again adds nothing; the code added last time now matches by its id.
    const again = await a.call('merge.preview', { path: b.file });
    expect(again.codings.added).toBe(0);
    expect(again.codes.matchedById).toBe(1);
    expect(again.sources.added).toEqual([]);

    // One undo step takes the whole merge back.
    await a.call('history.undo', {});
    expect(counts(a.db)).toEqual(before);
  });

  it('merges a .qdpx export of the other copy by the same rules', async () => {
    const { a, b } = await twoCopies();
    const qdpx = path.join(tempDir(), 'pembimbing.qdpx');
    await b.call('exchange.exportProject', { path: qdpx });
    const report = await a.call('merge.preview', { path: qdpx });
    expect(report.format).toBe('qdpx');
    expect(report.sources.matched).toHaveLength(8);
    expect(report.sources.added.map((s) => s.name)).toEqual(['Wawancara tambahan']);
    expect(report.sources.conflicts.map((s) => s.name)).toEqual(['Catatan lapangan']);
    expect(report.codings.alreadyPresent).toBe(68);
    expect(report.codings.added).toBe(3);
    expect(report.coders.find((c) => c.name === 'penguji')?.status).toBe('new');
  });

  it('refuses the open project itself, files that are not projects, and other formats', async () => {
    const a = await sample();
    await expect(a.call('merge.preview', { path: a.file })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/project that is open/) });
    const notProject = path.join(tempDir(), 'other.telaah');
    const db = new Database(notProject);
    db.exec('CREATE TABLE t (x)');
    db.close();
    await expect(a.call('merge.preview', { path: notProject })).rejects.toMatchObject({ code: 'not-a-project', message: expect.stringContaining('other.telaah') });
    await expect(a.call('merge.preview', { path: path.join(tempDir(), 'missing.telaah') })).rejects.toMatchObject({ code: 'not-found' });
    await expect(a.call('merge.preview', { path: '/tmp/copy.nvp' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/\.telaah or exported as \.qdpx/) });
  });
});
