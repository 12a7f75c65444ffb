import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliProject, UsageError, type Command } from '../cli-context';
import { refiReportLines } from './exchange-report-lines';

export const newCommand: Command = {
  name: 'new',
  usage: 'telaah new FILE [--sample | --from PROJECT.qdpx] [--json]',
  summary: 'create a project (with --sample: the synthetic sample study; with --from: from a REFI-QDA project)',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { sample: { type: 'boolean', default: false }, from: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one project FILE');
    if (values.sample && values.from) throw new UsageError('choose either --sample or --from');
    const file = path.resolve(positionals[0]!);
    const from = values.from ? path.resolve(values.from) : null;
    if (from && !fs.existsSync(from)) throw new UsageError(`${from} does not exist`);
    const p = new CliProject();
    let created = false;
    try {
      let info = await p.call('project.create', { path: file, sample: values.sample });
      created = true;
      if (from) {
        const report = await p.call('exchange.importProject', { path: from, setProjectName: true });
        info = await p.call('project.info', {});
        if (values.json) io.out(JSON.stringify(report, null, 2));
        else for (const line of refiReportLines(report)) io.out(line);
      }
      if (!values.json) io.out(`Created ${file}: ${info.counts.sources} sources, ${info.counts.codes} codes, ${info.counts.codings} codings.`);
      created = false;
    } finally {
      p.close();
      // A project whose import failed is removed: the researcher asked for a copy of the file, not an empty project.
      if (created && from) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    }
    return 0;
  },
};
