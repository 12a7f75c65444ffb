import { afterEach, describe, expect, it } from 'vitest';
import { loadProjectIndex } from '../../../../electron/core/analysis/project-index';
import { parseHexIntegers, readAllFacts } from '../../../../electron/core/analysis/matrix-facts-query';
import type { MatrixFacts } from '../../../../shared/analysis/matrix/matrix-types';
import type { TestProject } from '../../../support/temp-project';
import { TestProject as Project } from '../../../support/temp-project';
import { buildSmallProject } from './small-project';

let p: TestProject | undefined;
afterEach(() => p?.close());

/** The same facts read the plain way: one row per coding, joined by GUID, sorted in JavaScript. */
function plainFacts(project: TestProject) {
  const index = loadProjectIndex(project.db);
  const rows = project.db
    .prepare(
      `SELECT c.rowid AS coding, s.rowid AS selection, s.source_id AS sourceId, s.start, s.end, c.code_id AS codeId, c.coder_id AS coderId
       FROM codings c JOIN selections s ON s.id = c.selection_id`,
    )
    .all() as { coding: number; selection: number; sourceId: string; start: number; end: number; codeId: string; coderId: string }[];
  return rows
    .map((r) => ({
      coding: r.coding,
      selection: r.selection,
      source: index.sourceIndex.get(r.sourceId)!,
      start: r.start,
      end: r.end,
      code: index.codeIndex.get(r.codeId)!,
      coder: index.coderIndex.get(r.coderId)!,
    }))
    .sort((a, b) => a.source - b.source || a.start - b.start || a.selection - b.selection || a.coding - b.coding);
}

/** The packed facts as rows, with the codings of one selection in coding order (their order within a selection is free). */
function rowsOf(f: MatrixFacts) {
  const out = [];
  for (let i = 0; i < f.length; i++) {
    out.push({ coding: f.coding[i]!, selection: f.selection[i]!, source: f.source[i]!, start: f.start[i]!, end: f.end[i]!, code: f.code[i]!, coder: f.coder[i]! });
  }
  return out.sort((a, b) => a.source - b.source || a.start - b.start || a.selection - b.selection || a.coding - b.coding);
}

function expectEngineOrder(f: MatrixFacts) {
  for (let i = 1; i < f.length; i++) {
    const order = f.source[i - 1]! - f.source[i]! || f.start[i - 1]! - f.start[i]! || f.selection[i - 1]! - f.selection[i]!;
    expect(order, `facts ${i - 1} and ${i} out of (source, start, selection) order`).toBeLessThanOrEqual(0);
  }
}

describe('readAllFacts', () => {
  it('gives every coding of the small project with its selection, source, range, code and coder, in engine order', async () => {
    const small = await buildSmallProject();
    p = small.project;
    const facts = readAllFacts(p.db, loadProjectIndex(p.db));
    expect(facts.length).toBe(10);
    expect(rowsOf(facts)).toEqual(plainFacts(p));
    expectEngineOrder(facts);
    // S1's selection [0,14) holds both P and C2: two facts, one selection, adjacent.
    const index = loadProjectIndex(p.db);
    const s1 = index.sourceIndex.get(small.sources.S1)!;
    const atZero = rowsOf(facts).filter((r) => r.source === s1 && r.start === 0);
    expect(atZero.map((r) => index.codes[r.code]!.name).sort()).toEqual(['C2', 'P']);
    expect(new Set(atZero.map((r) => r.selection)).size).toBe(1);
  });

  it('matches the plain query on the sample project, and after codings are deleted and selections dropped', async () => {
    p = await Project.create({ sample: true });
    const first = readAllFacts(p.db, loadProjectIndex(p.db));
    expect(first.length).toBeGreaterThan(20);
    expect(rowsOf(first)).toEqual(plainFacts(p));
    expectEngineOrder(first);
    const some = (p.db.prepare('SELECT id FROM codings ORDER BY rowid LIMIT 5').pluck().all() as string[]);
    await p.call('codings.delete', { ids: some });
    const after = readAllFacts(p.db, loadProjectIndex(p.db));
    expect(after.length).toBe(first.length - 5);
    expect(rowsOf(after)).toEqual(plainFacts(p));
    expectEngineOrder(after);
  });

  it('gives no facts for a project without codings', async () => {
    p = await Project.create();
    await p.addText('Kosong', 'tidak ada koding di sini');
    expect(readAllFacts(p.db, loadProjectIndex(p.db)).length).toBe(0);
  });
});

describe('parseHexIntegers', () => {
  it("reads back what SQLite's printf('%x,') writes, negatives and the int32 extremes included", async () => {
    p = await Project.create();
    const values = [0, 1, 9, 10, 15, 16, 255, 4096, 123456789, 2147483647, -1, -5, -2147483648];
    const blob = p.db.prepare(`SELECT CAST(${values.map((v) => `printf('%x,', ${v})`).join(' || ')} AS BLOB)`).pluck().get() as Uint8Array;
    expect(Array.from(parseHexIntegers(blob))).toEqual(values);
    expect(parseHexIntegers(new Uint8Array(0)).length).toBe(0);
  });
});
