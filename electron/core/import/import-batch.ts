import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult, ImportSummary } from '../../../shared/api/methods/source-methods';
import { MAX_IMPORT_BYTES, type ImportOptions } from '../importers/imported-document';
import { parseDocument, parseFailure, unreadable, type ParseFailure, type ParseInput, type ParseOutcome } from './parse-document';
import { errorPhrase, tooLargePhrase } from '../i18n/error-phrase';
import { insertSource } from '../store/source-store';
import type { HandlerContext } from '../api/handler-types';

/**
 * One file of a batch. Nothing reads it before its size is checked, so a huge file is refused unread;
 * a file on disk is then read by whoever parses it (a worker reads its own, with no copy through
 * the main thread).
 */
export interface BatchFile {
  name: string;
  size(): number;
  /** What to parse: the file's path, or the uploaded bytes. */
  input(): ParseInput;
  originFile: string | null;
}

export function fileFromPath(p: string): BatchFile {
  const originFile = path.resolve(p);
  return { name: path.basename(p), originFile, size: () => fs.statSync(p).size, input: () => ({ path: originFile }) };
}

export function fileFromUpload(name: string, base64: string): BatchFile {
  const input = () => new Uint8Array(Buffer.from(base64, 'base64'));
  return { name: path.basename(name), originFile: null, size: () => Math.floor((base64.length * 3) / 4), input };
}

export interface BatchOptions extends ImportOptions {
  setId?: string;
  caseId?: string;
}

function sourceNameFor(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

interface Prepared {
  file: BatchFile;
  outcome: ParseOutcome;
}

interface Parser {
  parse(fileName: string, input: ParseInput, options: ImportOptions): Promise<ParseOutcome>;
}

/** Parsing in this thread: for a few small files, cheaper than waking the workers. */
const inThread: Parser = { parse: parseDocument };

/** Batches at least this large (files or bytes) are parsed in the session's worker threads. */
const WORKER_MIN_FILES = 4;
const WORKER_MIN_BYTES = 4 * 1024 * 1024;

/** Refuses a file over the limit before anything reads it, and parses the others. */
async function prepare(file: BatchFile, options: BatchOptions, pool: Parser): Promise<Prepared> {
  let size: number;
  try {
    size = file.size();
  } catch (err) {
    return { file, outcome: unreadable(file.name, err) };
  }
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (size > limit) {
    return { file, outcome: parseFailure(file.name, 'too-large', tooLargePhrase(size, limit)) };
  }
  return { file, outcome: await pool.parse(file.name, file.input(), options) };
}

/** Files queued for the workers at any time, so that they never wait for this thread. */
const WORKER_QUEUE = 6;
/**
 * How far ahead of the file being stored files may be read and parsed, in files and in bytes: bounds
 * the memory they hold (one file is always allowed, however large).
 */
const MAX_AHEAD = 24;
const MAX_AHEAD_BYTES = 64 * 1024 * 1024;
/** Files stored in one commit at most (those already parsed when the first of them is stored). */
const MAX_GROUP = 16;
/**
 * Only files up to this size are parsed in this thread while it waits for the workers: a small file
 * takes a millisecond or two, while a large PDF could hold up the API (and the window) for seconds.
 */
const STEAL_MAX_BYTES = 2 * 1024 * 1024;

/** A file's parse, started by a worker or by this thread; its result once it has finished. */
interface Slot {
  promise: Promise<Prepared>;
  value?: Prepared;
}

/**
 * Imports files in order: each file is parsed (by a worker thread a few files ahead, or by this
 * thread while it would otherwise wait for the workers) and then stored in its own savepoint (one
 * undo step), so a failure stores nothing of that file and the batch goes on; files parsed by the
 * time one is stored share its commit. Cancelling stops before the next file is stored. Ends with a
 * per-file summary.
 */
export async function importBatch(files: BatchFile[], options: BatchOptions, ctx: HandlerContext): Promise<ImportSummary> {
  const results: ImportResult[] = [];
  let cancelled = false;
  const coder = ctx.session.activeCoderId();
  const sizes = files.map((f) => {
    try {
      return f.size();
    } catch {
      return 0; // reported when the file is read
    }
  });
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const useWorkers = files.length >= WORKER_MIN_FILES || bytes >= WORKER_MIN_BYTES;
  const pool: Parser = useWorkers ? ctx.session.importParser() : inThread;
  // A stored file's slot is emptied, so the batch does not hold every parsed text until it ends.
  const slots: (Slot | null)[] = [];
  let queued = 0; // files handed to the pool and not yet back
  let aheadBytes = 0; // sizes of the files started and not yet stored
  const start = (parser: Parser) => {
    aheadBytes += sizes[slots.length]!;
    const slot: Slot = { promise: prepare(files[slots.length]!, options, parser) };
    if (parser === pool) queued++;
    void slot.promise.then((value) => {
      slot.value = value;
      if (parser === pool) queued--;
    });
    slots.push(slot);
  };
  const canStart = (i: number) =>
    slots.length < Math.min(files.length, i + 1 + MAX_AHEAD) && (slots.length === i || aheadBytes + sizes[slots.length]! <= MAX_AHEAD_BYTES);
  /** Stores one parsed file: its own savepoint and undo step, so a failure leaves nothing of it. */
  const refuse = (file: BatchFile, { code, message, reason }: ParseFailure): void => {
    results.push({ file: file.name, ok: false, warnings: [], error: { code, message, reason } });
  };
  const store = ({ file, outcome }: Prepared): void => {
    if (!outcome.ok) return refuse(file, outcome);
    const { doc, measures } = outcome.value;
    const name = sourceNameFor(file.name);
    try {
      const sourceId = ctx.write(`Import ${file.name}`, () => {
        const id = insertSource(ctx.db, { name, doc, measures, originFile: file.originFile, createdBy: coder });
        if (options.setId) ctx.db.prepare('INSERT INTO set_sources (set_id, source_id) VALUES (?, ?)').run(options.setId, id);
        if (options.caseId) ctx.db.prepare('INSERT INTO case_sources (case_id, source_id) VALUES (?, ?)').run(options.caseId, id);
        return id;
      });
      results.push({ file: file.name, ok: true, sourceId, name, warnings: doc.warnings });
    } catch (err) {
      refuse(file, parseFailure(file.name, 'failed', errorPhrase('errors.import.failed', { detail: (err as Error).message })));
    }
  };
  let i = 0;
  while (i < files.length) {
    if (ctx.job.cancelled) {
      cancelled = true;
      break;
    }
    ctx.job.progress(i, files.length, files[i]!.name);
    // A turn of the event loop between commits: the workers' finished files arrive (so they are sent
    // more before they run dry), and other calls to the API are answered during a long import.
    if (useWorkers) await new Promise<void>((r) => setImmediate(r));
    while (canStart(i) && queued < WORKER_QUEUE) start(pool);
    // Waiting for the workers: parse the next small file here meanwhile, then let their messages in.
    while (useWorkers && !slots[i]!.value && canStart(i) && sizes[slots.length]! <= STEAL_MAX_BYTES) {
      start(inThread);
      while (canStart(i) && queued < WORKER_QUEUE) start(pool);
      await new Promise<void>((r) => setImmediate(r));
    }
    const first = await slots[i]!.promise;
    if (ctx.job.cancelled) {
      cancelled = true;
      break;
    }
    // This file and the parsed ones right after it are stored in one commit, each in its own
    // savepoint (one undo step each): one flush to disk for the group instead of one per file (on
    // this machine's disk the gain was within the noise; where a flush costs milliseconds, as on
    // many laptops, it is not). No await inside, so no other call can slip into the transaction; a
    // crash loses only the group being stored, never part of a file.
    const end = Math.min(files.length, i + MAX_GROUP);
    ctx.db.transaction(() => {
      let next: Prepared | undefined = first;
      while (next) {
        slots[i] = null;
        aheadBytes -= sizes[i]!;
        store(next);
        i++;
        next = i < end && !ctx.job.cancelled ? slots[i]?.value : undefined;
        if (next) ctx.job.progress(i, files.length, files[i]!.name);
      }
    })();
  }
  ctx.job.progress(results.length, files.length);
  const imported = results.filter((r) => r.ok).length;
  return { results, imported, failed: results.length - imported, cancelled };
}
