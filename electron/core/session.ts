import os from 'node:os';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { openProject, type ProjectHandle } from './db/open-project';
import { rotateBackup, lastBackupTime } from './db/backups';
import { rememberRecent } from './recent-projects';
import { EventBus } from './event-bus';
import { ParsePool } from './import/parse-pool';
import { rowExists } from './store/row-helpers';
import { indexPendingSources } from './store/search-index';
import { projectName } from './store/project-meta';

export interface SessionOptions {
  /** Rotating backups (on open and daily) for interactive sessions; off for one-shot CLI commands. */
  backups?: { keep: number } | false;
  /** better-sqlite3 native binding (Electron passes its own build). */
  nativeBinding?: string;
  /** Remember opened projects in the recent list. */
  rememberRecent?: boolean;
  /** Index sources queued for search while idle (default on); searches index the queue regardless. */
  backgroundIndexing?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sources indexed per background step: tens of milliseconds, so requests in between stay quick. */
const INDEX_CHUNK = 32;

/** The open project of one window or server, with its active coder and the event bus. */
export class Session {
  project: ProjectHandle | null = null;
  readonly events = new EventBus();
  /** A review session may read and comment but never changes coding. */
  reviewMode = false;
  private backupTimer: NodeJS.Timeout | null = null;
  private parsePool: ParsePool | null = null;
  private indexTimer: NodeJS.Timeout | null = null;
  /** Long jobs under way, by id, so jobs.cancel can reach them. */
  private readonly jobs = new Map<string, { cancelled: boolean }>();

  constructor(readonly options: SessionOptions = {}) {}

  get db(): Database.Database {
    if (!this.project) throw new ApiError('no-project', 'No project is open. Open or create a project first.');
    return this.project.db;
  }

  async open(path: string): Promise<void> {
    const next = await openProject(path, { nativeBinding: this.options.nativeBinding });
    this.attach(next);
    await this.afterOpen();
  }

  /** Creates a project; `fill` writes its first content (the sample) before history starts. */
  async create(path: string, fill?: (db: Database.Database) => void): Promise<void> {
    const next = await openProject(path, { create: true, nativeBinding: this.options.nativeBinding });
    try {
      // The sample brings its own coders; attach() gives an empty project the computer's user.
      if (fill) next.db.transaction(() => fill(next.db))();
    } catch (err) {
      next.close();
      throw err;
    }
    this.attach(next);
    await this.afterOpen();
  }

  private attach(next: ProjectHandle): void {
    this.close();
    this.project = next;
    ensureCoder(next.db);
  }

  private async afterOpen(): Promise<void> {
    const project = this.project!;
    if (this.options.rememberRecent) {
      const name = projectName(project.db) ?? project.path;
      rememberRecent({ path: project.path, name, openedAt: new Date().toISOString() });
    }
    const backups = this.options.backups;
    if (backups) {
      await rotateBackup(project.db, project.path, backups.keep);
      this.backupTimer = setInterval(() => {
        const last = lastBackupTime(project.path);
        if (this.project === project && (!last || Date.now() - last.getTime() >= DAY_MS)) {
          void rotateBackup(project.db, project.path, backups.keep).catch(() => undefined);
        }
      }, 60 * 60 * 1000);
      this.backupTimer.unref();
    }
    this.scheduleSearchIndexing();
  }

  /**
   * Indexes sources queued for search (see store/search-index.ts) in the background, a chunk at a
   * time with the event loop free in between, and not while a job (an import) is running. A search
   * indexes whatever is still queued first, so this only makes that first search quick.
   */
  scheduleSearchIndexing(delayMs = 250): void {
    if (this.indexTimer || !this.project || this.options.backgroundIndexing === false) return;
    const project = this.project;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      if (this.project !== project) return;
      if (this.jobs.size > 0) return this.scheduleSearchIndexing(delayMs);
      try {
        if (indexPendingSources(project.db, INDEX_CHUNK) > 0) this.scheduleSearchIndexing(0);
      } catch (err) {
        // The queue stays in the file: a busy file is tried again later, and anything else waits
        // for the next search (which indexes first and reports what goes wrong to the researcher).
        if ((err as { code?: string }).code === 'SQLITE_BUSY') this.scheduleSearchIndexing(delayMs);
        else console.error(`Background search indexing stopped: ${(err as Error).message}`);
      }
    }, delayMs);
    this.indexTimer.unref();
  }

  /** Registers a job; its state's `cancelled` turns true when cancelJob is called for its id. */
  startJob(id: string): { cancelled: boolean } {
    const state = { cancelled: false };
    this.jobs.set(id, state);
    return state;
  }

  endJob(id: string): void {
    this.jobs.delete(id);
  }

  /** Asks a running job to stop at its next check; false when no such job is running. */
  cancelJob(id: string): boolean {
    const job = this.jobs.get(id);
    if (job) job.cancelled = true;
    return job !== undefined;
  }

  /** Worker threads for parsing imports, started on first use and kept while the session lives. */
  importParser(): ParsePool {
    this.parsePool ??= new ParsePool();
    return this.parsePool;
  }

  close(): void {
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    this.parsePool?.close();
    this.parsePool = null;
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.backupTimer = null;
    this.project?.close();
    this.project = null;
  }

  activeCoderId(): string {
    const db = this.db;
    const set = db.prepare(`SELECT value FROM settings WHERE key = 'active_coder'`).get() as { value: string } | undefined;
    if (set && rowExists(db, 'users', set.value)) return set.value;
    return (db.prepare('SELECT id FROM users ORDER BY created_at, name LIMIT 1').get() as { id: string }).id;
  }

  setActiveCoder(id: string): void {
    this.db.prepare(`INSERT INTO settings (key, value) VALUES ('active_coder', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(id);
  }
}

/** Every project has at least one coder: the computer's user, as the first coder. */
function ensureCoder(db: Database.Database): void {
  const n = db.prepare('SELECT count(*) AS n FROM users').get() as { n: number };
  if (n.n > 0) return;
  let name = 'researcher';
  try {
    name = os.userInfo().username || name;
  } catch {
    // no user database (some containers): keep the generic name
  }
  db.prepare('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)').run(crypto.randomUUID(), name, new Date().toISOString());
}
