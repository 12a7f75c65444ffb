import { expect } from 'vitest';
import { TestProject } from '../../../support/temp-project';

/**
 * A small two-coder project whose agreement is worked out by hand in the tests.
 *
 * One source of 32 code points, three speaker turns (blocks) [0,10), [11,21), [22,32):
 *     "I: aaaaaaa\nR: bbbbbbb\nI: ccccccc"
 * Code X: ana [0,10) [11,21);  budi [0,10) [15,21) [22,26)
 * Code Y: ana [22,32);          budi nothing
 * A second source nobody coded ("uncoded", 21 code points, two turns).
 */
export interface TwoCoderProject {
  p: TestProject;
  ana: string;
  budi: string;
  x: string;
  y: string;
  source: string;
  uncoded: string;
  coding: (coder: string, code: string, start: number, end: number) => Promise<string>;
}

export const SOURCE_TEXT = 'I: aaaaaaa\nR: bbbbbbb\nI: ccccccc';

export async function twoCoderProject(): Promise<TwoCoderProject> {
  const p = await TestProject.create();
  const ana = (await p.call('users.create', { name: 'ana' })).id;
  const budi = (await p.call('users.create', { name: 'budi' })).id;
  const x = (await p.call('codes.create', { name: 'X' })).id;
  const y = (await p.call('codes.create', { name: 'Y' })).id;
  const source = await p.addText('coded', SOURCE_TEXT);
  const uncoded = await p.addText('uncoded', 'I: dddddd\nR: eeeeeee');
  const detail = await p.call('sources.get', { id: source });
  expect(detail.charCount).toBe(32);
  expect(detail.blocks.map((b) => [b.start, b.end])).toEqual([
    [0, 10],
    [11, 21],
    [22, 32],
  ]);
  const coding = async (coder: string, code: string, start: number, end: number) =>
    (await p.call('codings.create', { sourceId: source, start, end, codeId: code, coderId: coder })).id;
  await coding(ana, x, 0, 10);
  await coding(ana, x, 11, 21);
  await coding(budi, x, 0, 10);
  await coding(budi, x, 15, 21);
  await coding(budi, x, 22, 26);
  await coding(ana, y, 22, 32);
  return { p, ana, budi, x, y, source, uncoded, coding };
}

/** Krippendorff's nominal alpha for two coders and binary units from the 2×2 table, by its definition. */
export function alphaFromTable(both: number, firstOnly: number, secondOnly: number, neither: number): number {
  const units = both + firstOnly + secondOnly + neither;
  const n = 2 * units;
  const n1 = 2 * both + firstOnly + secondOnly;
  const n0 = 2 * neither + firstOnly + secondOnly;
  const observed = (firstOnly + secondOnly) / units;
  const expected = (2 * n0 * n1) / (n * (n - 1));
  return 1 - observed / expected;
}
