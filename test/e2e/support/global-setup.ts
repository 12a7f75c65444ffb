import { ensureRendererBuilt } from '../../../electron/server/renderer-build';

/**
 * Builds the renderer once before the tests when it is missing or older than its sources, so no
 * test spends its time budget on a build (each `telaah serve` would otherwise do it).
 */
export default function globalSetup(): void {
  ensureRendererBuilt((line) => process.stdout.write(`${line}\n`));
}
