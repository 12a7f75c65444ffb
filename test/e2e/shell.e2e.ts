import { test, expect, saveScreenshot, seriousAxeViolations } from './support/telaah-fixture';

// The window shell on the sample project: sources listed, a code created in the tree, the language
// switched, undo/redo by keyboard, persistence across a reload, and an accessibility scan.

test('the sample project opens with its sources listed and the project in the title', async ({ page }) => {
  const sources = page.getByRole('listbox', { name: 'Sources' });
  await expect(sources.getByRole('option')).toHaveCount(8);
  await expect(page).toHaveTitle(/ — Telaah$/);
  const codes = page.getByRole('tree', { name: 'Codes' });
  await expect(codes.getByRole('treeitem', { name: /^Pengembangan informal:/ })).toBeVisible();
  await saveScreenshot(page, 'shell-main');
  // Opening a source shows it in the document view the shell mounts.
  await sources.getByRole('option', { name: /^informan-01-bidan-honorer/ }).click();
  await expect(page.locator('#main')).toContainText('Nama samaran: Siti', { timeout: 20_000 });
  await expect(sources.getByRole('option', { name: /^informan-01-bidan-honorer/ })).toHaveAttribute('aria-current', 'true');
  await saveScreenshot(page, 'shell-document');
});

test('a code created in the tree can be undone and redone by keyboard and persists after a reload', async ({ page }) => {
  await page.getByRole('button', { name: 'New code', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New code' });
  await dialog.getByLabel('Name').fill('Beban kerja ganda');
  await dialog.getByLabel('Definition').fill('The informant describes doing two jobs at once.');
  await saveScreenshot(page, 'code-editor-dialog');
  const dialogViolations = await seriousAxeViolations(page);
  expect(dialogViolations, JSON.stringify(dialogViolations, null, 2)).toEqual([]);
  await dialog.getByRole('button', { name: 'Create code' }).click();
  await expect(dialog).toBeHidden();
  const tree = page.getByRole('tree', { name: 'Codes' });
  const item = tree.getByRole('treeitem', { name: /^Beban kerja ganda:/ });
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute('title', /two jobs at once/);
  await expect(page.getByTestId('undo-button')).toHaveText(/Undo create code/);

  // Ctrl+Z from outside a text field undoes the creation; Ctrl+Shift+Z brings it back.
  await page.locator('body').click({ position: { x: 700, y: 400 } });
  await tree.focus();
  await page.keyboard.press('Control+z');
  await expect(item).toHaveCount(0);
  await expect(page.getByTestId('redo-button')).toHaveText(/Redo create code/);
  await page.keyboard.press('Control+Shift+z');
  await expect(item).toBeVisible();
  // Ctrl+Y is redo too (after another undo).
  await page.keyboard.press('Control+z');
  await expect(item).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(item).toBeVisible();

  await page.reload();
  await expect(page.getByRole('tree', { name: 'Codes' }).getByRole('treeitem', { name: /^Beban kerja ganda:/ })).toBeVisible();
  await expect(page.getByTestId('undo-button')).toHaveText(/Undo create code/);
});

test('switching to Indonesian changes the labels and is remembered', async ({ page }) => {
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.getByRole('tab', { name: 'Sumber' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kode baru', exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Dokumen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await saveScreenshot(page, 'shell-indonesian');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page).toHaveTitle(/ — Telaah$/);
  await expect(page.getByRole('tab', { name: 'Sumber' })).toBeVisible();
  await page.getByRole('button', { name: 'English (Inggris)' }).click();
  await expect(page.getByRole('tab', { name: 'Sources' })).toBeVisible();
});

test('the main screen has no serious or critical accessibility violations', async ({ page }) => {
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option')).toHaveCount(8);
  const violations = await seriousAxeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
});

test('importing files by button shows each file’s outcome and lists the new source', async ({ page }) => {
  const fixtures = new URL('../../../shared/fixtures/', import.meta.url).pathname;
  await page.getByTestId('import-input').setInputFiles([`${fixtures}docx/tables.docx`, `${fixtures}malicious-xml/xmlbomb.xml`]);
  const summary = page.locator('.import-summary');
  await expect(summary).toContainText('1 imported, 1 failed');
  await expect(summary.locator('li.failed')).toContainText('xmlbomb.xml');
  // The reason follows the file's name once, without repeating it.
  await expect(summary.locator('li.failed')).toContainText('".xml" files are not supported');
  await expect(summary.locator('li.failed')).not.toContainText('xmlbomb.xml:');
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option')).toHaveCount(9);
  await saveScreenshot(page, 'import-summary');
});

test('importing files by dropping them on the navigator', async ({ page }) => {
  const fixtures = new URL('../../../shared/fixtures/', import.meta.url).pathname;
  const fs = await import('node:fs');
  const bytes = [...fs.readFileSync(`${fixtures}docx/simple-list.docx`)];
  const dataTransfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'simple-list.docx'));
    return dt;
  }, bytes);
  const navigator = page.locator('.navigator-inner');
  await navigator.dispatchEvent('dragover', { dataTransfer });
  await expect(navigator).toHaveClass(/drop-active/);
  await navigator.dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('.import-summary')).toContainText('1 imported, 0 failed');
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name: /^simple-list/ })).toBeVisible();
});

test('the case table is edited from the keyboard and passes the accessibility scan', async ({ page }) => {
  await page.getByRole('tab', { name: 'Cases' }).first().click();
  await page.getByRole('tab', { name: 'Cases' }).last().click();
  const grid = page.getByRole('grid', { name: 'Case table' });
  await expect(grid.getByRole('rowheader').first()).toBeVisible();
  await grid.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('PNS');
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-cell-0-1')).toHaveText('PNS');
  await saveScreenshot(page, 'case-table');
  const violations = await seriousAxeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  await page.getByRole('button', { name: 'Import table…' }).click();
  await saveScreenshot(page, 'case-import-dialog');
});

test('the project menu offers new, open, recent and save a copy; the copy is written', async ({ page, telaah }) => {
  await page.getByRole('button', { name: 'Project' }).click();
  const menu = page.getByRole('menu', { name: 'Project' });
  await expect(menu.getByRole('menuitem', { name: /New project/ })).toBeFocused();
  await saveScreenshot(page, 'project-menu');
  // Arrows wrap around the menu (ArrowUp from the first item reaches the last); ArrowDown walks to "Save a copy…".
  const items = menu.getByRole('menuitem');
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  const saveCopy = menu.getByRole('menuitem', { name: 'Save a copy…' });
  for (let i = 0; i < 12 && !(await saveCopy.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(saveCopy).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Save a copy…' });
  const target = telaah.file.replace(/\.telaah$/, '-copy.telaah');
  await dialog.getByRole('textbox').fill(target);
  await dialog.getByRole('button', { name: 'Save copy' }).click();
  await expect(page.getByRole('status').first()).toContainText('A copy was saved');
  const fs = await import('node:fs');
  expect(fs.existsSync(target)).toBe(true);

  // A new, empty project replaces the open one in the whole window.
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: /New project/ }).click();
  const create = page.getByRole('dialog', { name: 'New project…' });
  await create.getByRole('textbox').fill(telaah.file.replace(/sample\.telaah$/, 'kosong.telaah'));
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option')).toHaveCount(0);
  await expect(page.getByText('No codes yet.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('undo-button')).toBeDisabled();
  // The sample project is now among the recent projects, and opens again from there.
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: /^Recent: Contoh/ }).click();
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option')).toHaveCount(8);
});

test('a project from a newer Telaah is refused in the interface language, and the open project stays', async ({ page, telaah }) => {
  // A real project (made by the command line), then marked as written by a far newer format.
  const { spawnSync } = await import('node:child_process');
  const { default: Database } = await import('better-sqlite3');
  const future = telaah.file.replace(/sample\.telaah$/, 'dari-masa-depan.telaah');
  const made = spawnSync(process.execPath, [new URL('../../electron/cli/bin.mjs', import.meta.url).pathname, 'new', future], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const db = new Database(future);
  db.pragma('user_version = 999');
  db.close();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByRole('button', { name: 'Proyek' }).click();
  await page.getByRole('menuitem', { name: /Buka proyek/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Buka proyek…' });
  await dialog.getByRole('textbox').fill(future);
  await dialog.getByRole('button', { name: 'Buka', exact: true }).click();
  await expect(dialog).toContainText('disimpan oleh versi Telaah yang lebih baru (format proyek 999');
  await expect(dialog).toContainText('Berkas tidak diubah.');
  await saveScreenshot(page, 'project-open-newer-id');
  await dialog.getByRole('button', { name: /Batal/ }).click();
  await expect(page.getByRole('listbox', { name: 'Sumber' }).getByRole('option')).toHaveCount(8);
});

test('every view of the view bar mounts without error, by mouse and by keyboard', async ({ page, telaah }) => {
  const views = ['Document', 'Coded segments', 'Memos', 'Search', 'Cases', 'Matrix', 'Text matrix', 'Charts', 'Conclusions'];
  const bar = page.getByRole('tablist', { name: 'Views' });
  for (const [i, name] of views.entries()) {
    await bar.getByRole('tab', { name, exact: true }).click();
    await expect(bar.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#main-view-panel')).not.toContainText('This view stopped with an error');
    await expect(page.locator('#main-view-panel')).not.toContainText('Loading…');
    await saveScreenshot(page, `view-${String(i + 1).padStart(2, '0')}-${name.toLowerCase().replace(/\s+/g, '-')}`);
    // No view may have serious or critical accessibility violations.
    const violations = await seriousAxeViolations(page);
    expect.soft(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on "${name}"`).toEqual([]);
  }
  // Alt+1 goes back to the document; arrows move along the bar.
  await page.keyboard.press('Alt+1');
  await expect(bar.getByRole('tab', { name: 'Document' })).toHaveAttribute('aria-selected', 'true');
  await bar.getByRole('tab', { name: 'Document' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('tab', { name: 'Coded segments' })).toBeFocused();
  await expect(bar.getByRole('tab', { name: 'Coded segments' })).toHaveAttribute('aria-selected', 'true');
  expect(telaah.pageErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
});

test('an export in Indonesian says what it wrote in Indonesian', async ({ page, telaah }) => {
  await page.evaluate(() => localStorage.setItem('telaah.language', 'id'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('button', { name: 'Proyek' }).click();
  await page.getByRole('menu', { name: 'Proyek' }).getByRole('menuitem', { name: /^Ekspor/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Ekspor' });
  // Into the test's folder (the proposed ~/Telaah is the real home folder of whoever runs the tests).
  const target = telaah.file.replace(/\.telaah$/, '-ekspor.qdpx');
  await dialog.getByLabel('Simpan sebagai (path)').fill(target);
  await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText(/Ditulis ke .*-ekspor\.qdpx: 8 sumber, 12 kode, \d+ segmen berkode, \d+ pengodean, \d+ kasus, \d+ memo, \d+ pengode\./, { timeout: 30_000 });
  await saveScreenshot(page, 'export-done-id');
  const fs = await import('node:fs');
  expect(fs.existsSync(target)).toBe(true);
});
