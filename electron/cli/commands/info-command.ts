import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, withProject, type Command } from '../cli-context';

export const infoCommand: Command = {
  name: 'info',
  usage: 'telaah info FILE [--json]',
  summary: 'counts of sources, cases, codes, codings, memos and coders',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError('give exactly one project FILE');
    return withProject(path.resolve(positionals[0]!), async (p) => {
      const info = await p.call('project.info', {});
      if (values.json) io.out(JSON.stringify(info, null, 2));
      else {
        io.out(`${info.name} (${info.path})`);
        for (const [k, v] of Object.entries(info.counts)) io.out(`  ${k.padEnd(8)} ${v}`);
      }
      return 0;
    });
  },
};
