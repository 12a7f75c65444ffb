import type { Page } from '@playwright/test';
import { fixturePath } from '../support/fixtures';
import { test, expect, saveScreenshot, seriousAxeViolations } from './support/telaah-fixture';

// The coding workbench end to end: import a real .docx, create a code, select text, apply the code,
// see the highlight and the stripe, retrieve it, write a memo, undo and redo, and find everything
// after a reload; then the same on a text with an emoji family and a combining accent.

/**
 * Selects text in the document view as a mouse would: from UTF-16 offset `from` to `to` inside the
 * text of the block containing `needle` (offsets relative to where `needle` starts), then releases
 * the mouse so the view reads, snaps and publishes the selection.
 */
async function selectInDocument(page: Page, needle: string, from: number, to: number): Promise<void> {
  await page.evaluate(
    ({ needle, from, to }) => {
      const blocks = [...document.querySelectorAll('.doc-block-text')];
      const box = blocks.find((b) => (b.textContent ?? '').includes(needle));
      if (!box) throw new Error(`"${needle}" is not in a rendered block`);
      const base = (box.textContent ?? '').indexOf(needle);
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      const point = (offset: number): [Node, number] => {
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = (n as Text).data.length;
          if (offset <= seen + len) return [n, offset - seen];
          seen += len;
        }
        throw new Error(`offset ${offset} is past the block`);
      };
      const [a, ao] = point(base + from);
      walker.currentNode = box;
      const [b, bo] = point(base + to);
      const range = document.createRange();
      range.setStart(a, ao);
      range.setEnd(b, bo);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    { needle, from, to },
  );
}

async function createCode(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New code', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New code' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create code' }).click();
  await expect(dialog).toBeHidden();
}

function codeItem(page: Page, name: string) {
  return page.getByRole('tree', { name: 'Codes' }).getByRole('treeitem', { name: new RegExp(`^${name}:`) });
}

async function openSource(page: Page, name: RegExp) {
  await page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name }).click();
  await expect(page.locator('.doc-scroll[data-ready="true"]')).toBeVisible();
}

test('code a passage of an imported .docx, retrieve it, memo it, undo, redo and reload', async ({ page, telaah }) => {
  page.on('response', (r) => r.status() >= 400 && telaah.pageErrors.push(`${r.status()} ${r.url()}`));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).and(page.locator('button')).click();
  await (await chooser).setFiles(fixturePath('documents', 'ID1.docx'));
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name: /^ID1,/ })).toBeVisible({ timeout: 30_000 });
  await openSource(page, /^ID1,/);
  await expect(page.getByRole('heading', { name: 'ID1' })).toBeVisible();

  await createCode(page, 'Course experience');
  const firstText = (await page.locator('.doc-block-text').first().textContent()) ?? '';
  const needle = firstText.trim().slice(0, 12);
  expect(needle.length).toBeGreaterThan(5);
  await selectInDocument(page, needle, 0, needle.length);
  await expect(page.locator('.doc-selection-info')).toContainText(`Selected ${[...needle].length} characters`);
  await codeItem(page, 'Course experience').click();

  const coded = page.locator('.doc-block-text .doc-coded');
  await expect(coded.first()).toHaveText(needle);
  await expect(page.locator('.doc-gutter rect.stripe')).toHaveCount(1);
  await expect(page.locator('.doc-gutter rect.stripe title')).toHaveText(/Course experience, coded by/);
  await saveScreenshot(page, 'document-coded-docx');

  // Clicking the stripe selects the coding; the inspector names it.
  await page.locator('.doc-gutter rect.stripe').first().click();
  await expect(page.getByRole('group', { name: 'Selected coding' })).toContainText('Course experience');

  // Retrieval lists the segment; choosing it jumps back to its place.
  await page.getByRole('tab', { name: 'Coded segments' }).click();
  const list = page.getByTestId('retrieval-list');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.locator('mark')).toHaveText(needle);
  await saveScreenshot(page, 'retrieval');
  await list.getByRole('button').first().click();
  await expect(page.locator('.doc-selection-info')).toContainText(`Selected ${[...needle].length} characters`);

  // Undo takes the coding away, redo brings it back.
  await page.locator('.doc-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect(coded).toHaveCount(0);
  await expect(page.locator('.doc-gutter rect.stripe')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(coded.first()).toHaveText(needle);

  // A memo about the project, saved as it is typed.
  await page.getByRole('tab', { name: 'Memos' }).click();
  await page.getByRole('group', { name: 'Memo about' }).getByRole('button', { name: 'Project', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Memo about the Project' });
  // The sample project already has a project memo: add a paragraph at its end.
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Students found the slides too busy.');
  await expect(page.locator('.memo-save-state')).toHaveText('Saved');
  await saveScreenshot(page, 'memo');

  const a11y = await seriousAxeViolations(page);
  expect(a11y, JSON.stringify(a11y, null, 2)).toEqual([]);

  await page.reload();
  await expect(page.locator('.project-name')).not.toHaveText(/Loading|Memuat/);
  await page.getByRole('tab', { name: 'Memos' }).click();
  await page.getByRole('group', { name: 'Memo about' }).getByRole('button', { name: 'Project', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Memo about the Project' })).toContainText('Students found the slides too busy.');
  // Memos are searchable: the full-text index finds the new words.
  await page.getByRole('searchbox', { name: 'Search memos' }).fill('slides busy');
  await expect(page.getByTestId('memo-list').locator('mark').first()).toBeVisible();
  await expect(page.getByTestId('memo-list').getByRole('listitem')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Document' }).click();
  await openSource(page, /^ID1,/);
  await expect(page.locator('.doc-block-text .doc-coded').first()).toHaveText(needle);
  await expect(page.locator('.doc-gutter rect.stripe')).toHaveCount(1);
  // Page errors and failed requests after the first load (the shell's favicon request 404s there).
  expect(telaah.pageErrors.filter((e) => !e.startsWith('console: Failed to load resource'))).toEqual([]);
});

test('selections inside an emoji family or a combining accent snap to whole characters', async ({ page, telaah }) => {
  page.on('response', (r) => r.status() >= 400 && telaah.pageErrors.push(`${r.status()} ${r.url()}`));
  // "e" + U+0301 composes to "é" in canonical (NFC) text; "x" + U+0301 has no composed form and stays
  // a base letter with a combining mark.
  const text = 'Kami 👩‍👩‍👧 datang ke cafe\u0301 x\u0301 itu.\nLalu pulang.\n';
  await page.getByTestId('import-input').setInputFiles({ name: 'emoji.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name: /^emoji,/ })).toBeVisible({ timeout: 30_000 });
  await openSource(page, /^emoji,/);
  await createCode(page, 'Keluarga');

  // From the middle of the family emoji (after its first surrogate pair + ZWJ) to between "x" and its accent.
  const block = 'Kami 👩‍👩‍👧 datang ke cafe\u0301 x\u0301 itu.'.normalize('NFC');
  const emojiAt = block.indexOf('👩');
  const accentAt = block.indexOf('x') + 1;
  await selectInDocument(page, 'Kami', emojiAt + 3, accentAt);
  await codeItem(page, 'Keluarga').click();
  await expect(page.locator('.doc-block-text .doc-coded').first()).toHaveText('👩‍👩‍👧 datang ke café x\u0301');

  await page.getByRole('tab', { name: 'Coded segments' }).click();
  await expect(page.getByTestId('retrieval-list').locator('mark')).toHaveText('👩‍👩‍👧 datang ke café x\u0301');
  await page.getByRole('tab', { name: 'Document' }).click();
  await saveScreenshot(page, 'document-coded-emoji');

  // The keyboard path: Ctrl+K palette with type-ahead codes the whole turn chosen with Enter.
  await page.locator('.doc-scroll').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc-selection-info')).toContainText('Selected 12 characters');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Apply a code' });
  await page.keyboard.type('kel');
  await expect(palette.getByRole('option', { name: /Keluarga/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc-block-text .doc-coded')).toHaveCount(2);
  await expect(page.locator('.doc-gutter rect.stripe')).toHaveCount(2);

  const a11y = await seriousAxeViolations(page);
  expect(a11y, JSON.stringify(a11y, null, 2)).toEqual([]);

  await page.reload();
  await expect(page.locator('.project-name')).not.toHaveText(/Loading|Memuat/);
  await openSource(page, /^emoji,/);
  await expect(page.locator('.doc-block-text .doc-coded').first()).toHaveText('👩‍👩‍👧 datang ke café x\u0301');
  // Page errors and failed requests after the first load (the shell's favicon request 404s there).
  expect(telaah.pageErrors.filter((e) => !e.startsWith('console: Failed to load resource'))).toEqual([]);
});
