import path from 'node:path';
import { appHome } from './app-paths';

/** The sample project opened on first run. */
export function defaultProjectPath(): string {
  return path.join(appHome(), 'Contoh-tenaga-honorer.telaah');
}
