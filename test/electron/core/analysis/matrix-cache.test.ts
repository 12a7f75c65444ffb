import { afterEach, describe, expect, it } from 'vitest';
import { cachedFacts } from '../../../../electron/core/analysis/matrix-facts-query';
import { runMatrix } from '../../../../electron/core/analysis/matrix-query';
import { loadProjectIndex } from '../../../../electron/core/analysis/project-index';
import { createCoding } from '../../../../electron/core/store/coding-store';
import { MatrixSpec } from '../../../../shared/api/methods/analysis-methods';
import { TestProject } from '../../../support/temp-project';
import { buildSmallProject } from './small-project';

let p: TestProject;
afterEach(() => p?.close());

const total = (r: ReturnType<typeof runMatrix>) => r.grandTotal;
const spec = MatrixSpec.parse({ rows: { kind: 'cases' }, columns: { kind: 'codes' }, measure: 'codings' });
const facts = (t: TestProject) => cachedFacts(t.db, loadProjectIndex(t.db));
const cell = (r: ReturnType<typeof runMatrix>, row: string, column: string) =>
  r.counts[r.rows.findIndex((m) => m.label === row)]![r.columns.findIndex((m) => m.label === column)]!;

describe('matrix facts cache', () => {
  it('never serves counts from before a write, an undo or a redo', async () => {
    p = await TestProject.create({ sample: true });
    const before = total(runMatrix(p.db, spec));
    expect(before).toBeGreaterThan(0);
    expect(total(runMatrix(p.db, spec))).toBe(before); // served from the cache
    const source = (await p.call('sources.list', {}))[0]!;
    const code = (await p.call('codes.list', {}))[0]!;
    await p.call('codings.create', { sourceId: source.id, start: 0, end: 5, codeId: code.id });
    expect(total(runMatrix(p.db, spec))).toBe(before + 1);
    await p.call('history.undo', {});
    expect(total(runMatrix(p.db, spec))).toBe(before);
    await p.call('history.redo', {});
    expect(total(runMatrix(p.db, spec))).toBe(before + 1);
  });

  it('keeps the facts across writes that cannot change them (a setting, a case) and still counts right', async () => {
    const small = await buildSmallProject();
    p = small.project;
    const first = facts(p);
    const before = runMatrix(p.db, spec);
    p.db.prepare(`INSERT INTO settings (key, value) VALUES ('test', '1') ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run();
    expect(facts(p)).toBe(first);
    expect(runMatrix(p.db, spec).counts).toEqual(before.counts);
    // Cases are read afresh on every query: a new case of S3 is a new row at once, with S3's codings.
    await p.call('cases.create', { name: 'D', sourceIds: [small.sources.S3] });
    expect(facts(p)).toBe(first);
    const after = runMatrix(p.db, spec);
    expect(after.rows.map((m) => m.label)).toEqual(['A', 'B', 'C', 'D']);
    expect(cell(after, 'D', 'Q')).toBe(cell(after, 'B', 'Q'));
    expect(cell(after, 'D', 'Q')).toBe(1);
  });

  it('reads again after a coding is added, a code renamed or a source deleted', async () => {
    const small = await buildSmallProject();
    p = small.project;
    const first = facts(p);
    expect(cell(runMatrix(p.db, spec), 'C', 'Q')).toBe(1);
    await p.call('codings.create', { sourceId: small.sources.S4, start: 5, end: 9, codeId: small.codes.Q });
    expect(facts(p)).not.toBe(first);
    expect(cell(runMatrix(p.db, spec), 'C', 'Q')).toBe(2);
    // A rename changes the codes' order (tree order is by name among siblings): numbers must follow.
    const beforeRename = facts(p);
    await p.call('codes.update', { id: small.codes.Q, name: 'A first' });
    expect(facts(p)).not.toBe(beforeRename);
    const renamed = runMatrix(p.db, spec);
    expect(cell(renamed, 'C', 'A first')).toBe(2);
    expect(cell(renamed, 'B', 'A first')).toBe(1);
    await p.call('sources.delete', { ids: [small.sources.S4] });
    const gone = runMatrix(p.db, spec);
    expect(cell(gone, 'C', 'A first')).toBe(0);
    expect(gone.codingsConsidered).toBe(9);
  });

  it('does not keep facts read inside a transaction that is rolled back', async () => {
    const small = await buildSmallProject();
    p = small.project;
    const db = p.db;
    const base = runMatrix(db, spec).codingsConsidered;
    const coderId = small.coders.first;
    const attempt = db.transaction(() => {
      createCoding(db, { sourceId: small.sources.S2, start: 5, end: 9, codeId: small.codes.Q, coderId });
      expect(runMatrix(db, spec).codingsConsidered).toBe(base + 1); // the transaction sees its own coding
      throw new Error('roll back');
    });
    expect(() => attempt()).toThrow('roll back');
    expect(runMatrix(db, spec).codingsConsidered).toBe(base);
    // A different coding written for real afterwards is seen (the rolled-back read was not kept).
    db.transaction(() => createCoding(db, { sourceId: small.sources.S3, start: 0, end: 4, codeId: small.codes.P, coderId }))();
    const after = runMatrix(db, spec);
    expect(after.codingsConsidered).toBe(base + 1);
    expect(cell(after, 'B', 'P')).toBe(2); // S3: C1 rolled up into P, and the new P coding
    expect(cell(after, 'A', 'Q')).toBe(2); // S2's rolled-back Q coding is not counted
  });

  it('still sees new codings when its first matrix ran in a transaction that was rolled back', async () => {
    // As when conclusions.addEvidence computes a matrix and then refuses a stale cell: the first
    // matrix of the connection sets up the change watch, and a rollback must not leave it half set.
    const small = await buildSmallProject();
    p = small.project;
    const db = p.db;
    const refused = db.transaction(() => {
      runMatrix(db, spec);
      throw new Error('roll back');
    });
    expect(() => refused()).toThrow('roll back');
    const base = runMatrix(db, spec).codingsConsidered;
    expect(runMatrix(db, spec).codingsConsidered).toBe(base); // now served from the cache
    db.transaction(() => createCoding(db, { sourceId: small.sources.S3, start: 0, end: 4, codeId: small.codes.P, coderId: small.coders.first }))();
    expect(runMatrix(db, spec).codingsConsidered).toBe(base + 1);
  });
});
