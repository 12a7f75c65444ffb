import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, withProject, type Command } from '../cli-context';

export const searchCommand: Command = {
  name: 'search',
  usage: 'telaah search FILE QUERY [--scope all|sources|memos] [--limit N] [--json]',
  summary: 'full-text search over sources and memos',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { scope: { type: 'string', default: 'all' }, limit: { type: 'string', default: '50' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length < 2) throw new UsageError('give a project FILE and a QUERY');
    const [file, ...words] = positionals as [string, ...string[]];
    const scope = values.scope as 'all' | 'sources' | 'memos';
    if (!['all', 'sources', 'memos'].includes(scope)) throw new UsageError('--scope must be all, sources or memos');
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
    return withProject(path.resolve(file), async (p) => {
      const hits = await p.call('search.query', { query: words.join(' '), scope, limit });
      if (values.json) io.out(JSON.stringify(hits, null, 2));
      else for (const h of hits) io.out(`${h.kind.padEnd(6)} ${h.name}: ${h.snippet.replace(/\uE000/g, '[').replace(/\uE001/g, ']').replace(/\s+/g, ' ')}`);
      return 0;
    });
  },
};
