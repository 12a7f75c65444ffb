import { defineConfig } from '@playwright/test';

// Each run writes its artifacts (traces, failure screenshots) to its own folder: Playwright empties
// its output folder when a run starts, which would pull the files from under a run still going in
// the same checkout. Workers inherit the id from the main process's environment; global setup
// prunes folders of earlier runs.
process.env.TELAAH_E2E_RUN ??= `run-${Date.now()}-${process.pid}`;

/**
 * End-to-end tests: the real UI in Debian's Chromium over the HTTP transport, each test against its
 * own project file served by `telaah serve` (test/e2e/support/telaah-fixture.ts). One worker: the
 * machine has two cores and each test runs a server and a browser.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  // A stray test.only must never narrow a run to a few tests.
  forbidOnly: true,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Not test-results/ itself: Playwright empties its output folder, which holds other reports.
  outputDir: `test-results/playwright-artifacts/${process.env.TELAAH_E2E_RUN}`,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  globalSetup: './test/e2e/support/global-setup.ts',
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
