import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportOptions } from '../importers/imported-document';
import { parseDocument, type ParseInput, type ParseOutcome } from './parse-document';
import { parseWorkerScript } from './parse-worker-script';

/**
 * Parses files in worker threads so a batch import keeps the main thread (the UI's API) free and
 * overlaps parsing the next files with storing the current one. The workers run a bundle of the
 * parser (parse-worker-script.ts), or the TypeScript sources through tsx where esbuild cannot run;
 * until one says it is ready, files are parsed in this thread instead of waiting for it. Falls back
 * to parsing in this thread when a worker cannot start.
 */
export class ParsePool {
  private workers: Worker[] = [];
  /** Workers that have loaded and can take files. */
  private ready: Worker[] = [];
  private next = 0;
  private seq = 0;
  private pending = new Map<number, { resolve: (o: ParseOutcome) => void; args: [string, ParseInput, ImportOptions] }>();
  private failed = false;
  private closed = false;
  /** Files handed to a worker so far (the rest were parsed in this thread). */
  parsedInWorkers = 0;
  /** How the workers were started: from the bundle, or through tsx (null until they are). */
  loadedFrom: 'bundle' | 'tsx' | null = null;

  /**
   * One worker per core but one (up to 4), leaving a core to the main thread, which stores. (Measured
   * on 2 cores: a second worker made 500-file imports slower, 3.4–3.8 → 4.0–4.1 ms per file.)
   */
  constructor(private readonly size = Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1))) {
    if (process.env.TELAAH_IMPORT_WORKERS === '0') {
      this.failed = true;
      return;
    }
    const fromSources = () => this.spawn('tsx', () => new Worker(new URL('./parse-worker-entry.mjs', import.meta.url)));
    // TELAAH_WORKER_BUNDLE=0 loads the workers from the sources, should the bundle ever misbehave.
    if (process.env.TELAAH_WORKER_BUNDLE === '0') fromSources();
    else void parseWorkerScript().then((script) => this.spawn('bundle', () => new Worker(script, { eval: true })), fromSources);
  }

  private spawn(from: 'bundle' | 'tsx', create: () => Worker): void {
    if (this.closed || this.failed) return;
    this.loadedFrom = from;
    try {
      for (let i = 0; i < this.size; i++) {
        const w = create();
        w.on('message', (m: { ready: true } | { id: number; outcome: ParseOutcome }) => {
          if ('ready' in m) {
            if (this.workers.includes(w)) this.ready.push(w);
            return;
          }
          this.pending.get(m.id)?.resolve(m.outcome);
          this.pending.delete(m.id);
        });
        w.on('error', () => this.fail());
        w.on('exit', () => {
          if (this.workers.includes(w)) this.fail();
        });
        this.workers.push(w);
      }
    } catch {
      this.fail();
    }
  }

  private fail(): void {
    this.failed = true;
    const workers = this.workers;
    this.workers = [];
    this.ready = [];
    for (const w of workers) void w.terminate();
    // Anything in flight is parsed here instead; nothing is lost.
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      void parseDocument(...p.args).then(p.resolve);
    }
  }

  async parse(fileName: string, input: ParseInput, options: ImportOptions): Promise<ParseOutcome> {
    // While workers load, a turn of the event loop first: parsing here never yields, so without it a
    // worker's "ready" (a message, not a microtask) would wait until the whole batch had been parsed here.
    if (!this.failed && !this.closed && this.ready.length === 0) await new Promise<void>((r) => setImmediate(r));
    if (this.failed || this.ready.length === 0) return parseDocument(fileName, input, options);
    this.parsedInWorkers++;
    const id = this.seq++;
    const worker = this.ready[this.next++ % this.ready.length]!;
    return new Promise<ParseOutcome>((resolve) => {
      // Copied, not transferred: the bytes (or the path) stay here in case the worker dies.
      this.pending.set(id, { resolve, args: [fileName, input, options] });
      worker.postMessage({ id, fileName, input, options });
    });
  }

  close(): void {
    this.closed = true;
    const workers = this.workers;
    this.workers = [];
    this.ready = [];
    for (const w of workers) void w.terminate();
  }
}
