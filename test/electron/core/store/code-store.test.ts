import { afterEach, describe, expect, it } from 'vitest';
import { withSubCodes } from '../../../../electron/core/store/code-store';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

describe('withSubCodes', () => {
  it('takes chosen codes with their sub-codes at any depth, each once, whatever order they were made in', async () => {
    p = await TestProject.create();
    const a = (await p.call('codes.create', { name: 'Pengembangan informal' })).id;
    const b = (await p.call('codes.create', { name: 'Relevansi tenaga honorer' })).id;
    const a1 = (await p.call('codes.create', { name: 'Keahlian dasar', parentId: a })).id;
    const a1x = (await p.call('codes.create', { name: 'Mencatat register', parentId: a1 })).id;
    // Moved under a sub-code after it was made: a grandchild made before its parent was.
    const early = (await p.call('codes.create', { name: 'Ditanya senior' })).id;
    await p.call('codes.move', { id: early, parentId: a1x, index: 0 });
    expect(new Set(withSubCodes(p.db, [a]))).toEqual(new Set([a, a1, a1x, early]));
    expect(withSubCodes(p.db, [a1, a1x]).sort()).toEqual([a1, a1x, early].sort());
    expect(withSubCodes(p.db, [b])).toEqual([b]);
    expect(withSubCodes(p.db, [])).toEqual([]);
  });
});
