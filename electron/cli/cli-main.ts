import { ApiError } from '../../shared/api/errors';
import { processIO, UsageError, type CliIO } from './cli-context';
import { commands } from './commands';

function help(io: CliIO): void {
  io.out('Telaah: qualitative research workbench. Usage:');
  for (const c of commands) io.out(`  ${c.usage}\n      ${c.summary}`);
}

/** Runs one command; returns the exit code. Failures print one line: what went wrong. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`telaah: unknown command "${name}" (commands: ${commands.map((c) => c.name).join(', ')})`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`telaah ${name}: ${(err as Error).message}. Usage: ${command.usage}`);
      return 2;
    }
    if (err instanceof ApiError) {
      io.err(`telaah ${name}: ${err.message.split('\n')[0]}`);
      return 1;
    }
    io.err(`telaah ${name}: ${(err as Error).message?.split('\n')[0] ?? String(err)}`);
    return 1;
  }
}
