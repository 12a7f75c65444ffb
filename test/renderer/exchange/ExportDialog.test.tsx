import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ExportDialog } from '../../../renderer/src/exchange';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { PROJECT_XSD, validateXml } from '../../electron/core/exchange/xsd-validate';
import { openRealApi, type RealApi } from '../support/real-api';
import { renderWithApi } from '../support/render-with-api';

// The export dialog on the sample project ("Contoh: Tenaga honorer di puskesmas (sintetis)": 8
// sources, 12 codes in 3 branches) with the real core behind it; files are read back from disk.

const PROJECT_STEM = 'Contoh Tenaga honorer di puskesmas (sintetis)';

let real: RealApi;
let outDir: string;
beforeEach(async () => {
  setLanguage('en');
  real = await openRealApi();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-export-dialog-'));
  // The core expands "~" with os.homedir(), which reads HOME: never write into the real home folder.
  vi.stubEnv('HOME', outDir);
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  real.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

function csvRows(file: string): Record<string, string>[] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('ExportDialog', () => {
  it('writes the REFI-QDA project to the proposed ~/Telaah/<project>.qdpx (~ expanded by the core) with a schema-valid project.qde', async () => {
    renderWithApi(real.api, <ExportDialog onClose={() => undefined} allowDownload={false} />);
    const dialog = await screen.findByRole('dialog', { name: 'Export' });
    expect(within(dialog).queryByRole('button', { name: 'Download' })).toBeNull();
    // The Word report has its own dialog; every other format is offered.
    const offered = ((await within(dialog).findAllByRole('radio')) as HTMLInputElement[]).map((r) => r.value);
    expect(offered).toEqual(['qdpx', 'qdc', 'codebook-csv', 'csv', 'xlsx', 'segments-docx']);
    expect((within(dialog).getByLabelText(/^REFI-QDA project \(\.qdpx\)/) as HTMLInputElement).checked).toBe(true);
    const pathInput = within(dialog).getByLabelText('Save as (path)') as HTMLInputElement;
    await waitFor(() => expect(pathInput.value).toBe(`~/Telaah/${PROJECT_STEM}.qdpx`));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    const target = path.join(outDir, 'Telaah', `${PROJECT_STEM}.qdpx`);
    const status = await within(dialog).findByText(new RegExp(`^Written to ${escapeRegExp(target)}: `), {}, { timeout: 30_000 });
    // The summary carries the counts of what was written.
    expect(status.textContent).toMatch(/8 sources/);
    expect(status.textContent).toMatch(/12 codes/);

    const entries = unzip(new Uint8Array(fs.readFileSync(target)));
    expect(Object.keys(entries)).toContain('project.qde');
    expect(Object.keys(entries).filter((n) => n.startsWith('sources/') && n.endsWith('.txt'))).toHaveLength(8);
    const qde = strFromU8(entries['project.qde']!);
    expect(qde).toContain('Pengembangan formal');
    expect(validateXml(qde, PROJECT_XSD, 'project.qde')).toEqual({ ok: true, output: '' });
  }, 60_000);

  it('exports coded segments as CSV limited to a ticked code branch and one source', async () => {
    renderWithApi(real.api, <ExportDialog onClose={() => undefined} allowDownload={false} />);
    const dialog = await screen.findByRole('dialog', { name: 'Export' });
    const csvRadio = await within(dialog).findByLabelText(/^Coded segments as a table \(\.csv\)/);
    const pathInput = within(dialog).getByLabelText('Save as (path)') as HTMLInputElement;
    await waitFor(() => expect(pathInput.value).toBe(`~/Telaah/${PROJECT_STEM}.qdpx`));
    fireEvent.click(csvRadio);
    // An untouched path follows the format; segments and codebook CSVs get names of their own.
    await waitFor(() => expect(pathInput.value).toBe(`~/Telaah/${PROJECT_STEM}-segments.csv`));

    fireEvent.click(within(dialog).getByLabelText('Only the codes ticked below'));
    expect(within(dialog).getByText('Tick at least one code, or export all codes.')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);
    const codeList = within(dialog).getByRole('group', { name: 'Codes' });
    // Ticking the parent means its branch: the core exports the parent's sub-codes with it.
    fireEvent.click(await within(codeList).findByLabelText('Pengembangan formal'));
    expect(within(codeList).getByLabelText('Pengembangan formal › Kemampuan memahami pelatihan')).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText('Only the sources ticked below'));
    const sourceList = within(dialog).getByRole('group', { name: 'Sources' });
    fireEvent.click(await within(sourceList).findByLabelText('informan-01-bidan-honorer'));

    const target = path.join(outDir, 'segmen.csv');
    fireEvent.change(pathInput, { target: { value: target } });
    // A typed path keeps its name when the format changes; only its extension follows.
    fireEvent.click(within(dialog).getByLabelText(/^Coded segments as an Excel workbook/));
    expect(pathInput.value).toBe(path.join(outDir, 'segmen.xlsx'));
    fireEvent.click(csvRadio);
    expect(pathInput.value).toBe(target);

    fireEvent.keyDown(pathInput, { key: 'Enter' });
    await within(dialog).findByText(new RegExp(`^Written to ${escapeRegExp(target)}: \\d+ coded segments`), {}, { timeout: 30_000 });

    // The same rows as the whole table filtered here by source and code branch.
    const all = path.join(outDir, 'all.csv');
    await real.api.call('exchange.export', { path: all, format: 'csv', options: {} });
    const expected = csvRows(all).filter((r) => r.source === 'informan-01-bidan-honorer' && r.code!.startsWith('Pengembangan formal'));
    const got = csvRows(target);
    expect(got.length).toBeGreaterThan(1);
    expect(new Set(got.map((r) => r.code)).size).toBeGreaterThan(1); // sub-codes came along
    expect(got).toEqual(expected);
  }, 60_000);

  it('downloads through the browser when offered (no path on the server side)', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:telaah-test';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      renderWithApi(real.api, <ExportDialog onClose={() => undefined} initialFormat="qdc" />);
      const dialog = await screen.findByRole('dialog', { name: 'Export' });
      expect((await within(dialog).findByLabelText(/^REFI-QDA codebook \(\.qdc\)/) as HTMLInputElement).checked).toBe(true);
      fireEvent.click(within(dialog).getByRole('button', { name: 'Download' }));
      await within(dialog).findByText(`Downloaded ${PROJECT_STEM}.qdc: 12 codes.`, {}, { timeout: 30_000 });
      expect(clicked).toEqual([`${PROJECT_STEM}.qdc`]);
      expect(blobs).toHaveLength(1);
      const xml = new TextDecoder().decode(new Uint8Array(await blobs[0]!.arrayBuffer()));
      expect(xml).toContain('<CodeBook');
      expect(xml).toContain('Relevansi tenaga honorer');
      expect(blobs[0]!.type).toBe('application/xml');
    } finally {
      click.mockRestore();
    }
  }, 60_000);

  it('shows the core\'s words when the folder does not exist', async () => {
    renderWithApi(real.api, <ExportDialog onClose={() => undefined} allowDownload={false} initialFormat="codebook-csv" />);
    const dialog = await screen.findByRole('dialog', { name: 'Export' });
    const missing = path.join(outDir, 'no-such-folder', 'book.csv');
    const pathInput = within(dialog).getByLabelText('Save as (path)') as HTMLInputElement;
    fireEvent.change(pathInput, { target: { value: missing } });
    await within(dialog).findByLabelText(/^Codebook as a table/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 30_000 });
    expect(alert.textContent).toBe(`Cannot write ${missing}: the folder ${path.dirname(missing)} does not exist.`);
  }, 60_000);
});
