import { afterEach, describe, expect, it } from 'vitest';
import { BlockFinder, getBlocks, packBlocks, unpackBlocks } from '../../../../electron/core/store/source-blocks';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

describe('packed source blocks', () => {
  it('round-trip every field, with absent values as null', () => {
    const packed = packBlocks([
      { start: 0, end: 12, bodyStart: 4, kind: 'turn', speaker: 'P', timeStartMs: 1500, timeEndMs: 4200 },
      { start: 12, end: 20, bodyStart: 12, kind: 'heading', level: 2 },
    ]);
    expect(unpackBlocks(packed, 's')).toEqual([
      { start: 0, end: 12, bodyStart: 4, kind: 'turn', speaker: 'P', timeStartMs: 1500, timeEndMs: 4200, level: null },
      { start: 12, end: 20, bodyStart: 12, kind: 'heading', speaker: null, timeStartMs: null, timeEndMs: null, level: 2 },
    ]);
  });

  it('refuse a damaged value, naming the source and the block', () => {
    expect(() => unpackBlocks('{}', 'src-1')).toThrow('The blocks of source src-1 are damaged (not a list).');
    expect(() => unpackBlocks('[[0,1,0,"turn",null,null,null,null],[1,2,1,"poem",null,null,null,null]]', 'src-1')).toThrow('src-1 are damaged at block 2');
  });

  it('are stored with an imported transcript and found by position', async () => {
    p = await TestProject.create();
    const id = await p.addText('Wawancara', 'Pewawancara: Sudah berapa lama?\nInforman 1: Lima tahun.\n');
    const blocks = getBlocks(p.db, id);
    expect(blocks.map((b) => b.speaker)).toEqual(['Pewawancara', 'Informan 1']);
    const finder = new BlockFinder(p.db);
    expect(finder.at(id, 0)?.ordinal).toBe(0);
    expect(finder.at(id, blocks[1]!.start)).toEqual({ ordinal: 1, block: blocks[1] });
    expect(finder.at(id, 10_000)).toBeNull();
    expect(finder.blocksOf('no-such-source')).toEqual([]);
  });
});
