import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TestProject, tempDir } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

/** Everything a researcher could lose, as comparable data. */
async function snapshot(project: TestProject) {
  return {
    sources: (await project.call('sources.list', {})).map((s) => ({ ...s, importedAt: '' })),
    codes: await project.call('codes.list', {}),
    codings: project.db.prepare('SELECT c.id, c.code_id, s.source_id, s.start, s.end, s.snippet FROM codings c JOIN selections s ON s.id = c.selection_id ORDER BY c.id').all(),
    memos: (await project.call('memos.list', {})).map((m) => ({ ...m })),
    cases: await project.call('cases.list', {}),
  };
}

describe('undo and redo', () => {
  it('undoes and redoes each kind of write, one step each, and survives a restart', async () => {
    const dir = tempDir();
    p = await TestProject.create({ dir });
    const states = [await snapshot(p)];
    const sourceId = await p.addText('Wawancara', 'Pewawancara: Apa kabar?\nInforman: Baik, saya perawat honorer.');
    states.push(await snapshot(p));
    const parent = await p.call('codes.create', { name: 'Pengembangan informal' });
    states.push(await snapshot(p));
    const child = await p.call('codes.create', { name: 'Keahlian dasar', parentId: parent.id });
    states.push(await snapshot(p));
    const coding = await p.call('codings.create', { sourceId, start: 34, end: 54, codeId: child.id });
    states.push(await snapshot(p));
    await p.call('memos.save', { target: { kind: 'coding', id: coding.id }, title: 'Catatan', contentJson: '{}', plainText: 'penting' });
    states.push(await snapshot(p));
    await p.call('codings.resize', { id: coding.id, start: 34, end: 42 });
    states.push(await snapshot(p));
    await p.call('codes.delete', { id: parent.id, codings: 'delete' });
    states.push(await snapshot(p));
    await p.call('sources.delete', { ids: [sourceId] });
    states.push(await snapshot(p));
    expect((await p.call('history.state', {})).undoLabel).toBe('sources.delete');

    // Restart: history lives in the file.
    p.close();
    p = new TestProject(path.join(dir, 'project.telaah'));
    await p.call('project.open', { path: p.file });

    for (let i = states.length - 1; i > 0; i--) {
      expect(await snapshot(p)).toEqual(states[i]);
      await p.call('history.undo', {});
      expect(await snapshot(p)).toEqual(states[i - 1]);
    }
    expect((await p.call('history.state', {})).canUndo).toBe(false);
    for (let i = 1; i < states.length; i++) {
      await p.call('history.redo', {});
      expect(await snapshot(p)).toEqual(states[i]);
    }
    expect((await p.call('history.state', {})).canRedo).toBe(false);
  });

  it('keeps full-text search in step with undo', async () => {
    p = await TestProject.create();
    await p.addText('A', 'Puskesmas menerima tenaga honorer baru.');
    expect(await p.call('search.query', { query: 'honorer' })).toHaveLength(1);
    await p.call('history.undo', {});
    expect(await p.call('search.query', { query: 'honorer' })).toHaveLength(0);
    await p.call('history.redo', {});
    expect(await p.call('search.query', { query: 'honorer' })).toHaveLength(1);
  });

  it('a new write after undo clears the redo stack; a failed write records nothing', async () => {
    p = await TestProject.create();
    await p.call('codes.create', { name: 'A' });
    await p.call('history.undo', {});
    expect((await p.call('history.state', {})).canRedo).toBe(true);
    await p.call('codes.create', { name: 'B' });
    expect((await p.call('history.state', {})).canRedo).toBe(false);
    const before = await p.call('history.state', {});
    await expect(p.call('codes.create', { name: 'B' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await p.call('history.state', {})).toEqual(before);
    expect((await p.call('codes.list', {})).map((c) => c.name)).toEqual(['B']);
  });
});
