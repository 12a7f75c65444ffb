import os from 'node:os';
import path from 'node:path';

/**
 * Where Telaah keeps per-user state (settings, recent projects, the sample project).
 * TELAAH_HOME overrides it (tests, portable installs).
 */
export function appHome(): string {
  if (process.env.TELAAH_HOME) return process.env.TELAAH_HOME;
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? os.homedir(), 'Telaah');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Telaah');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'telaah');
}
