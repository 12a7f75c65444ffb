import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { MatrixDimension, MatrixSpecInput } from '../../../shared/api/methods/analysis-methods';
import { matrixToCsv } from '../../core/analysis/matrix-export';
import { UsageError, withProject, type CliProject, type Command } from '../cli-context';

const CELLS = ['codings', 'sources', 'cases', 'words', 'characters', 'presence'] as const;
const NORMS = { none: 'none', row: 'rowPercent', column: 'columnPercent', 'per-1000-words': 'per1000Words' } as const;

/** Turns "cases", "codes", "attribute:status" into a dimension, looking names up in the project. */
async function dimension(p: CliProject, value: string, flag: string, allowed: string[]): Promise<MatrixDimension> {
  if (value.startsWith('attribute:')) {
    const name = value.slice('attribute:'.length);
    const attrs = await p.call('attributes.list', {});
    const attr = attrs.find((a) => a.name.toLowerCase() === name.toLowerCase());
    if (!attr) throw new UsageError(`${flag}: the project has no attribute "${name}" (it has: ${attrs.map((a) => a.name).join(', ') || 'none'})`);
    return { kind: 'attribute', attributeId: attr.id };
  }
  if (!allowed.includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} or attribute:NAME`);
  return { kind: value } as MatrixDimension;
}

async function idsByName(p: CliProject, kind: 'set' | 'coder', names: string[]): Promise<string[]> {
  const all = kind === 'set' ? await p.call('sets.list', {}) : await p.call('users.list', {});
  return names.map((n) => {
    const hit = all.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (!hit) throw new UsageError(`--${kind}: the project has no ${kind} "${n}" (it has: ${all.map((x) => x.name).join(', ') || 'none'})`);
    return hit.id;
  });
}

export const matrixCommand: Command = {
  name: 'matrix',
  usage:
    'telaah matrix FILE --rows cases|sources|sets|codes|coders|attribute:NAME --cols codes|cases|sources|sets|coders|attribute:NAME [--cell codings|sources|cases|words|characters|presence] [--percent row|column|per-1000-words] [--no-rollup] [--set NAME]... [--coder NAME]... [--format csv|json] [--out PATH]',
  summary: 'a code matrix (default cases × codes, coded segments) as CSV or JSON',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        rows: { type: 'string', default: 'cases' },
        cols: { type: 'string', default: 'codes' },
        cell: { type: 'string', default: 'codings' },
        percent: { type: 'string', default: 'none' },
        'no-rollup': { type: 'boolean', default: false },
        set: { type: 'string', multiple: true },
        coder: { type: 'string', multiple: true },
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one project FILE');
    const cell = values.cell as (typeof CELLS)[number];
    if (!CELLS.includes(cell)) throw new UsageError(`--cell must be one of ${CELLS.join(', ')}`);
    const normalization = NORMS[values.percent as keyof typeof NORMS];
    if (!normalization) throw new UsageError(`--percent must be one of ${Object.keys(NORMS).join(', ')}`);
    const format = values.format;
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json');
    return withProject(path.resolve(positionals[0]!), async (p) => {
      const axes = ['cases', 'sources', 'sets', 'codes', 'coders'];
      const spec: MatrixSpecInput = {
        rows: await dimension(p, values.rows, '--rows', axes),
        columns: await dimension(p, values.cols, '--cols', axes),
        measure: cell,
        normalization,
        rollUp: !values['no-rollup'],
        filters: {
          ...(values.set?.length ? { setIds: await idsByName(p, 'set', values.set) } : {}),
          ...(values.coder?.length ? { coderIds: await idsByName(p, 'coder', values.coder) } : {}),
        },
      };
      const m = await p.call('analysis.matrix', spec);
      // The CSV is written without the byte order mark when printed, so it pipes cleanly.
      const text = format === 'json' ? `${JSON.stringify(m, null, 2)}\n` : matrixToCsv(m).replace(/^\uFEFF/, '');
      if (values.out) {
        fs.writeFileSync(path.resolve(values.out), format === 'csv' ? `\uFEFF${text}` : text);
        io.out(`Wrote ${m.rows.length} × ${m.columns.length} matrix to ${path.resolve(values.out)}`);
      } else {
        for (const line of text.replace(/\r?\n$/, '').split(/\r?\n/)) io.out(line);
      }
      return 0;
    });
  },
};
