import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeList } from '../../../shared/exchange/code-list';
import { countEntries } from '../../../shared/exchange/codebook-entry';
import { fixturePath } from '../../support/fixtures';

describe('category>>code lists', () => {
  it('reads QualCoder\'s CRLF list with levels and memos', () => {
    const text = readFileSync(fixturePath('documents/plain_codes_categories_for_import.txt'), 'utf8');
    expect(text).toContain('\r\n');
    const { entries, warnings } = parseCodeList(text, 'list.txt');
    expect(warnings).toEqual([]);
    expect(entries.map((e) => e.name)).toEqual(['code1', 'cat1', 'cat3', 'code6']);
    expect(entries[0]!.description).toBe('A memo for code 1');
    expect(entries[1]!.children.map((e) => e.name)).toEqual(['code2', 'code3']);
    const cat3 = entries[2]!;
    expect(cat3.children.map((e) => e.name)).toEqual(['cat2', 'code5']);
    expect(cat3.children[0]!.children[0]).toMatchObject({ name: 'code4', description: 'another memo' });
    expect(countEntries(entries)).toBe(9);
  });

  it('reports empty levels and lines without a name with their line number', () => {
    const { entries, warnings } = parseCodeList('a>>>>b\n\n>>\nA>>c', 'x.txt');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(warnings).toEqual(['x.txt, line 1: an empty level in "a>>>>b" was ignored', 'x.txt, line 3: an empty level in ">>" was ignored', 'x.txt, line 3: no code name; the line was skipped']);
  });
});
