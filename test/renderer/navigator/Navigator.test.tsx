import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Navigator } from '../../../renderer/src/navigator/Navigator';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { readFixture } from '../../support/fixtures';
import { openRealApi, type RealApi } from '../support/real-api';
import { giveElementsLayout, renderWithApi } from '../support/render-with-api';

// The navigator on the sample project with the real core: sources listed, imported from chosen
// files (a real .docx and a file that must be refused), filtered, renamed, deleted after asking.

let real: RealApi;
let undoLayout: () => void;
beforeEach(async () => {
  setLanguage('en');
  undoLayout = giveElementsLayout();
  real = await openRealApi();
});
afterEach(() => {
  cleanup();
  undoLayout();
  real.close();
});

const fileOf = (name: string, ...fixture: string[]) => new File([readFixture(...fixture) as BlobPart], name);

describe('Navigator', () => {
  it('lists the sources with their coding counts and filters them by name', async () => {
    const sources = await real.api.call('sources.list', {});
    renderWithApi(real.api, <Navigator />);
    const list = await screen.findByRole('listbox', { name: 'Sources' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(sources.length));
    const first = sources[0]!;
    within(list).getByRole('option', { name: `${first.name}, ${first.codingCount} codings` });
    fireEvent.change(screen.getByPlaceholderText('Filter sources by name'), { target: { value: 'perawat' } });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(sources.filter((s) => s.name.includes('perawat')).length));
  });

  it('imports chosen files and shows each file’s outcome, failures with their reason', async () => {
    renderWithApi(real.api, <Navigator />);
    await screen.findByRole('listbox', { name: 'Sources' });
    const input = screen.getByTestId('import-input');
    fireEvent.change(input, { target: { files: [fileOf('tables.docx', 'docx', 'tables.docx'), fileOf('xmlbomb.xml', 'malicious-xml', 'xmlbomb.xml')] } });
    const summary = await screen.findByText('1 imported, 1 failed', {}, { timeout: 15_000 });
    const box = summary.closest('.import-summary') as HTMLElement;
    const failed = within(box).getByText('xmlbomb.xml').closest('li')!;
    expect(failed.className).toBe('failed');
    expect(failed.textContent!.length).toBeGreaterThan('xmlbomb.xml'.length + 10);
    const sources = await real.api.call('sources.list', {});
    expect(sources.some((s) => s.originFile?.endsWith('tables.docx') || s.name.startsWith('tables'))).toBe(true);
    expect(sources).toHaveLength(9);
    await waitFor(() => expect(within(screen.getByRole('listbox', { name: 'Sources' })).getAllByRole('option')).toHaveLength(9));
  });

  it('words each refusal in the interface’s language, once, after the file’s name', async () => {
    setLanguage('id');
    renderWithApi(real.api, <Navigator />);
    await screen.findByRole('listbox', { name: 'Sumber' });
    const input = screen.getByTestId('import-input');
    fireEvent.change(input, { target: { files: [fileOf('external-picture.docx', 'docx', 'external-picture.docx'), fileOf('xmlbomb.xml', 'malicious-xml', 'xmlbomb.xml')] } });
    const summary = await screen.findByText('0 diimpor, 2 gagal', {}, { timeout: 15_000 });
    const box = summary.closest('.import-summary') as HTMLElement;
    const row = (file: string) => within(box).getByText(file).closest('li')!;
    expect(row('external-picture.docx').textContent).toBe('external-picture.docx' + 'dokumen ini tidak berisi teks (1 gambar dilewati; hanya teks yang diimpor)');
    expect(row('xmlbomb.xml').textContent).toMatch(/^xmlbomb\.xmlberkas "\.xml" tidak didukung; jenis yang didukung: \.txt, /);
  });

  it('deletes the ticked sources only after confirming, naming how many codings go with them', async () => {
    const sources = await real.api.call('sources.list', {});
    renderWithApi(real.api, <Navigator />);
    const list = await screen.findByRole('listbox', { name: 'Sources' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(sources.length));
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: ' ' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: ' ' });
    expect(within(list).getAllByRole('option', { selected: true })).toHaveLength(2);
    fireEvent.keyDown(list, { key: 'Delete' });
    const dialog = screen.getByRole('dialog', { name: 'Delete 2 source(s)?' });
    const codings = sources[0]!.codingCount + sources[1]!.codingCount;
    expect(dialog.textContent).toContain(`${codings} codings`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await real.api.call('sources.list', {})).toHaveLength(sources.length);
    fireEvent.keyDown(list, { key: 'Delete' });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await real.api.call('sources.list', {})).toHaveLength(sources.length - 2));
    const left = (await real.api.call('sources.list', {})).map((s) => s.id);
    expect(left).not.toContain(sources[0]!.id);
    expect(left).not.toContain(sources[1]!.id);
  });
});
