/**
 * `npm run bench`: speed and memory on a synthetic corpus of 500 transcripts (about 5 million words),
 * 200 codes and 100,000 codings, printed as a table beside the targets. Targets live here, never in
 * timed tests. BENCH_SCALE=0.1 runs a tenth of the corpus for a quick look.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CliProject } from '../../electron/cli/cli-context';
import { openProject } from '../../electron/core/db/open-project';
import { importPlainText } from '../../electron/core/importers/plain-text-importer';
import { createCoding } from '../../electron/core/store/coding-store';
import { createCase } from '../../electron/core/store/case-store';
import { indexPendingSources } from '../../electron/core/store/search-index';
import { seededRandom, writeCorpus } from './synthetic-corpus';
import { percentile, printTable, type BenchRow } from './bench-table';
import { runMatrixBench } from './matrix-bench';
import { runDocumentViewBench } from './document-view-bench';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const FILES = Math.max(5, Math.round(500 * scale));
const WORDS_PER_FILE = 10_000;
const CODES = 200;
const CODINGS = Math.round(100_000 * scale);
const MEASURED_INSERTS = 2_000;

const rows: BenchRow[] = [];
function row(name: string, value: number, unit: string, target?: string, ok?: boolean) {
  rows.push({ name, value, unit, ...(target ? { target } : {}), ...(ok === undefined ? {} : { ok }) });
  console.error(`  ${name}: ${value.toFixed(2)} ${unit}`);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-bench-'));
  const file = path.join(dir, 'bench.telaah');
  console.error(`Writing ${FILES} transcripts of ${WORDS_PER_FILE} words in ${dir}…`);
  const paths = writeCorpus(path.join(dir, 'corpus'), { files: FILES, wordsPerFile: WORDS_PER_FILE });
  const totalBytes = paths.reduce((n, p) => n + fs.statSync(p).size, 0);
  const mb = totalBytes / 1048576;

  // Floor: reading and normalising the same files without storing them.
  let t = performance.now();
  for (const p of paths) importPlainText(new Uint8Array(fs.readFileSync(p)), path.basename(p));
  const floorSeconds = (performance.now() - t) / 1000;
  row('import floor (read + decode + normalise + blocks)', mb / floorSeconds, 'MB/s');

  const project = new CliProject();
  await project.call('project.create', { path: file });
  t = performance.now();
  const summary = await project.call('sources.import', { paths, options: {} });
  const importSeconds = (performance.now() - t) / 1000;
  if (summary.failed > 0) throw new Error(`bench import failed: ${summary.results.find((r) => !r.ok)?.error?.message}`);
  const importRate = mb / importSeconds;
  row('import into the project (each file its own savepoint and undo step, durable on return; readable and codable)', importRate, 'MB/s', `>= ${(mb / floorSeconds / 2).toFixed(1)} (half the floor)`, importRate >= mb / floorSeconds / 2);
  row('import throughput in words', (FILES * WORDS_PER_FILE) / importSeconds, 'words/s');
  // Sources are indexed for search after storing (idle time, or before the first search): timed here
  // in one go, and the whole import counted with it.
  t = performance.now();
  indexPendingSources(project.session.db);
  const indexSeconds = (performance.now() - t) / 1000;
  row('search index catch-up after the import (every source)', indexSeconds * 1000, 'ms');
  const withIndexRate = mb / (importSeconds + indexSeconds);
  row('import including the search index', withIndexRate, 'MB/s', `>= ${(mb / floorSeconds / 2).toFixed(1)} (half the floor)`, withIndexRate >= mb / floorSeconds / 2);

  // Codebook and bulk codings (through the store, in large transactions, as a merge would).
  const db = project.session.db;
  const codeIds: string[] = [];
  for (let i = 0; i < CODES; i++) {
    const parentId = i >= 20 ? codeIds[i % 20]! : null;
    codeIds.push((await project.call('codes.create', { name: `Kode ${i}`, parentId })).id);
  }
  const sources = db.prepare('SELECT id, char_count AS n FROM sources ORDER BY name').all() as { id: string; n: number }[];
  // 200 cases (informants), each with two or three of the transcripts, as a matrix's rows.
  const CASES = Math.min(200, sources.length);
  db.transaction(() => {
    for (let c = 0; c < CASES; c++) {
      const own = sources.filter((_, i) => i % CASES === c).map((x) => x.id);
      createCase(db, `Informan ${String(c + 1).padStart(3, '0')}`, '', own);
    }
  })();
  const coder = project.session.activeCoderId();
  const rand = seededRandom(7);
  const randomCoding = () => {
    const s = sources[Math.floor(rand() * sources.length)]!;
    const start = Math.floor(rand() * (s.n - 400));
    return { sourceId: s.id, start, end: start + 20 + Math.floor(rand() * 300), codeId: codeIds[Math.floor(rand() * CODES)]!, coderId: coder };
  };
  const bulk = CODINGS - MEASURED_INSERTS;
  console.error(`Adding ${bulk} codings in bulk…`);
  const insertMany = db.transaction((n: number) => {
    for (let i = 0; i < n; i++) {
      try {
        createCoding(db, randomCoding());
      } catch {
        i--; // a duplicate range for the same code: draw again
      }
    }
  });
  for (let done = 0; done < bulk; done += 10_000) insertMany(Math.min(10_000, bulk - done));

  // Coding insert latency: each one a full API write (validation, transaction, undo step, event).
  const latencies: number[] = [];
  for (let i = 0; i < MEASURED_INSERTS; i++) {
    const c = randomCoding();
    const t0 = performance.now();
    const r = await project.dispatch('codings.create', c);
    const dt = performance.now() - t0;
    if (r.ok) latencies.push(dt);
  }
  latencies.sort((a, b) => a - b);
  row('coding insert, median (API write, one transaction)', percentile(latencies, 50), 'ms');
  const p95 = percentile(latencies, 95);
  row('coding insert, p95', p95, 'ms', '< 5', p95 < 5);

  // Full-text search latency.
  const queries = ['honorer', 'pelatihan sesuai', 'puskesmas bidan', 'lembur*', '"jam kerja"', 'akreditasi laporan', 'obat resep', 'insentif kontrak'];
  const searchTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      await project.call('search.query', { query: q, scope: 'all', limit: 50 });
      searchTimes.push(performance.now() - t0);
    }
  }
  searchTimes.sort((a, b) => a - b);
  row('full-text search, median', percentile(searchTimes, 50), 'ms');
  const searchP95 = percentile(searchTimes, 95);
  row('full-text search, p95', searchP95, 'ms', '< 50', searchP95 < 50);
  const finalCount = (db.prepare('SELECT count(*) AS n FROM codings').get() as { n: number }).n;
  project.close();

  // Open time of the full project (lock, checks, pragmas, schema check), median of 5.
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const h = await openProject(file);
    h.db.prepare('SELECT count(*) FROM sources').get();
    opens.push(performance.now() - t0);
    h.close();
  }
  opens.sort((a, b) => a - b);
  const openMs = percentile(opens, 50);
  row('project open, median', openMs, 'ms', '< 300', openMs < 300);

  rows.push(...(await runMatrixBench(file)));
  rows.push(...(await runDocumentViewBench()));

  const peakMb = process.resourceUsage().maxRSS / 1024;
  row('peak memory (resident)', peakMb, 'MB', '< 1024', peakMb < 1024);

  console.log(`\nTelaah benchmark: ${FILES} transcripts, ${(FILES * WORDS_PER_FILE).toLocaleString('en')} words, ${mb.toFixed(1)} MB, ${CODES} codes, ${finalCount.toLocaleString('en')} codings (Node ${process.version}, ${os.cpus().length} cores)\n`);
  printTable(rows);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
