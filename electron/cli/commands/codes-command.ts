import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, withProject, type Command } from '../cli-context';

export const codesCommand: Command = {
  name: 'codes',
  usage: 'telaah codes FILE [--json]',
  summary: 'the codebook with counts of codings and sources',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError('give exactly one project FILE');
    return withProject(path.resolve(positionals[0]!), async (p) => {
      const codes = await p.call('codes.list', {});
      if (values.json) {
        io.out(JSON.stringify(codes, null, 2));
        return 0;
      }
      const depth = new Map<string, number>();
      for (const c of codes) {
        const d = c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0;
        depth.set(c.id, d);
        io.out(`${'  '.repeat(d)}${c.name}  (${c.codingCount} codings, ${c.sourceCount} sources)`);
      }
      return 0;
    });
  },
};
