import { describe, expect, it } from 'vitest';
import { filterCodes, codePaths } from '../../../renderer/src/document/QuickCodePalette';
import { inVivoName } from '../../../renderer/src/document/grapheme-steps';
import type { Code } from '../../../shared/api/methods/code-methods';

describe('quick-code palette filtering', () => {
  const code = (id: string, name: string, parentId: string | null = null): Code => ({
    id, name, parentId, color: '#1f77b4', description: '', inclusion: '', exclusion: '', example: '', sortKey: 0, codingCount: 0, sourceCount: 0,
  });
  const codes = [code('a', 'Pengembangan formal'), code('b', 'Materi pelatihan', 'a'), code('c', 'Kualitas pekerjaan'), code('d', 'Pelatihan mandiri')];
  it('puts names starting with the typed text first, then matches anywhere in the path', () => {
    const paths = codePaths(codes);
    expect(paths.get('b')).toBe('Pengembangan formal › Materi pelatihan');
    expect(filterCodes(codes, paths, 'pel').map((c) => c.id)).toEqual(['d', 'b']);
    // Neither starts with "formal": both match in their path, ordered by name.
    expect(filterCodes(codes, paths, 'formal').map((c) => c.id)).toEqual(['b', 'a']);
  });
});

describe('in-vivo names', () => {
  it('collapses whitespace and cuts long selections at a word', () => {
    expect(inVivoName('  kerja   rangkap\n dua ')).toBe('kerja rangkap dua');
    const long = 'saya harus belajar sendiri dari senior karena tidak ada pelatihan resmi untuk tenaga honorer di sini';
    const name = inVivoName(long, 40);
    expect(name.endsWith('…')).toBe(true);
    expect(long.startsWith(name.slice(0, -1))).toBe(true);
    expect([...name].length).toBeLessThanOrEqual(41);
  });
});
