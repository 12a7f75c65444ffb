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
});

test('a code created in the tree can be undone and redone by keyboard and persists after a reload', async ({ page }) => {
  await page.getByRole('button', { name: 'New code', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New code' });
  await dialog.getByLabel('Name').fill('Beban kerja ganda');
  await dialog.getByLabel('Definition').fill('The informant describes doing two jobs at once.');
  await saveScreenshot(page, 'code-editor-dialog');
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
  await expect(page.getByRole('button', { name: 'Urungkan', exact: false }).first()).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Sumber' })).toBeVisible();
  await page.getByRole('button', { name: 'English (Inggris)' }).click();
  await expect(page.getByRole('tab', { name: 'Sources' })).toBeVisible();
});

test('the main screen has no serious or critical accessibility violations', async ({ page }) => {
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option')).toHaveCount(8);
  const violations = await seriousAxeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
});
