import type { Command } from '../cli-context';
import { newCommand } from './new-command';
import { importCommand } from './import-command';
import { infoCommand } from './info-command';
import { codesCommand } from './codes-command';
import { autocodeCommand } from './autocode-command';
import { searchCommand } from './search-command';
import { matrixCommand } from './matrix-command';
import { serveCommand } from './serve-command';
import { startCommand } from './start-command';
import { exportCommand } from './export-command';
import { agreementCommand } from './agreement-command';

/** Every `telaah` subcommand; add new ones here. */
export const commands: Command[] = [newCommand, importCommand, infoCommand, codesCommand, autocodeCommand, searchCommand, matrixCommand, serveCommand, startCommand, exportCommand, agreementCommand];
