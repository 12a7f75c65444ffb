import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Command } from '../cli-context';
import { serveCommand } from './serve-command';
import { readRecent } from '../../core/recent-projects';
import { defaultProjectPath } from '../../core/default-project';
import { ensureRendererBuilt, repoRoot } from '../../server/renderer-build';

/** Electron's executable when its binary is installed (or can be fetched now), else a reason. */
function findElectron(): { binary: string } | { reason: string } {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(dir, 'path.txt');
  const present = () => fs.existsSync(pathFile) && fs.existsSync(path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8')));
  if (!present() && !process.env.TELAAH_NO_ELECTRON) {
    const r = spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'pipe', timeout: 120_000 });
    if (!present()) {
      const why = (r.stderr?.toString() ?? '').split('\n').find((l) => /error/i.test(l))?.trim();
      return { reason: `Electron's binary is not installed and could not be downloaded${why ? ` (${why.slice(0, 160)})` : ''}` };
    }
  }
  if (!present()) return { reason: "Electron's binary is not installed (TELAAH_NO_ELECTRON is set)" };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'there is no display to open a window on' };
  }
  return { binary: path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8')) };
}

export const startCommand: Command = {
  name: 'start',
  usage: 'telaah start [FILE]',
  summary: 'open the app window (Electron), or serve it on 127.0.0.1 where Electron cannot run',
  async run(args, io) {
    ensureRendererBuilt((l) => io.err(l));
    const electron = findElectron();
    if ('binary' in electron) {
      const child = spawn(electron.binary, [repoRoot, ...args], { stdio: 'inherit' });
      return new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
    }
    const file = args[0] ? path.resolve(args[0]) : (readRecent().find((r) => fs.existsSync(r.path))?.path ?? defaultProjectPath());
    fs.mkdirSync(path.dirname(file), { recursive: true });
    io.out(`Opening Telaah in a browser instead of a window: ${electron.reason}.`);
    return serveCommand.run([file, '--create-sample', '--port', process.env.TELAAH_PORT ?? '0'], io);
  },
};
