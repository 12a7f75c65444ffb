import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliProject, UsageError, type Command } from '../cli-context';

export const newCommand: Command = {
  name: 'new',
  usage: 'telaah new FILE [--sample]',
  summary: 'create a project (with --sample: the synthetic sample study)',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { sample: { type: 'boolean', default: false } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError('give exactly one project FILE');
    const file = path.resolve(positionals[0]!);
    const p = new CliProject();
    try {
      const info = await p.call('project.create', { path: file, sample: values.sample });
      io.out(`Created ${file}: ${info.counts.sources} sources, ${info.counts.codes} codes, ${info.counts.codings} codings.`);
    } finally {
      p.close();
    }
    return 0;
  },
};
