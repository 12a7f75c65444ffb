import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, CliProject, type Command } from '../cli-context';
import { startServer } from '../../server/http-server';
import { ensureRendererBuilt } from '../../server/renderer-build';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'telaah serve FILE [--port N] [--create-sample]',
  summary: 'serve the app for FILE on 127.0.0.1 (open the printed address in a browser)',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { port: { type: 'string', default: '0' }, 'create-sample': { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one project FILE');
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number');
    const file = path.resolve(positionals[0]!);
    const staticDir = ensureRendererBuilt((l) => io.err(l));
    const p = new CliProject({ backups: { keep: 10 }, rememberRecent: true });
    if (values['create-sample'] && !fs.existsSync(file)) await p.call('project.create', { path: file, sample: true });
    else await p.call('project.open', { path: file });
    const server = await startServer({ session: p.session, dispatch: p.dispatch, staticDir, port });
    io.out(`Telaah is serving ${file} at ${server.url}`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    p.close();
    return 0;
  },
};
