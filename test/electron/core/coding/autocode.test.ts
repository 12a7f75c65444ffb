import { afterEach, describe, expect, it } from 'vitest';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

const TRANSCRIPT = [
  'Pewawancara: Berapa jam Ibu bekerja setiap hari?',
  'Informan: Biasanya delapan jam. Tapi kalau ada posyandu, saya lembur sampai malam.',
  'Itu sering terjadi di akhir bulan.',
  'Pewawancara: Apakah lembur dibayar?',
  'Informan: Tidak. Lembur honorer tidak dibayar.',
].join('\n\n');

async function setup() {
  p = await TestProject.create();
  const id = await p.addText('Informan 4', TRANSCRIPT);
  const text = (await p.call('sources.get', { id })).text;
  return { id, text };
}

function snippets(matches: { snippet: string }[]) {
  return matches.map((m) => m.snippet);
}

describe('auto-coding', () => {
  it('codes each match, its sentence, its paragraph or the whole turn', async () => {
    await setup();
    const base = { codeName: 'Waktu kerja', mode: 'keyword' as const, pattern: 'lembur' };
    expect(snippets((await p.call('autocode.preview', { ...base, scope: 'match' })).matches)).toEqual(['lembur', 'lembur', 'Lembur']);
    expect(snippets((await p.call('autocode.preview', { ...base, scope: 'sentence' })).matches)).toEqual([
      'Tapi kalau ada posyandu, saya lembur sampai malam.',
      'Apakah lembur dibayar?',
      'Lembur honorer tidak dibayar.',
    ]);
    expect(snippets((await p.call('autocode.preview', { ...base, scope: 'paragraph' })).matches)).toEqual([
      'Biasanya delapan jam. Tapi kalau ada posyandu, saya lembur sampai malam.',
      'Apakah lembur dibayar?',
      'Tidak. Lembur honorer tidak dibayar.',
    ]);
    // The turn includes the continuation paragraph of the same speaker.
    const turn = snippets((await p.call('autocode.preview', { ...base, scope: 'turn' })).matches);
    expect(turn[0]).toBe('Biasanya delapan jam. Tapi kalau ada posyandu, saya lembur sampai malam.\n\nItu sering terjadi di akhir bulan.');
  });

  it('codes every turn of a speaker, creating the code, and skips what is already coded', async () => {
    await setup();
    const first = await p.call('autocode.apply', { codeName: 'Jawaban informan', mode: 'speaker', pattern: 'informan', scope: 'turn' });
    expect(first).toMatchObject({ created: 2, skipped: 0 });
    const codes = await p.call('codes.list', {});
    expect(codes.map((c) => c.name)).toEqual(['Jawaban informan']);
    const preview = await p.call('autocode.preview', { codeId: first.codeId, mode: 'speaker', pattern: 'Informan', scope: 'turn' });
    expect(preview.matches.every((m) => m.alreadyCoded)).toBe(true);
    const again = await p.call('autocode.apply', { codeId: first.codeId, mode: 'speaker', pattern: 'Informan', scope: 'turn' });
    expect(again).toMatchObject({ created: 0, skipped: 2 });
    // One undo removes the whole auto-coding run.
    await p.call('history.undo', {});
    await p.call('history.undo', {});
    expect(await p.call('codes.list', {})).toHaveLength(0);
  });

  it('uses code points with emoji and refuses a bad regular expression', async () => {
    p = await TestProject.create();
    const id = await p.addText('E', 'Pesan WA: "ke RSUD ya 👍" lalu 👩‍👩‍👧 datang.');
    const r = await p.call('autocode.preview', { codeName: 'X', mode: 'regex', pattern: 'RSUD ya 👍', scope: 'match' });
    const text = Array.from((await p.call('sources.get', { id })).text);
    expect(text.slice(r.matches[0]!.start, r.matches[0]!.end).join('')).toBe('RSUD ya 👍');
    await expect(p.call('autocode.preview', { codeName: 'X', mode: 'regex', pattern: '(unclosed', scope: 'match' })).rejects.toThrow(/not a valid regular expression/);
  });
});
