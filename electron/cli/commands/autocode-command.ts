import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, withProject, type Command } from '../cli-context';

const SCOPES = ['match', 'sentence', 'paragraph', 'turn'] as const;

export const autocodeCommand: Command = {
  name: 'autocode',
  usage: 'telaah autocode FILE --code NAME (--pattern REGEX | --keyword WORD | --speaker NAME) [--scope match|sentence|paragraph|turn] [--case-sensitive] [--dry-run] [--json]',
  summary: 'code every match of a pattern or every turn of a speaker (creates the code if needed)',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        code: { type: 'string' },
        pattern: { type: 'string' },
        keyword: { type: 'string' },
        speaker: { type: 'string' },
        scope: { type: 'string', default: 'match' },
        'case-sensitive': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one project FILE');
    if (!values.code) throw new UsageError('--code NAME is required');
    const given = [values.pattern, values.keyword, values.speaker].filter((v) => v !== undefined);
    if (given.length !== 1) throw new UsageError('give exactly one of --pattern, --keyword or --speaker');
    if (!SCOPES.includes(values.scope as (typeof SCOPES)[number])) throw new UsageError(`--scope must be one of ${SCOPES.join(', ')}`);
    const mode = values.pattern !== undefined ? 'regex' : values.keyword !== undefined ? 'keyword' : 'speaker';
    const request = {
      codeName: values.code,
      mode,
      pattern: given[0]!,
      scope: values.scope as (typeof SCOPES)[number],
      caseSensitive: values['case-sensitive'],
    } as const;
    return withProject(path.resolve(positionals[0]!), async (p) => {
      if (values['dry-run']) {
        const preview = await p.call('autocode.preview', request);
        if (values.json) io.out(JSON.stringify(preview, null, 2));
        else for (const m of preview.matches) io.out(`${m.sourceName} ${m.start}-${m.end}: ${m.snippet.replace(/\s+/g, ' ').slice(0, 100)}`);
        return 0;
      }
      const result = await p.call('autocode.apply', request);
      if (values.json) io.out(JSON.stringify(result));
      else io.out(`${result.created} codings created, ${result.skipped} already coded.`);
      return 0;
    });
  },
};
