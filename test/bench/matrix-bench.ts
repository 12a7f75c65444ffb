import { runMatrix } from '../../electron/core/analysis/matrix-query';
import { MatrixSpec } from '../../shared/api/methods/analysis-methods';
import { Session } from '../../electron/core/session';
import { createCoding, deleteCodings } from '../../electron/core/store/coding-store';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(runs: number, fn: () => unknown): number {
  fn(); // warm up: statement cache, page cache, JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * The matrix engine on a big project (200 cases × 200 codes over 100,000 codings in the issue's
 * target) against one hand-written SQL GROUP BY that counts distinct segments per case and code
 * (without roll-up or totals, which the engine adds). Median of several runs after a warm-up.
 */
export async function runMatrixBench(projectPath: string): Promise<BenchResult[]> {
  const session = new Session({ backups: false });
  await session.open(projectPath);
  try {
    const db = session.db;
    const codings = (db.prepare('SELECT count(*) AS n FROM codings').get() as { n: number }).n;
    const cases = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    const codes = (db.prepare('SELECT count(*) AS n FROM codes').get() as { n: number }).n;
    const spec = MatrixSpec.parse({ rows: { kind: 'cases' }, columns: { kind: 'codes' }, measure: 'codings' });
    const groupBy = db.prepare(
      `SELECT cs.case_id, c.code_id, count(DISTINCT c.selection_id) AS n
       FROM codings c JOIN selections s ON s.id = c.selection_id JOIN case_sources cs ON cs.source_id = s.source_id
       GROUP BY cs.case_id, c.code_id`,
    );
    const runs = 7;
    // Cold: right after a coding is added, as when a researcher opens the matrix after coding. The
    // write changes the codings, so no cached facts can be used: every coding is read again. The
    // coding is removed afterwards (untimed) so that the project stays as built.
    const source = db.prepare('SELECT id, char_count AS n FROM sources ORDER BY rowid LIMIT 1').get() as { id: string; n: number };
    const code = db.prepare('SELECT id FROM codes ORDER BY rowid LIMIT 1').pluck().get() as string;
    const coderId = session.activeCoderId();
    const coldSamples: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const start = (i * 7919) % Math.max(1, source.n - 50);
      const id = db.transaction(() => createCoding(db, { sourceId: source.id, start, end: start + 1 + (i % 40), codeId: code, coderId }))();
      const t0 = performance.now();
      const result = runMatrix(db, spec);
      const dt = performance.now() - t0;
      if (result.codingsConsidered !== codings + 1) throw new Error(`matrix after a write saw ${result.codingsConsidered} codings, expected ${codings + 1}`);
      if (i > 0) coldSamples.push(dt); // the first is the warm-up
      db.transaction(() => deleteCodings(db, [id]))();
    }
    const coldMs = median(coldSamples);
    // A write elsewhere (a setting) leaves the codings' facts valid.
    const touch = db.prepare(`INSERT INTO settings (key, value) VALUES ('bench', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
    let k = 0;
    const otherWriteMs = time(runs, () => {
      touch.run(String(k++));
      runMatrix(db, spec);
    });
    const engineMs = time(runs, () => runMatrix(db, spec));
    const sqlMs = time(runs, () => groupBy.all());
    const per1000 = MatrixSpec.parse({ rows: { kind: 'cases' }, columns: { kind: 'codes' }, normalization: 'per1000Words' });
    const per1000Ms = time(runs, () => runMatrix(db, per1000));
    const label = `${cases} cases × ${codes} codes, ${codings} codings`;
    return [
      { name: `matrix engine, first after a coding is added (${label})`, value: round(coldMs), unit: 'ms', target: '< 200 ms' },
      { name: `matrix engine, after a write to settings (facts kept) (${label})`, value: round(otherWriteMs), unit: 'ms', target: '< 200 ms' },
      { name: `matrix engine, re-pivoting unchanged data (${label})`, value: round(engineMs), unit: 'ms', target: '< 200 ms' },
      { name: `hand-written SQL GROUP BY (${label})`, value: round(sqlMs), unit: 'ms' },
      { name: 'matrix engine (first after a coding is added) / GROUP BY', value: round(coldMs / sqlMs), unit: '×', target: '≤ 3' },
      { name: `matrix engine, per 1,000 words (${label})`, value: round(per1000Ms), unit: 'ms', target: '< 200 ms' },
    ];
  } finally {
    session.close();
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
