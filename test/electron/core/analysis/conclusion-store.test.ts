import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestProject } from '../../../support/temp-project';
import { buildSmallProject, type SmallProject } from './small-project';

let sp: SmallProject;
beforeAll(async () => {
  sp = await buildSmallProject();
});
afterAll(() => sp.project.close());

const lexical = (text: string) =>
  JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }] } });

describe('migration 0020', () => {
  it('creates STRICT tables with foreign keys that are tracked by undo history', () => {
    const db = sp.project.db;
    for (const table of ['text_matrices', 'text_matrix_lines', 'text_matrix_cells', 'text_matrix_quotes', 'conclusions', 'conclusion_evidence']) {
      const sql = (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string }).sql;
      expect(sql).toMatch(/\) STRICT$/);
      expect(db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = ?`).get(`history_${table}_insert`)).toBeTruthy();
    }
    expect(() => db.prepare(`INSERT INTO conclusions (id, content_json, plain_text, tactic, created_at, updated_at) VALUES ('x', '', '', 'guessing', '', '')`).run()).toThrow(
      /CHECK constraint/,
    );
  });
});

describe('text matrices', () => {
  it('lays out a case-ordered meta-matrix by a numeric attribute and keeps cell summaries with quotes', async () => {
    const m = await sp.project.call('textMatrices.create', {
      name: 'Meta-matrix by years',
      template: 'case-ordered',
      codeIds: [sp.codes.Q, sp.codes.P],
      orderAttributeId: sp.attributes.years,
    });
    expect(m.rows.map((r) => [r.label, r.orderValue])).toEqual([
      ['B', '3'],
      ['C', '7'],
      ['A', '12'],
    ]);
    expect(m.columns.map((c) => c.label)).toEqual(['P', 'Q']); // code tree order
    const rowA = m.rows[2]!;
    const colQ = m.columns[1]!;
    const candidates = await sp.project.call('textMatrices.candidateQuotes', { matrixId: m.id, rowId: rowA.id, columnId: colQ.id });
    expect(candidates.map((s) => [s.sourceName, s.start, s.end])).toEqual([
      ['S1', 10, 24],
      ['S2', 0, 4],
    ]);
    const cell = await sp.project.call('textMatrices.setCell', {
      matrixId: m.id,
      rowId: rowA.id,
      columnId: colQ.id,
      summary: 'Q appears in both interviews of A',
      quotes: [{ sourceId: sp.sources.S1, start: 10, end: 24 }],
    });
    expect(cell.quotes).toEqual([expect.objectContaining({ sourceName: 'S1', snippet: 'kata kata kata' })]);
    const again = await sp.project.call('textMatrices.get', { id: m.id });
    expect(again.cells).toHaveLength(1);
    expect(again.cells[0]!.summary).toBe('Q appears in both interviews of A');
  });

  it('checklist ratings must be on the scale; time-ordered puts sources in date order across the top', async () => {
    const c = await sp.project.call('textMatrices.create', { name: 'Checklist', template: 'checklist', codeIds: [sp.codes.C1] });
    expect(c.ratingScale).toEqual(['strong', 'weak', 'absent']);
    await expect(
      sp.project.call('textMatrices.setCell', { matrixId: c.id, rowId: c.rows[0]!.id, columnId: c.columns[0]!.id, summary: '', rating: 'huge' }),
    ).rejects.toThrow(/"huge" is not on this matrix's rating scale/);
    await sp.project.call('sources.update', { id: sp.sources.S3, sourceDate: '2023-01-05' });
    await sp.project.call('sources.update', { id: sp.sources.S1, sourceDate: '2024-03-01' });
    const t = await sp.project.call('textMatrices.create', { name: 'Timeline', template: 'time-ordered', codeIds: [sp.codes.Q] });
    expect(t.columns.map((x) => x.label)).toEqual(['S3', 'S1', 'S2', 'S4']);
    const cc = await sp.project.call('textMatrices.create', { name: 'Clusters', template: 'conceptually-clustered', codeIds: [sp.codes.P, sp.codes.Q] });
    expect(cc.columns.map((x) => [x.group, x.label])).toEqual([
      ['P', 'C1'],
      ['P', 'C2'],
      ['Q', 'Q'],
    ]);
  });
});

describe('conclusions ledger', () => {
  it('links supporting and contradicting evidence, takes a supervisor verdict, and survives reopening', async () => {
    const k = await sp.project.call('conclusions.save', {
      title: 'Q is everywhere',
      contentJson: lexical('Every case mentions Q.'),
      plainText: 'Every case mentions Q.',
      tactic: 'noting-patterns',
    });
    expect(k.status).toBe('draft');
    await sp.project.call('conclusions.addEvidence', {
      conclusionId: k.id,
      stance: 'supports',
      target: { kind: 'matrix-cell', spec: {}, rowKey: sp.cases.A, columnKey: sp.codes.Q },
    });
    const matrices = await sp.project.call('textMatrices.list', {});
    const meta = await sp.project.call('textMatrices.get', { id: matrices.find((x) => x.name === 'Meta-matrix by years')!.id });
    await sp.project.call('conclusions.addEvidence', {
      conclusionId: k.id,
      stance: 'supports',
      target: { kind: 'text-matrix-cell', matrixId: meta.id, rowId: meta.rows[0]!.id, columnId: meta.columns[1]!.id },
    });
    const withSegment = await sp.project.call('conclusions.addEvidence', {
      conclusionId: k.id,
      stance: 'contradicts',
      target: { kind: 'segment', sourceId: sp.sources.S1, start: 25, end: 29 },
      note: 'second paragraph has no Q',
    });
    expect(withSegment.evidence.map((e) => [e.stance, e.kind, e.label])).toEqual([
      ['supports', 'matrix-cell', 'Cases × Codes: coded segments — A × Q: 2'],
      ['supports', 'text-matrix-cell', 'Meta-matrix by years — B × Q'],
      ['contradicts', 'segment', 'S1 25–29: “kata”'],
    ]);
    expect(withSegment.evidence[0]!.matrixSpec).toMatchObject({ rows: { kind: 'cases' }, measure: 'codings' });

    const verified = await sp.project.call('conclusions.setStatus', { id: k.id, status: 'verified', comment: 'Checked against the matrix.' });
    expect(verified).toMatchObject({ status: 'verified', supervisorComment: 'Checked against the matrix.' });
    expect(verified.reviewedBy).toBeTruthy();

    // undo takes back the verdict (one recorded step), redo restores it
    await sp.project.call('history.undo', {});
    expect((await sp.project.call('conclusions.get', { id: k.id })).status).toBe('draft');
    await sp.project.call('history.redo', {});

    const file = sp.project.file;
    sp.project.close();
    const reopened = new TestProject(file);
    await reopened.call('project.open', { path: file });
    try {
      const [found] = await reopened.call('conclusions.list', { status: 'verified' });
      expect(found).toMatchObject({ title: 'Q is everywhere', tactic: 'noting-patterns', plainText: 'Every case mentions Q.' });
      expect(found!.evidence).toHaveLength(3);
      const seg = found!.evidence[2]!;
      expect(seg).toMatchObject({ sourceId: sp.sources.S1, start: 25, end: 29, snippet: 'kata', note: 'second paragraph has no Q' });
    } finally {
      reopened.close();
      sp.project = new TestProject(file);
      await sp.project.call('project.open', { path: file });
    }
  });

  it('evidence goes when what it points at goes: deleting a source removes its segment links', async () => {
    const k = await sp.project.call('conclusions.save', { contentJson: lexical('x'), plainText: 'x', tactic: 'counting' });
    await sp.project.call('conclusions.addEvidence', { conclusionId: k.id, stance: 'supports', target: { kind: 'segment', sourceId: sp.sources.S4, start: 0, end: 4 } });
    await sp.project.call('sources.delete', { ids: [sp.sources.S4] });
    expect((await sp.project.call('conclusions.get', { id: k.id })).evidence).toEqual([]);
    await expect(
      sp.project.call('conclusions.addEvidence', { conclusionId: k.id, stance: 'supports', target: { kind: 'matrix-cell', spec: {}, rowKey: 'nobody', columnKey: sp.codes.Q } }),
    ).rejects.toThrow(/That cell is not in the matrix/);
  });
});
