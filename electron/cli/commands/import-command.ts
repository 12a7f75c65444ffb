import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, withProject, type Command } from '../cli-context';

export const importCommand: Command = {
  name: 'import',
  usage: 'telaah import FILE PATH... [--encoding NAME] [--no-turns] [--json]',
  summary: 'import documents (txt, md, docx, odt, pdf, html, vtt, srt, sbv) into a project',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { encoding: { type: 'string' }, 'no-turns': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length < 2) throw new UsageError('give a project FILE and at least one PATH to import');
    const [file, ...paths] = positionals as [string, ...string[]];
    return withProject(path.resolve(file), async (p) => {
      const summary = await p.call('sources.import', {
        paths: paths.map((x) => path.resolve(x)),
        options: { ...(values.encoding ? { encoding: values.encoding } : {}), detectTurns: !values['no-turns'] },
      });
      if (values.json) io.out(JSON.stringify(summary, null, 2));
      else {
        for (const r of summary.results) {
          if (r.ok) io.out(`ok      ${r.file}${r.warnings.length ? ` (${r.warnings.join('; ')})` : ''}`);
          else io.out(`failed  ${r.error!.message}`);
        }
        io.out(`${summary.imported} imported, ${summary.failed} failed.`);
      }
      return summary.failed > 0 ? 1 : 0;
    });
  },
};
