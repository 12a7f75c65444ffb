import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturePath } from '../../../support/fixtures';
import { TestProject } from '../../../support/temp-project';

let p: TestProject;
afterEach(() => p?.close());

describe('cases and attributes', () => {
  it('imports a case table: rows become cases with attributes, open answers become linked sources', async () => {
    p = await TestProject.create();
    const file = { path: fixturePath('documents/survey456.csv') };
    const preview = await p.call('cases.previewTable', { file });
    expect(preview.columns).toEqual(['Case', 'Age', 'Gender', 'Interest', 'freetext']);
    const result = await p.call('cases.importTable', { file, caseColumn: 'Case', attributeColumns: ['Age', 'Gender', 'Interest'], textColumns: ['freetext'] });
    expect(result).toMatchObject({ casesCreated: preview.rowCount, casesUpdated: 0, attributesCreated: 3 });
    expect(result.sourcesCreated).toBeGreaterThan(0);

    const cases = await p.call('cases.list', {});
    const attributes = await p.call('attributes.list', {});
    const age = attributes.find((a) => a.name === 'Age')!;
    expect(age.type).toBe('number');
    const id5 = cases.find((c) => c.name === 'ID5')!;
    expect(id5.values[age.id]).toBeUndefined(); // the missing value stays missing
    expect(id5.sourceIds).toHaveLength(1);
    const answer = await p.call('sources.get', { id: id5.sourceIds[0]! });
    expect(answer.name).toBe('ID5 — freetext');
    expect(answer.text).toMatch(/^I needed to upskill/);

    // Importing again updates values rather than duplicating cases.
    const again = await p.call('cases.importTable', { file, caseColumn: 'Case', attributeColumns: ['Gender'], textColumns: [] });
    expect(again).toMatchObject({ casesCreated: 0, casesUpdated: preview.rowCount, attributesCreated: 0 });
  });

  it('imports an .xlsx from uploaded bytes and refuses an unknown column by name', async () => {
    p = await TestProject.create();
    const upload = { name: 'cases456.xlsx', base64: fs.readFileSync(fixturePath('documents/cases456.xlsx')).toString('base64') };
    const preview = await p.call('cases.previewTable', { file: { upload } });
    expect(preview.rowCount).toBeGreaterThan(0);
    const caseColumn = preview.columns[0]!;
    await expect(p.call('cases.importTable', { file: { upload }, caseColumn, attributeColumns: ['Nope'], textColumns: [] })).rejects.toThrow(/there is no column "Nope"/);
    expect(await p.call('cases.list', {})).toHaveLength(0);
  });

  it('edits values like a spreadsheet, checking numbers, and links sources', async () => {
    p = await TestProject.create();
    const s = await p.addText('W1', 'Informan: saya honorer.');
    const c = await p.call('cases.create', { name: 'Informan 01', sourceIds: [s] });
    const years = await p.call('attributes.create', { name: 'Masa kerja', type: 'number' });
    const status = await p.call('attributes.create', { name: 'Status' });
    await p.call('attributes.setValue', { attributeId: years.id, caseId: c.id, value: '12' });
    await p.call('attributes.setValue', { attributeId: status.id, caseId: c.id, value: 'honorer' });
    await expect(p.call('attributes.setValue', { attributeId: years.id, caseId: c.id, value: 'dua belas' })).rejects.toThrow(/not a number/);
    await p.call('attributes.setValue', { attributeId: status.id, caseId: c.id, value: null });
    const [row] = await p.call('cases.list', {});
    expect(row!.values).toEqual({ [years.id]: '12' });
    expect((await p.call('sources.list', {}))[0]!.caseIds).toEqual([c.id]);
    await p.call('cases.unlinkSources', { id: c.id, sourceIds: [s] });
    expect((await p.call('sources.list', {}))[0]!.caseIds).toEqual([]);
  });
});
