import { afterEach, describe, expect, it } from 'vitest';
import { runMatrix } from '../../../../electron/core/analysis/matrix-query';
import { MatrixSpec } from '../../../../shared/api/methods/analysis-methods';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

const total = (r: ReturnType<typeof runMatrix>) => r.grandTotal;

describe('matrix facts cache', () => {
  it('never serves counts from before a write, an undo or a redo', async () => {
    p = await TestProject.create({ sample: true });
    const spec = MatrixSpec.parse({ rows: { kind: 'cases' }, columns: { kind: 'codes' }, measure: 'codings' });
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
});
