import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, withProject, type Command } from '../cli-context';
import { exportFormats } from '../../core/exchange/export-formats';

export const exportCommand: Command = {
  name: 'export',
  usage: 'telaah export FILE --format FORMAT -o OUT [--sections a,b,...] [--lang en|id] [--json]',
  summary: `write the project to another format (${Object.keys(exportFormats).join(', ')})`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        sections: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one project FILE');
    if (!values.format) throw new UsageError(`choose a --format (${Object.keys(exportFormats).join(', ')})`);
    if (!values.out) throw new UsageError('give the output file with -o OUT');
    if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'id') throw new UsageError('--lang is en or id');
    const format = values.format;
    const out = path.resolve(values.out);
    return withProject(path.resolve(positionals[0]!), async (p) => {
      const result = await p.call('exchange.export', {
        path: out,
        format,
        options: {
          ...(values.sections ? { sections: values.sections.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
          ...(values.lang ? { lang: values.lang as 'en' | 'id' } : {}),
        },
      });
      if (values.json) io.out(JSON.stringify(result, null, 2));
      else {
        io.out(`Wrote ${result.path} (${result.format}, ${result.bytes} bytes): ${result.summary}.`);
        for (const w of result.warnings) io.out(`  check: ${w}`);
      }
      return 0;
    });
  },
};
