import fs from 'node:fs';
import path from 'node:path';
import { ensureRendererBuilt, repoRoot } from '../../../electron/server/renderer-build';

const KEEP_RUNS_MS = 6 * 60 * 60 * 1000;

/**
 * Builds the renderer once before the tests when it is missing or older than its sources, so no
 * test spends its time budget on a build (each `telaah serve` would otherwise do it). Removes the
 * artifact folders of runs older than six hours (see playwright.config.ts).
 */
export default function globalSetup(): void {
  const artifacts = path.join(repoRoot, 'test-results', 'playwright-artifacts');
  if (fs.existsSync(artifacts)) {
    for (const entry of fs.readdirSync(artifacts, { withFileTypes: true })) {
      const dir = path.join(artifacts, entry.name);
      if (entry.isDirectory() && entry.name !== process.env.TELAAH_E2E_RUN && Date.now() - fs.statSync(dir).mtimeMs > KEEP_RUNS_MS) {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  ensureRendererBuilt((line) => process.stdout.write(`${line}\n`));
}
