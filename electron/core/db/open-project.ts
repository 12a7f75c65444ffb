import fs from 'node:fs';
import Database from 'better-sqlite3';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';
import { ProjectError } from './project-error';
import { ProjectLock } from './project-lock';
import { installHistoryTriggers } from '../history/history-triggers';
import { clearHistory } from '../history/history';
import { errorPhrase } from '../i18n/error-phrase';

/** PRAGMA application_id of every Telaah project: 'TELA' in ASCII. */
export const TELAAH_APPLICATION_ID = 0x54454c41;

const SQLITE_HEADER = 'SQLite format 3\0';

export interface OpenProjectOptions {
  /** Create a new, empty project; refuses an existing file. */
  create?: boolean;
  /** Project name stored in a new project (defaults to the file name). */
  name?: string;
  /** Native binding for better-sqlite3 (Electron passes its own build). */
  nativeBinding?: string;
  /** The migrations to apply (tests pass their own list; the app uses all of them). */
  migrations?: readonly Migration[];
}

export interface ProjectHandle {
  readonly path: string;
  readonly db: Database.Database;
  /** Schema version the file had before this open migrated it. */
  readonly openedFromVersion: number;
  close(): void;
}

function checkHeader(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    if (n === 0) return; // an empty file is treated as a new database by SQLite
    if (n < 16 || buf.toString('latin1') !== SQLITE_HEADER) {
      throw new ProjectError('not-a-project', errorPhrase('errors.project.notSqlite', { file }));
    }
  } finally {
    fs.closeSync(fd);
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A 64 MiB page cache: matrices and searches walk indexes of 100,000 codings, far more than
  // SQLite's default 2 MiB cache holds. No memory-mapped reads of the database file: measured on the bench's project it did
  // not speed up the matrix (133-137 ms without, 141-146 with) and saved only ~1 ms opening a
  // transcript and ~0.4 ms a search, while a read error on a mapped file (a USB stick pulled out, a
  // network drive dropping) kills the process with SIGBUS instead of failing one call. (WAL's small
  // -shm index is mapped all the same; that SQLite does not let us change.)
  db.pragma('cache_size = -65536');
}

/**
 * Opens (or creates) a project file: lock, header and application_id checks, pragmas, and pending
 * migrations in one transaction after a backup copy. A file from a newer Telaah is refused
 * untouched.
 */
export async function openProject(file: string, options: OpenProjectOptions = {}): Promise<ProjectHandle> {
  const exists = fs.existsSync(file);
  if (options.create && exists) {
    throw new ProjectError('already-exists', errorPhrase('errors.project.alreadyExists', { file }));
  }
  if (!options.create && !exists) throw new ProjectError('not-found', errorPhrase('errors.project.notFound', { file }));
  if (exists) checkHeader(file);

  const migrations = options.migrations ?? allMigrations;
  const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
  const lock = ProjectLock.acquire(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (exists && appId !== TELAAH_APPLICATION_ID) {
      const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number };
      if (appId !== 0 || tables.n > 0) {
        throw new ProjectError('not-a-project', errorPhrase('errors.project.notTelaah', { file }));
      }
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw new ProjectError('newer-version', errorPhrase('errors.project.newerVersion', { file, version, latest: LATEST_SCHEMA_VERSION }));
    }
    configure(db);
    const pending = migrations.filter((m) => m.version > version);
    if (pending.length > 0) {
      if (version > 0) await db.backup(`${file}.before-v${LATEST_SCHEMA_VERSION}.bak`);
      const database = db;
      try {
        database.transaction(() => {
          for (const m of pending) m.up(database);
          installHistoryTriggers(database);
          if (version > 0) clearHistory(database);
          database.pragma(`application_id = ${TELAAH_APPLICATION_ID}`);
          database.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
          if (version === 0) {
            const name = options.name ?? file.replace(/^.*[\\/]/, '').replace(/\.telaah$/i, '');
            const insert = database.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?)');
            insert.run('id', crypto.randomUUID());
            insert.run('name', name);
            insert.run('created_at', new Date().toISOString());
          }
        })();
      } catch (err) {
        throw new ProjectError('migration-failed', errorPhrase('errors.project.migrationFailed', { file, detail: (err as Error).message }));
      }
    }
    const handle: ProjectHandle = {
      path: file,
      db,
      openedFromVersion: version,
      close() {
        if (db!.open) {
          db!.pragma('wal_checkpoint(TRUNCATE)');
          db!.close();
        }
        lock.release();
      },
    };
    return handle;
  } catch (err) {
    if (db?.open) db.close();
    lock.release();
    if (options.create && !exists) fs.rmSync(file, { force: true });
    throw err;
  }
}
