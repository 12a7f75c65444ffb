import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { ImportExchangeDialog } from '../../../renderer/src/exchange';
import { importKindOfPath } from '../../../renderer/src/exchange/import-kind';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { fixturePath } from '../../support/fixtures';
import { openRealApi, type RealApi } from '../support/real-api';
import { renderWithApi } from '../support/render-with-api';

// The import dialog with the real core behind it: the ATLAS.ti 8 standard project (source files not
// included, so its sources are skipped with reasons) and QualCoder's `category>>code` list.

const ATLAS = fixturePath('refi-qda/atlasti-8-standard-project/TestProject.qdpx');
const CODE_LIST = fixturePath('documents/plain_codes_categories_for_import.txt');

let real: RealApi;
let home: string;
beforeEach(() => {
  setLanguage('en');
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-import-dialog-'));
  vi.stubEnv('HOME', home);
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  real.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('ImportExchangeDialog', () => {
  it('imports the ATLAS.ti project and reports every skipped item with its reason; undo removes the whole import', async () => {
    real = await openRealApi();
    const codesBefore = (await real.api.call('codes.list', {})).length;
    renderWithApi(real.api, <ImportExchangeDialog onClose={() => undefined} initialKind="codebook" />);
    const dialog = await screen.findByRole('dialog', { name: 'Import from another tool' });
    expect(within(dialog).getByText(/Undo removes the whole import\./)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('File (path)'), { target: { value: ATLAS } });
    // The extension chose the kind.
    expect((within(dialog).getByLabelText(/^A REFI-QDA project/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));

    const report = await within(dialog).findByRole('region', { name: 'Import report: TestProject.qdpx' }, { timeout: 30_000 });
    expect(document.activeElement).toBe(within(report).getByRole('heading', { name: 'Import report: TestProject.qdpx' }));
    expect(within(report).getByText(/written by ATLAS\.ti\./)).toBeTruthy();

    const counts = within(report).getByRole('table', { name: /What came in/ });
    const row = (name: string) => within(counts).getByRole('row', { name: new RegExp(`^${name} `) }).textContent;
    expect(row('Codes')).toBe('Codes140');
    expect(row('Sources')).toBe('Sources00');
    expect(row('Sets')).toBe('Sets160');
    expect(row('Memos')).toBe('Memos20');

    // The eight text sources whose files are not in the archive, each with its reason, plus the media.
    const skipped = within(report).getByRole('list', { name: /^Skipped \(\d+\)$/ });
    const lines = within(skipped).getAllByRole('listitem').map((li) => li.textContent!);
    const missing = lines.filter((l) => l.startsWith('source “'));
    expect(missing).toHaveLength(8);
    expect(missing.find((l) => l.startsWith('source “Simon.docx”: '))).toMatch(/3 selection\(s\) and 3 coding\(s\) were not imported/);
    expect(missing.some((l) => l.startsWith('source “Mabêl 2ième.txt”: '))).toBe(true);
    for (const what of ['picture source', 'audio source', 'video source', 'graph']) expect(lines.some((l) => l.startsWith(`${what} “`))).toBe(true);
    expect(skipped.tabIndex).toBe(0); // scrolls by keyboard

    expect((await real.api.call('codes.list', {})).length).toBe(codesBefore + 14);
    const researchPlan = async () => (await real.api.call('memos.list', {})).filter((m) => m.title === 'Research Plan');
    expect(await researchPlan()).toHaveLength(1);
    await real.api.call('history.undo', {});
    expect((await real.api.call('codes.list', {})).length).toBe(codesBefore);
    expect(await researchPlan()).toEqual([]);
  }, 60_000);

  it('imports a tab-separated category>>code list as a codebook', async () => {
    real = await openRealApi({ sample: false });
    renderWithApi(real.api, <ImportExchangeDialog onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Import from another tool' });
    fireEvent.change(within(dialog).getByLabelText('File (path)'), { target: { value: CODE_LIST } });
    expect((within(dialog).getByLabelText(/^A codebook/) as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).queryByLabelText('Also take the project name from the file')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));

    const report = await within(dialog).findByRole('region', { name: 'Import report: plain_codes_categories_for_import.txt' }, { timeout: 30_000 });
    expect(within(report).getByText('9 codes created, 0 already in the codebook (code list).')).toBeTruthy();
    expect(within(report).getByText('Nothing was skipped.')).toBeTruthy();
    const codes = await real.api.call('codes.list', {});
    const byId = new Map(codes.map((c) => [c.id, c]));
    const pathOf = (id: string): string => {
      const c = byId.get(id)!;
      return c.parentId ? `${pathOf(c.parentId)} > ${c.name}` : c.name;
    };
    expect(codes.map((c) => pathOf(c.id)).sort()).toEqual(['cat1', 'cat1 > code2', 'cat1 > code3', 'cat3', 'cat3 > cat2', 'cat3 > cat2 > code4', 'cat3 > code5', 'code1', 'code6']);

    // Again: every code is found, none is created twice.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await within(dialog).findByText('0 codes created, 9 already in the codebook (code list).', {}, { timeout: 30_000 });
  }, 60_000);

  it('shows the core\'s words for a file that is not there, with ~ expanded to the home folder', async () => {
    real = await openRealApi({ sample: false });
    renderWithApi(real.api, <ImportExchangeDialog onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Import from another tool' });
    fireEvent.change(within(dialog).getByLabelText('File (path)'), { target: { value: '~/Downloads/missing.qdc' } });
    fireEvent.keyDown(within(dialog).getByLabelText('File (path)'), { key: 'Enter' });
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 30_000 });
    expect(alert.textContent).toBe(`${path.join(home, 'Downloads', 'missing.qdc')} cannot be read (ENOENT).`);
    expect(within(dialog).queryByRole('region')).toBeNull();
  }, 60_000);
});

describe('import kind', () => {
  it('follows the extension, in any case, and leaves unknown ones alone', () => {
    expect(importKindOfPath('~/a/B.QDPX')).toBe('project');
    expect(importKindOfPath('Project.qde')).toBe('project');
    expect(importKindOfPath('book.xlsx')).toBe('codebook');
    expect(importKindOfPath('codes.txt ')).toBe('codebook');
    expect(importKindOfPath('notes.docx')).toBeNull();
    expect(importKindOfPath('folder.qdpx/file')).toBeNull();
  });
});
