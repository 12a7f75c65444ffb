import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, withProject, type Command } from '../cli-context';
import { codebookReportLines, refiReportLines } from './exchange-report-lines';

/** REFI-QDA projects (.qdpx, .qde) and codebooks (.qdc) go to the exchange importers. */
function kindOf(file: string, codebook: boolean): 'project' | 'codebook' | 'document' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.qdpx' || ext === '.qde') return 'project';
  if (ext === '.qdc' || codebook) return 'codebook';
  return 'document';
}

export const importCommand: Command = {
  name: 'import',
  usage: 'telaah import FILE PATH... [--codebook] [--encoding NAME] [--no-turns] [--json]',
  summary:
    'import documents (txt, md, docx, odt, pdf, html, vtt, srt, sbv), REFI-QDA projects (.qdpx, .qde) and codebooks (.qdc; with --codebook also .csv, .xlsx and category>>code .txt lists)',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        encoding: { type: 'string' },
        'no-turns': { type: 'boolean', default: false },
        codebook: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (positionals.length < 2) throw new UsageError('give a project FILE and at least one PATH to import');
    const [file, ...paths] = positionals as [string, ...string[]];
    const documents = paths.filter((p) => kindOf(p, values.codebook) === 'document');
    const exchange = paths.filter((p) => kindOf(p, values.codebook) !== 'document');
    return withProject(path.resolve(file), async (p) => {
      let failed = 0;
      const json: unknown[] = [];
      for (const x of exchange) {
        const full = path.resolve(x);
        try {
          if (kindOf(x, values.codebook) === 'project') {
            const report = await p.call('exchange.importProject', { path: full });
            if (values.json) json.push(report);
            else for (const line of refiReportLines(report)) io.out(line);
          } else {
            const report = await p.call('exchange.importCodebook', { path: full });
            if (values.json) json.push(report);
            else for (const line of codebookReportLines(report)) io.out(line);
          }
        } catch (err) {
          failed++;
          if (values.json) json.push({ file: path.basename(x), ok: false, error: (err as Error).message });
          else io.out(`failed  ${(err as Error).message} (nothing of ${path.basename(x)} was stored)`);
        }
      }
      if (documents.length > 0) {
        const summary = await p.call('sources.import', {
          paths: documents.map((x) => path.resolve(x)),
          options: { ...(values.encoding ? { encoding: values.encoding } : {}), detectTurns: !values['no-turns'] },
        });
        failed += summary.failed;
        if (values.json) json.push(summary);
        else {
          for (const r of summary.results) {
            if (r.ok) io.out(`ok      ${r.file}${r.warnings.length ? ` (${r.warnings.map((w) => w.english).join('; ')})` : ''}`);
            else io.out(`failed  ${r.error!.message}`);
          }
          io.out(`${summary.imported} imported, ${summary.failed} failed.`);
        }
      }
      // Plain document imports keep their original JSON shape (one summary object).
      if (values.json) io.out(JSON.stringify(exchange.length === 0 ? json[0] : json, null, 2));
      return failed > 0 ? 1 : 0;
    });
  },
};
