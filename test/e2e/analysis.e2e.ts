import type { Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, saveScreenshot, seriousAxeViolations, telaahCli, type TelaahServer } from './support/telaah-fixture';

// Issue 4 end to end on the sample project: the code matrix agrees with the command line, a cell
// drills down to its segments, a segment opens its place in the document, a conclusion is written
// from the cell and verified by the supervisor, and everything is still there after a reload; rows
// by an attribute, the heat map, a text matrix from a template; accessibility scans and
// screenshots of every analysis screen in English and Indonesian.

interface CliMatrix {
  title: string;
  rows: { key: string; label: string }[];
  columns: { key: string; label: string }[];
  values: number[][];
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
}

/**
 * A method of the served project's API, called as the page calls it (POST /api/<method> with the
 * token the server put in the page): the expected numbers come from the very file on screen.
 */
async function apiCall<T>(page: Page, telaah: TelaahServer, method: string, input: unknown): Promise<T> {
  const token = await page.locator('meta[name="telaah-token"]').getAttribute('content');
  const res = await fetch(new URL(`api/${method}`, telaah.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telaah-token': token! },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value;
}

async function apiMatrix(page: Page, telaah: TelaahServer, rows: unknown): Promise<CliMatrix> {
  return apiCall<CliMatrix>(page, telaah, 'analysis.matrix', { rows, columns: { kind: 'codes' } });
}

/**
 * What `telaah matrix FILE --rows … --cols codes --format json` prints. The served file is locked
 * by its server, so the CLI reads a second sample project made the same way (the sample is
 * deterministic but for its ids, which the comparison leaves out).
 */
function cliMatrix(rows: string): CliMatrix {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-e2e-cli-'));
  try {
    const file = path.join(dir, 'sample.telaah');
    telaahCli(['new', file, '--sample'], path.join(dir, 'home'));
    return JSON.parse(telaahCli(['matrix', file, '--rows', rows, '--cols', 'codes', '--format', 'json'], path.join(dir, 'home'))) as CliMatrix;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The parts of a matrix that do not depend on ids. */
function shape(m: CliMatrix) {
  return { title: m.title, rows: m.rows.map((r) => r.label), columns: m.columns.map((c) => c.label), values: m.values, rowTotals: m.rowTotals, columnTotals: m.columnTotals, grandTotal: m.grandTotal };
}

async function openView(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tablist', { name: /^(Views|Tampilan)$/ }).getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

function matrixTable(page: Page, caption: string) {
  return page.getByRole('table', { name: caption });
}

function cellButton(page: Page, m: CliMatrix, r: number, c: number) {
  return page.getByRole('button', { name: `${m.rows[r]!.label} × ${m.columns[c]!.label}: ${m.values[r]![c]}. Show the segments`, exact: true });
}

function pageErrors(errors: string[]): string[] {
  // The shell's favicon request 404s on the first load; that is not ours.
  return errors.filter((e) => !e.startsWith('console: Failed to load resource'));
}

test('the matrix agrees with the CLI, drills into a cell, and a conclusion cited from it is verified and survives a reload', async ({ page, telaah }) => {
  const expected = await apiMatrix(page, telaah, { kind: 'cases' });
  expect(shape(expected)).toEqual(shape(cliMatrix('cases')));
  expect(expected.title).toBe('Cases × Codes: coded segments');
  expect(expected.rows).toHaveLength(8);
  expect(expected.columns).toHaveLength(12);

  await openView(page, 'Matrix');
  const table = matrixTable(page, expected.title);
  await expect(table).toBeVisible();
  await expect(table.locator('tbody th[scope="row"]')).toHaveText(expected.rows.map((r) => r.label));
  await expect(table.locator('thead th[scope="col"]:not(.corner)')).toHaveText([...expected.columns.map((c) => c.label), 'Total']);
  // Cells, totals and the grand total as the CLI prints them: the first row, the last row, and the
  // largest cell of the matrix.
  let big = { r: 0, c: 0 };
  expected.values.forEach((row, r) => row.forEach((v, c) => v > expected.values[big.r]![big.c]! && (big = { r, c })));
  for (const [r, c] of [[0, 0], [0, 7], [7, 11], [3, 5], [big.r, big.c]] as const) {
    await expect(cellButton(page, expected, r, c)).toHaveText(String(expected.values[r]![c]));
  }
  const bodyRows = table.locator('tbody tr');
  for (const r of [0, 4, 7]) await expect(bodyRows.nth(r).locator('td.total')).toHaveText(String(expected.rowTotals[r]));
  await expect(table.locator('tfoot td.total')).toHaveText([...expected.columnTotals.map(String), String(expected.grandTotal)]);

  // Drill into the largest cell: as many passages as the cell counts, though more codings lie
  // behind them (two coders on one passage, a subcode rolled up into its parent), each passage
  // naming all its codes and coders; the API's list of codings agrees.
  const { r, c } = big;
  const count = expected.values[r]![c]!;
  expect(count).toBeGreaterThan(1);
  const behind = await apiCall<{ segments: { selectionId: string; codeName: string; coderName: string }[]; total: number }>(page, telaah, 'analysis.cellSegments', {
    spec: { rows: { kind: 'cases' }, columns: { kind: 'codes' } },
    rowKey: expected.rows[r]!.key,
    columnKey: expected.columns[c]!.key,
  });
  expect(new Set(behind.segments.map((s) => s.selectionId)).size).toBe(count);
  const cellName = `${expected.rows[r]!.label} × ${expected.columns[c]!.label}`;
  await cellButton(page, expected, r, c).click();
  const drill = page.getByRole('complementary', { name: `Segments in ${cellName}` });
  await expect(drill.locator('li.analysis-segment')).toHaveCount(count);
  await expect(drill.locator('.analysis-drill-count')).toHaveText(
    behind.total === count ? `${count} segments` : `${count} segments, ${behind.total} codings (some passages carry several codes or coders)`,
  );
  await expect(drill.locator('.analysis-code-tag')).toHaveCount(new Set(behind.segments.map((s) => `${s.selectionId}\t${s.codeName}`)).size);
  await expect(cellButton(page, expected, r, c)).toHaveAttribute('aria-current', 'true');
  await saveScreenshot(page, 'analysis-matrix-drill');
  const matrixViolations = await seriousAxeViolations(page);
  expect(matrixViolations, JSON.stringify(matrixViolations, null, 2)).toEqual([]);

  // A segment opens its place in the document view: its source, with exactly its text selected.
  const second = drill.locator('li.analysis-segment').nth(1);
  const snippet = (await second.locator('mark').textContent())!;
  const meta = (await second.locator('.row-meta').textContent())!;
  const sourceName = meta.split(' · ')[0]!;
  await second.getByRole('button', { name: new RegExp(escapeRegExp(snippet.slice(0, 20))) }).click();
  await expect(page.getByRole('tab', { name: 'Document', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name: new RegExp(`^${escapeRegExp(sourceName)}`) })).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(snippet);
  await expect(page.locator('.doc-selection-info')).toContainText(`Selected ${[...snippet].length} characters`);
  await saveScreenshot(page, 'analysis-segment-opened');

  // Back to the matrix: the same cell, cited in a new conclusion with the tactic used.
  await openView(page, 'Matrix');
  await cellButton(page, expected, r, c).click();
  const conclusion = `${expected.rows[r]!.label} speaks of ${expected.columns[c]!.label} more than anyone else.`;
  const linker = drill.getByRole('group', { name: 'Link as evidence' });
  await linker.getByLabel('What you conclude').fill(conclusion);
  await linker.getByLabel('Tactic').selectOption({ label: 'Counting' });
  await linker.getByLabel('Stance').selectOption({ label: 'supports the conclusion' });
  await linker.getByRole('button', { name: 'Link as evidence' }).click();
  await expect(linker.getByRole('status')).toHaveText('Linked to the conclusion.');
  await saveScreenshot(page, 'analysis-matrix-cited');

  // The supervisor verifies it with a comment.
  const coder = page.locator('.app-header').getByLabel('Coder', { exact: true });
  await coder.selectOption((await coder.locator('option', { hasText: /^pembimbing/ }).getAttribute('value'))!);
  await openView(page, 'Conclusions');
  const ledger = page.getByRole('region', { name: 'Conclusions' });
  await ledger.getByRole('button', { name: conclusion, exact: true }).click();
  const evidenceLabel = `${expected.title} — ${cellName}: ${count}`;
  await expect(ledger.getByRole('button', { name: evidenceLabel, exact: true })).toBeVisible();
  await expect(ledger.getByLabel('Tactic')).toHaveValue('counting');
  const verdict = ledger.getByRole('group', { name: 'Supervisor’s verdict' });
  await verdict.getByLabel('Comment').fill('Checked against the transcripts: holds.');
  await verdict.getByRole('button', { name: 'Verify' }).click();
  await expect(verdict).toContainText(/Verified — by pembimbing on \d{4}-\d{2}-\d{2}/);
  await saveScreenshot(page, 'analysis-conclusions');
  const ledgerViolations = await seriousAxeViolations(page);
  expect(ledgerViolations, JSON.stringify(ledgerViolations, null, 2)).toEqual([]);

  // After a reload: the conclusion, its status, comment, tactic and evidence are all there, and
  // the evidence leads back to the matrix.
  await page.reload();
  await expect(page.locator('.project-name')).not.toHaveText(/Loading|Memuat/);
  await openView(page, 'Conclusions');
  await ledger.getByLabel('Status').selectOption({ label: 'Verified' });
  await expect(ledger.getByRole('button', { name: conclusion, exact: true })).toBeVisible();
  await ledger.getByRole('button', { name: conclusion, exact: true }).click();
  await expect(ledger.getByLabel('Title')).toHaveValue(conclusion);
  await expect(ledger.getByRole('textbox', { name: 'What you conclude' })).toHaveText(conclusion);
  await expect(ledger.getByLabel('Tactic')).toHaveValue('counting');
  await expect(verdict.getByLabel('Comment')).toHaveValue('Checked against the transcripts: holds.');
  await expect(verdict).toContainText('Verified — by pembimbing');
  const supporting = ledger.getByRole('region', { name: 'Supporting evidence' });
  await supporting.getByRole('button', { name: evidenceLabel, exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Matrix', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('complementary', { name: `Segments in ${cellName}` }).locator('li.analysis-segment')).toHaveCount(count);
  await expect(cellButton(page, expected, r, c)).toHaveAttribute('aria-current', 'true');
  expect(pageErrors(telaah.pageErrors)).toEqual([]);
});

test('rows by the status attribute show the PNS, honorer and kontrak groups with the CLI’s numbers', async ({ page, telaah }) => {
  const attributes = await apiCall<{ id: string; name: string }[]>(page, telaah, 'attributes.list', {});
  const status = attributes.find((a) => a.name === 'status')!;
  const expected = await apiMatrix(page, telaah, { kind: 'attribute', attributeId: status.id });
  expect(shape(expected)).toEqual(shape(cliMatrix('attribute:status')));
  expect(expected.rows.map((x) => x.label).sort()).toEqual(['honorer', 'kontrak daerah', 'kontrak provinsi', 'PNS'].sort());
  await openView(page, 'Matrix');
  await page.getByLabel('Rows', { exact: true }).selectOption({ label: 'Attribute: status' });
  const table = matrixTable(page, expected.title);
  await expect(table.locator('tbody th[scope="row"]')).toHaveText(expected.rows.map((x) => x.label));
  for (let r = 0; r < expected.rows.length; r++) {
    await expect(table.locator('tbody tr').nth(r).locator('td')).toHaveText([...expected.values[r]!.map(String), String(expected.rowTotals[r])]);
  }
  await saveScreenshot(page, 'analysis-matrix-status');
});

test('the heat map is drawn as an SVG with a legend, and a text matrix is made from a template', async ({ page, telaah }) => {
  const expected = await apiMatrix(page, telaah, { kind: 'cases' });
  await openView(page, 'Charts');
  const chart = page.locator('.analysis-chart svg');
  await expect(chart).toBeVisible();
  await expect(chart.locator('title').first()).toHaveText(expected.title);
  await expect(chart.locator('rect[stroke]')).toHaveCount(expected.rows.length * expected.columns.length);
  await expect(page.getByRole('img', { name: /Colour scale/ })).toBeVisible();
  await saveScreenshot(page, 'analysis-charts-heat');
  await page.getByRole('radio', { name: 'Bars by group' }).check();
  await expect(chart).toBeVisible();
  await saveScreenshot(page, 'analysis-charts-bars');
  await page.getByRole('radio', { name: 'Co-occurrence network' }).check();
  await expect(page.locator('.analysis-chart svg')).toContainText('Code co-occurrence');
  await saveScreenshot(page, 'analysis-charts-network');

  await openView(page, 'Text matrix');
  await expect(page.getByText(/^No text matrices yet\./)).toBeVisible();
  await saveScreenshot(page, 'analysis-text-matrix-empty');
  const form = page.getByRole('form', { name: 'New text matrix' });
  await form.getByLabel('Name').fill('Pengembangan menurut informan');
  await form.getByLabel('Template').selectOption({ label: 'Checklist matrix' });
  const codes = form.getByRole('group', { name: 'Codes' });
  await codes.getByRole('checkbox', { name: 'Pengembangan informal', exact: true }).check();
  await codes.getByRole('checkbox', { name: 'Pengembangan formal', exact: true }).check();
  await expect(codes).toContainText('2 chosen');
  await form.getByRole('button', { name: 'Create' }).click();
  const grid = page.getByRole('table', { name: 'Pengembangan menurut informan' });
  await expect(grid.locator('tbody th[scope="row"]')).toHaveText(expected.rows.map((x) => x.label));
  await expect(grid.locator('thead th[scope="col"]')).toHaveText(['Pengembangan informal', 'Pengembangan formal']);

  // A cell: a condensed summary, a rating, and a quote chosen from its coded segments.
  await grid.getByRole('button', { name: `Edit the cell ${expected.rows[0]!.label} × Pengembangan informal` }).click();
  const editor = page.getByRole('region', { name: `${expected.rows[0]!.label} × Pengembangan informal` });
  await editor.getByLabel('Summary').fill('Belajar dari rekan kerja senior.');
  await editor.getByLabel('Rating').selectOption({ index: 1 });
  await editor.getByLabel('Use as a quote').first().check();
  await saveScreenshot(page, 'analysis-text-matrix-cell');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor).toBeHidden();
  const cell = grid.getByRole('button', { name: `Edit the cell ${expected.rows[0]!.label} × Pengembangan informal` });
  await expect(cell).toContainText('Belajar dari rekan kerja senior.');
  await saveScreenshot(page, 'analysis-text-matrix');
  const violations = await seriousAxeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  expect(pageErrors(telaah.pageErrors)).toEqual([]);
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const VIEW_NAMES = {
  en: { matrix: 'Matrix', textMatrix: 'Text matrix', charts: 'Charts', conclusions: 'Conclusions' },
  id: { matrix: 'Matriks', textMatrix: 'Matriks teks', charts: 'Grafik', conclusions: 'Kesimpulan' },
} as const;

interface TextMatrixShape {
  id: string;
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
}

test('every analysis screen in English and Indonesian, with content, for a look', async ({ page, telaah }) => {
  // Content through the API: a clustered text matrix with summaries and quotes, a verified
  // conclusion with a matrix cell and a passage as evidence, a rejected one and a draft.
  const codes = await apiCall<{ id: string; name: string; parentId: string | null }[]>(page, telaah, 'codes.list', {});
  const tops = codes.filter((c) => c.parentId === null).map((c) => c.id);
  const tm = await apiCall<TextMatrixShape>(page, telaah, 'textMatrices.create', { name: 'Pengembangan kompetensi menurut status', template: 'conceptually-clustered', codeIds: tops.slice(0, 2) });
  const summaries = ['Belajar langsung dari bidan senior saat jaga malam.', 'Pelatihan resmi jarang; lebih banyak belajar sendiri.', 'Ikut pelatihan dinas sekali setahun, materinya sesuai.'];
  for (const [i, summary] of summaries.entries()) {
    const rowId = tm.rows[i]!.id;
    const columnId = tm.columns[i % tm.columns.length]!.id;
    const candidates = await apiCall<{ sourceId: string; start: number; end: number }[]>(page, telaah, 'textMatrices.candidateQuotes', { matrixId: tm.id, rowId, columnId });
    await apiCall(page, telaah, 'textMatrices.setCell', { matrixId: tm.id, rowId, columnId, summary, quotes: candidates.slice(0, 1).map(({ sourceId, start, end }) => ({ sourceId, start, end })) });
  }
  const m = await apiMatrix(page, telaah, { kind: 'cases' });
  const spec = { rows: { kind: 'cases' }, columns: { kind: 'codes' } };
  const cell = await apiCall<{ segments: { sourceId: string; start: number; end: number }[] }>(page, telaah, 'analysis.cellSegments', { spec, rowKey: m.rows[0]!.key, columnKey: m.columns[0]!.key });
  const text = 'Tenaga honorer lebih banyak belajar secara informal dari rekan senior daripada lewat pelatihan resmi.';
  const verified = await apiCall<{ id: string }>(page, telaah, 'conclusions.save', { title: 'Belajar informal mendominasi', contentJson: '', plainText: text, tactic: 'making-contrasts' });
  await apiCall(page, telaah, 'conclusions.addEvidence', { conclusionId: verified.id, stance: 'supports', target: { kind: 'matrix-cell', spec, rowKey: m.rows[0]!.key, columnKey: m.columns[0]!.key } });
  const seg = cell.segments[0]!;
  await apiCall(page, telaah, 'conclusions.addEvidence', { conclusionId: verified.id, stance: 'supports', target: { kind: 'segment', sourceId: seg.sourceId, start: seg.start, end: seg.end } });
  await apiCall(page, telaah, 'conclusions.addEvidence', { conclusionId: verified.id, stance: 'contradicts', target: { kind: 'text-matrix-cell', matrixId: tm.id, rowId: tm.rows[2]!.id, columnId: tm.columns[0]!.id } });
  await apiCall(page, telaah, 'conclusions.setStatus', { id: verified.id, status: 'verified', comment: 'Didukung oleh enam segmen; cek juga informan PNS.' });
  const rejected = await apiCall<{ id: string }>(page, telaah, 'conclusions.save', { title: 'Jumlah honorer tidak berpengaruh', contentJson: '', plainText: 'Tidak ada hubungan.', tactic: 'checking-rival-explanations' });
  await apiCall(page, telaah, 'conclusions.setStatus', { id: rejected.id, status: 'rejected', comment: 'Bertentangan dengan informan 02 dan 03.' });
  await apiCall(page, telaah, 'conclusions.save', { title: '', contentJson: '', plainText: 'Waktu kerja yang panjang muncul di semua status kepegawaian.', tactic: 'noting-patterns' });

  for (const lang of ['en', 'id'] as const) {
    await page.evaluate((l) => localStorage.setItem('telaah.language', l), lang);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.project-name')).not.toHaveText(/Loading|Memuat/);
    const names = VIEW_NAMES[lang];
    const shot = (name: string) => saveScreenshot(page, `analysis-${lang}-${name}`);

    await openView(page, names.matrix);
    await expect(page.locator('.analysis-matrix tbody tr')).toHaveCount(8);
    await shot('matrix');
    await page.locator('.analysis-matrix tbody tr').first().locator('.cell-button').first().click();
    await expect(page.locator('.analysis-segment').first()).toBeVisible();
    await shot('matrix-drill');
    await page.locator('.analysis-drill').scrollIntoViewIfNeeded();
    await page.locator('.analysis-segment').first().scrollIntoViewIfNeeded();
    await shot('matrix-drill-segments');
    const rows = page.locator('.analysis-controls select').first();
    await rows.selectOption({ label: lang === 'en' ? 'Attribute: status' : 'Atribut: status' });
    await expect(page.locator('.analysis-matrix tbody tr')).toHaveCount(4);
    await shot('matrix-status');
    // Codes × codes: the widest matrix of the sample, scrolled right to check the sticky headers.
    await rows.selectOption({ index: 3 });
    await expect(page.locator('.analysis-matrix tbody tr')).toHaveCount(12);
    await page.locator('.analysis-table-wrap').evaluate((el) => el.scrollTo(el.scrollWidth, 120));
    await shot('matrix-codes-scrolled');

    await openView(page, names.textMatrix);
    await expect(page.locator('.text-matrix tbody tr').first()).toBeVisible();
    await shot('text-matrix');
    await page.locator('.text-matrix tbody tr').first().locator('td button').first().click();
    await expect(page.locator('.text-matrix-editor')).toBeVisible();
    await shot('text-matrix-cell');
    await page.locator('.analysis-bar').getByRole('button', { name: lang === 'en' ? 'New text matrix' : 'Matriks teks baru' }).click();
    await page.locator('.text-matrix-form').scrollIntoViewIfNeeded();
    await shot('text-matrix-new');

    await openView(page, names.charts);
    await expect(page.locator('.heat-legend')).toBeVisible();
    await shot('charts-heat');
    await page.locator('.analysis-segmented label').nth(1).click();
    await shot('charts-bars');
    await page.locator('.analysis-segmented label').nth(2).click();
    await expect(page.locator('.analysis-chart svg')).toBeVisible();
    await shot('charts-network');

    await openView(page, names.conclusions);
    await page.locator('.analysis-item', { hasText: 'Belajar informal mendominasi' }).click();
    await expect(page.locator('.analysis-evidence').first()).toBeVisible();
    await shot('conclusions');
    await page.locator('.negative-cases select').selectOption({ index: 8 });
    await expect(page.locator('.negative-table')).toBeVisible();
    await page.locator('.negative-cases').scrollIntoViewIfNeeded();
    await shot('conclusions-negative');
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  }
  expect(pageErrors(telaah.pageErrors)).toEqual([]);
});
