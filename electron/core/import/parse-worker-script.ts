import { fileURLToPath } from 'node:url';

/**
 * The parse worker's code as one script, bundled by esbuild from parse-worker.ts and its imports.
 *
 * Why: a worker that loads the TypeScript sources through tsx spends ~200 ms starting (tsx's loader
 * hooks run on a thread of their own, and every module passes through them), during which a batch
 * import has one core idle. The bundle starts in ~30 ms and takes ~50 ms to build, once per process,
 * off this thread (esbuild runs in its own process).
 *
 * The bundle is CommonJS so that the Word, ODT, PDF and HTML importers, which import-document loads
 * on first use, stay lazy with their libraries (an ES-module bundle would hoist their imports).
 * Packages stay outside it, required from the source folder; `import.meta.url` means parse-worker.ts
 * for every bundled module, which is all they use it for (finding packages).
 */
let script: Promise<string> | null = null;

export function parseWorkerScript(): Promise<string> {
  script ??= build().catch((err: unknown) => {
    script = null;
    throw err;
  });
  return script;
}

async function build(): Promise<string> {
  // Worked out here, not on import: under a test DOM this module's URL is not a file's.
  const entryUrl = new URL('./parse-worker.ts', import.meta.url);
  const entry = fileURLToPath(entryUrl);
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    define: { 'import.meta.url': '__entryUrl' },
  });
  const code = result.outputFiles[0]!.text;
  // Run as an eval'd worker: `require` is made to resolve packages from the sources' folder.
  return `(function (require, __entryUrl) {\n${code}\n})(require('node:module').createRequire(${JSON.stringify(entry)}), ${JSON.stringify(entryUrl.href)});\n`;
}
