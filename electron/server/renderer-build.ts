import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const rendererOutDir = path.join(repoRoot, 'out', 'renderer');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds the renderer with Vite when the built copy is missing or older than its sources (running
 * from a source checkout). Returns the folder to serve.
 */
export function ensureRendererBuilt(log: (line: string) => void = () => undefined): string {
  const index = path.join(rendererOutDir, 'index.html');
  const sources = [path.join(repoRoot, 'renderer'), path.join(repoRoot, 'shared'), path.join(repoRoot, 'resources', 'locales')];
  const stale = !fs.existsSync(index) || sources.some((s) => fs.existsSync(s) && newestMtime(s) > fs.statSync(index).mtimeMs);
  if (stale) {
    log('Building the user interface (vite build)…');
    // Built beside the served folder and swapped in, so a server never reads a half-built folder.
    const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    const fresh = `${rendererOutDir}.build-${process.pid}`;
    const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', fresh], { cwd: repoRoot, stdio: 'inherit' });
    if (r.status !== 0) {
      fs.rmSync(fresh, { recursive: true, force: true });
      throw new Error('Building the user interface failed (see the output above).');
    }
    const old = `${rendererOutDir}.old-${process.pid}`;
    if (fs.existsSync(rendererOutDir)) fs.renameSync(rendererOutDir, old);
    fs.renameSync(fresh, rendererOutDir);
    fs.rmSync(old, { recursive: true, force: true });
  }
  return rendererOutDir;
}
