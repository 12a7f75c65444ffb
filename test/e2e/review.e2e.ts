import { test, expect, saveScreenshot } from './support/telaah-fixture';

// A supervisor reviews the student's coding in the sample project (coders "peneliti" and
// "pembimbing"): switches to themselves as coder, turns review mode on, opens a place where the
// two coders differ, starts a discussion on the coding, and resolves the thread after a reply.

test('a supervisor comments on a coding in review mode and resolves the thread', async ({ page, telaah }) => {
  page.on('response', (r) => r.status() >= 400 && telaah.pageErrors.push(`${r.status()} ${r.url()}`));
  // Work as the supervisor.
  const coder = page.getByLabel('Coder', { exact: true });
  const supervisor = await coder.locator('option', { hasText: /^pembimbing/ }).getAttribute('value');
  await coder.selectOption(supervisor!);

  await page.getByRole('tab', { name: 'Review', exact: true }).click();
  const review = page.locator('.review-view');
  const toggle = review.getByRole('switch', { name: /Review mode/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');

  // A place where the coders differ; accepting is not possible in review mode, discussing is.
  await review.getByRole('tab', { name: 'Disagreements' }).click();
  await expect(review.getByText(/\d+ places where the coders differ\./)).toBeVisible();
  const first = review.locator('li.disagreement').first();
  await expect(first.getByRole('button', { name: /^Accept / }).first()).toBeDisabled();
  await first.getByRole('button', { name: 'Discuss' }).click();
  await first.getByLabel('What to discuss').fill('Apakah kutipan ini termasuk kode ini? Mohon cek definisinya.');
  await first.getByRole('button', { name: 'Start discussion' }).click();
  await saveScreenshot(page, 'review-disagreement-discussed');

  // The thread is open in the comments list, with its coding and author.
  await review.getByRole('tab', { name: 'Comments' }).click();
  const thread = review.getByRole('article', { name: /Thread by pembimbing \(Open\)/ });
  await expect(thread).toBeVisible();
  await expect(thread.getByText('Apakah kutipan ini termasuk kode ini? Mohon cek definisinya.')).toBeVisible();
  await thread.getByLabel('Reply').fill('Sudah saya cek: kutipan ini sesuai kriteria inklusi.');
  await thread.getByRole('button', { name: 'Send reply' }).click();
  await expect(thread.getByText('Sudah saya cek: kutipan ini sesuai kriteria inklusi.')).toBeVisible();
  await saveScreenshot(page, 'review-comment-thread');

  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(review.getByText('No open comments.')).toBeVisible();
  await review.getByLabel('Also show resolved threads').check();
  const resolved = review.getByRole('article', { name: /Thread by pembimbing \(Resolved\)/ });
  await expect(resolved).toBeVisible();
  await expect(resolved.getByText(/by pembimbing/)).toBeVisible();

  // Still there after a reload (it is in the project file), and review mode stays on this session.
  await page.reload();
  await page.getByRole('tab', { name: 'Review', exact: true }).click();
  await page.locator('.review-view').getByLabel('Also show resolved threads').check();
  await expect(page.locator('.review-view').getByRole('article', { name: /\(Resolved\)/ })).toHaveCount(1);
  // A resource 404 at first load (before the listener above) is the shell's; coding.e2e.ts filters it too.
  expect(telaah.pageErrors.filter((e) => !e.startsWith('console: Failed to load resource'))).toEqual([]);
});
