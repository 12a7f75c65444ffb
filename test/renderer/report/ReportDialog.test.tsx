import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ReportDialog } from '../../../renderer/src/report';
import { defaultReportPath, dimensionKey, dimensionOf, isValidChoice } from '../../../renderer/src/report/report-dialog-model';
import { setLanguage } from '../../../renderer/src/i18n/i18n';
import { openRealApi, type RealApi } from '../support/real-api';
import { renderWithApi } from '../support/render-with-api';

// The Word report dialog on the sample project with the real core behind it.

let real: RealApi;
let outDir: string;
beforeEach(async () => {
  setLanguage('en');
  real = await openRealApi();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-report-dialog-'));
});
afterEach(() => {
  cleanup();
  real.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('ReportDialog', () => {
  it('offers every section, proposes ~/Telaah/<project>-report.docx and writes the chosen report', async () => {
    let closed = false;
    renderWithApi(real.api, <ReportDialog onClose={() => (closed = true)} />);
    const dialog = await screen.findByRole('dialog', { name: 'Word report' });
    for (const label of ['Title page and contents', 'Methods summary', 'Codebook', 'Matrices', 'Charts', 'Quotations by code', 'Memos', 'Conclusions', 'Review summary']) {
      expect((within(dialog).getByLabelText(label) as HTMLInputElement).checked).toBe(true);
    }
    const pathInput = within(dialog).getByLabelText(/^Save as/) as HTMLInputElement;
    // The project is "Contoh: Tenaga honorer di puskesmas (sintetis)"; the colon cannot be in a file name.
    await waitFor(() => expect(pathInput.value).toBe('~/Telaah/Contoh Tenaga honorer di puskesmas (sintetis)-report.docx'));

    // Only the codebook and the matrices, in Indonesian, with a second matrix by status.
    for (const label of ['Title page and contents', 'Methods summary', 'Charts', 'Quotations by code', 'Memos', 'Conclusions', 'Review summary']) {
      fireEvent.click(within(dialog).getByLabelText(label));
    }
    fireEvent.change(within(dialog).getByLabelText('Report language'), { target: { value: 'id' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add matrix' }));
    const second = within(dialog).getByRole('group', { name: 'Matrix 2' });
    const status = (await real.api.call('attributes.list', {})).find((a) => a.name === 'status')!;
    fireEvent.change(within(second).getByLabelText('Rows'), { target: { value: `attribute:${status.id}` } });

    const target = path.join(outDir, 'laporan.docx');
    fireEvent.change(pathInput, { target: { value: target } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Write report' }));
    await waitFor(() => expect(within(dialog).getByText(`Report written to ${target}`)).toBeTruthy(), { timeout: 30_000 });
    const document = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(target)), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
    expect(document).toContain('Buku kode');
    expect(document).toContain('Atribut: status');
    expect(document).not.toContain('Ringkasan metode');
    expect(closed).toBe(false);
  }, 60_000);

  it('refuses to start without a section, and says which folder is missing', async () => {
    renderWithApi(real.api, <ReportDialog onClose={() => undefined} allowDownload={false} />);
    const dialog = await screen.findByRole('dialog', { name: 'Word report' });
    expect(within(dialog).queryByRole('button', { name: 'Download' })).toBeNull();
    const boxes = within(dialog).getAllByRole('checkbox').filter((b) => b.closest('fieldset'));
    for (const box of boxes) fireEvent.click(box);
    expect(within(dialog).getByText('Choose at least one section.')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Write report' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByLabelText('Codebook'));
    const missing = path.join(outDir, 'no-such-folder', 'r.docx');
    fireEvent.change(within(dialog).getByLabelText(/^Save as/), { target: { value: missing } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Write report' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 30_000 });
    expect(alert.textContent).toContain(`the folder ${path.dirname(missing)} does not exist`);
  }, 60_000);
});

describe('report dialog model', () => {
  it('turns axes into select values and back, and refuses codes × codes', () => {
    expect(dimensionOf(dimensionKey({ kind: 'attribute', attributeId: 'a1' }))).toEqual({ kind: 'attribute', attributeId: 'a1' });
    expect(dimensionOf('cases')).toEqual({ kind: 'cases' });
    expect(isValidChoice({ rows: 'codes', columns: 'codes', measure: 'codings' })).toBe(false);
    expect(isValidChoice({ rows: 'cases', columns: 'codes', measure: 'codings' })).toBe(true);
    expect(defaultReportPath('A/B: study')).toBe('~/Telaah/A B study-report.docx');
  });
});
