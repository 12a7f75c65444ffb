// Electron's entry: loads the TypeScript main process through tsx (running from source).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// In a packaged app the sources sit inside app.asar, from which no program can be started: esbuild
// (tsx's compiler, and the bundler of the import workers) runs from the unpacked copy that
// electron-builder.yml's asarUnpack keeps beside it.
const here = fileURLToPath(import.meta.url);
if (here.includes(`${path.sep}app.asar${path.sep}`) && !process.env.ESBUILD_BINARY_PATH) {
  const unpacked = here.slice(0, here.indexOf(`${path.sep}app.asar${path.sep}`)) + `${path.sep}app.asar.unpacked`;
  const pkg = `${process.platform}-${process.arch}`;
  const binary = process.platform === 'win32' ? path.join('@esbuild', pkg, 'esbuild.exe') : path.join('@esbuild', pkg, 'bin', 'esbuild');
  process.env.ESBUILD_BINARY_PATH = path.join(unpacked, 'node_modules', binary);
}

const { register } = await import('tsx/esm/api');
register();
await import('./main.ts');
