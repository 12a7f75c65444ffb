import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AgreementReport, AgreementRow, AgreementUnit, StatisticValue } from '../../../shared/api/methods/review-methods';
import { UsageError, withProject, type CliIO, type Command } from '../cli-context';

/** --unit as typed: "presence" is presence per source; presence-turn is per speaker turn (block). */
const UNITS: Record<string, AgreementUnit> = {
  characters: 'characters',
  segments: 'segments',
  presence: 'presence-source',
  'presence-source': 'presence-source',
  'presence-turn': 'presence-turn',
};

function fmt(s: StatisticValue | null, percent = false): string {
  if (!s) return '–';
  if (s.value === null) return 'undef.';
  return percent ? `${(s.value * 100).toFixed(1)} %` : s.value.toFixed(3);
}

function printTable(report: AgreementReport, io: CliIO): void {
  const twoCoders = report.coders.length === 2;
  const segments = report.unit === 'segments';
  const header = ['code', 'units', 'agreement', ...(segments ? [] : twoCoders ? ['Cohen κ', 'α'] : ['Fleiss κ', 'α'])];
  const line = (r: AgreementRow, name: string) => [
    name,
    String(r.units),
    fmt(r.percentAgreement, true),
    ...(segments ? [] : twoCoders ? [fmt(r.cohenKappa), fmt(r.krippendorffAlpha)] : [fmt(r.fleissKappa), fmt(r.krippendorffAlpha)]),
  ];
  const rows = [header, ...report.codes.map((r) => line(r, r.codeName)), line(report.overall, '(all codes)')];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  io.out(`Agreement of ${report.coders.map((c) => c.name).join(', ')}: ${report.unitDescription.name.en}${segments ? `, overlap ≥ ${report.overlap}` : ''}`);
  for (const r of rows) io.out(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  if (segments && report.overall.brennanPredigerKappa) io.out(`Kappa (Brennan & Prediger, as MAXQDA): ${fmt(report.overall.brennanPredigerKappa)}`);
  io.out('');
  for (const f of report.formulas) io.out(`${f.name.en}: ${f.formula.en}`);
}

export const agreementCommand: Command = {
  name: 'agreement',
  usage: 'telaah agreement FILE --coders A,B [--unit characters|segments|presence|presence-turn] [--overlap 0.9] [--json]',
  summary: "intercoder agreement per code and overall: percentage, Cohen's kappa, Krippendorff's alpha (Fleiss' kappa for 3+ coders)",
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        coders: { type: 'string' },
        unit: { type: 'string', default: 'characters' },
        overlap: { type: 'string', default: '0.9' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one project FILE');
    const unit = UNITS[values.unit!];
    if (!unit) throw new UsageError(`--unit ${values.unit} is not a unit (characters, segments, presence, presence-turn)`);
    const overlap = Number(values.overlap);
    if (!(overlap > 0 && overlap <= 1)) throw new UsageError(`--overlap ${values.overlap} must be a share above 0 and at most 1, e.g. 0.9 for 90 %`);
    const names = (values.coders ?? '').split(',').map((n) => n.trim()).filter(Boolean);
    if (names.length < 2) throw new UsageError('give at least two coders by name, e.g. --coders ana,budi');
    return withProject(path.resolve(positionals[0]!), async (p) => {
      const users = await p.call('users.list', {});
      const coderIds = names.map((name) => {
        const user = users.find((u) => u.name.toLowerCase() === name.toLowerCase());
        if (!user) throw new Error(`no coder named "${name}" in this project (coders: ${users.map((u) => u.name).join(', ')})`);
        return user.id;
      });
      const report = await p.call('agreement.compute', { coderIds, unit, overlap });
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else printTable(report, io);
      return 0;
    });
  },
};
