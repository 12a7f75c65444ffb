import { afterEach, describe, expect, it } from 'vitest';
import { plainTextToLexicalJson } from '../../../../shared/memo/lexical-json';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

describe('memos', () => {
  it('attaches memos to the project, a source, a code, a coding and a case, and deletes them with their target', async () => {
    p = await TestProject.create();
    const source = await p.addText('Wawancara 1', 'Informan: Saya belajar dari senior.');
    const code = await p.call('codes.create', { name: 'Keahlian dasar' });
    const coding = await p.call('codings.create', { sourceId: source, start: 10, end: 35, codeId: code.id });
    const kase = await p.call('cases.create', { name: 'Informan 01' });
    const targets = [
      { kind: 'project' as const },
      { kind: 'source' as const, id: source },
      { kind: 'code' as const, id: code.id },
      { kind: 'coding' as const, id: coding.id },
      { kind: 'case' as const, id: kase.id },
    ];
    for (const target of targets) {
      await p.call('memos.save', { target, title: `Memo ${target.kind}`, contentJson: plainTextToLexicalJson(`Catatan ${target.kind}`), plainText: `Catatan ${target.kind}` });
    }
    const all = await p.call('memos.list', {});
    expect(all.map((m) => m.target.kind).sort()).toEqual(['case', 'code', 'coding', 'project', 'source']);
    expect(all.find((m) => m.target.kind === 'coding')!.targetName).toBe('Saya belajar dari senior.');
    expect(all.find((m) => m.target.kind === 'source')!.targetName).toBe('Wawancara 1');

    // Saving with an id updates in place.
    const codeMemo = (await p.call('memos.forTarget', { target: { kind: 'code', id: code.id } }))[0]!;
    const updated = await p.call('memos.save', { id: codeMemo.id, target: codeMemo.target, title: 'Definisi', contentJson: '{}', plainText: 'diperbarui' });
    expect(updated.plainText).toBe('diperbarui');
    expect(await p.call('memos.list', {})).toHaveLength(5);
    expect((await p.call('search.query', { query: 'diperbarui', scope: 'memos' }))[0]!.id).toBe(codeMemo.id);

    // Deleting a coding deletes its memo; the others stay.
    await p.call('codings.delete', { ids: [coding.id] });
    expect((await p.call('memos.list', {})).map((m) => m.target.kind).sort()).toEqual(['case', 'code', 'project', 'source']);
    await p.call('sources.delete', { ids: [source] });
    expect(await p.call('memos.list', { kind: 'source' })).toHaveLength(0);
  });

  it('writes Lexical JSON with one paragraph per paragraph of plain text', () => {
    const json = JSON.parse(plainTextToLexicalJson('Satu\nbaris dua\n\nParagraf dua'));
    expect(json.root.children).toHaveLength(2);
    expect(json.root.children[0].children.map((c: { type: string }) => c.type)).toEqual(['text', 'linebreak', 'text']);
  });
});
