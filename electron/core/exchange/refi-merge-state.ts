import type Database from 'better-sqlite3';
import type { ExchangeCounts, RefiImportReport } from '../../../shared/api/methods/exchange-methods';
import type { MemoTarget } from '../../../shared/api/methods/memo-methods';
import { newId, nowIso } from '../store/row-helpers';
import type { RefiPackage } from './refi-package';

export interface MergeOptions {
  /** The coder things are attributed to when the file names nobody. */
  coderId: string;
  /** Give the project the file's project name (when importing into a new project). */
  setProjectName?: boolean;
  onProgress?: (done: number, total: number, current?: string) => void;
}

/** Where a note (memo) of the file ends up, in the order the file attaches it. */
export interface NoteTarget {
  target: MemoTarget;
  /** "code "Coke"", for the report when a note has several targets. */
  label: string;
}

export function zeroCounts(): ExchangeCounts {
  return { users: 0, codes: 0, sources: 0, selections: 0, codings: 0, cases: 0, attributes: 0, sets: 0, memos: 0 };
}

/** Everything the steps of one merge share. */
export class MergeState {
  readonly userIds = new Map<string, string>();
  readonly codeIds = new Map<string, string>();
  readonly sourceIds = new Map<string, string>();
  /** Sources the file lists but that could not be read (guid → name). */
  readonly missingSources = new Map<string, string>();
  readonly caseIds = new Map<string, string>();
  readonly attributeIds = new Map<string, { id: string; scope: 'case' | 'source' }>();
  readonly noteTargets = new Map<string, NoteTarget[]>();
  /** Selection GUIDs of the file → the codings made from them (for notes on selections). */
  readonly selectionCodings = new Map<string, string[]>();
  /** Comments written on selections (`<Description>`), to become memos where the selection went. */
  readonly selectionComments: { key: string; title: string; text: string; created: string | null }[] = [];

  constructor(
    readonly db: Database.Database,
    readonly pkg: RefiPackage,
    readonly options: MergeOptions,
    readonly report: RefiImportReport,
  ) {}

  exists(table: 'users' | 'codes' | 'sources' | 'selections' | 'codings' | 'cases' | 'attributes' | 'sets' | 'memos', id: string): boolean {
    return this.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  }

  /** The file's GUID as the new row's id when no row of `table` has it yet, else a fresh id. */
  idFor(table: Parameters<MergeState['exists']>[0], guid: string): string {
    return this.exists(table, guid) ? newId() : guid;
  }

  /** A user for a GUID the file uses; a GUID not in `<Users>` gets a user of its own. */
  userFor(guid: string | null): string {
    if (!guid) return this.options.coderId;
    const known = this.userIds.get(guid);
    if (known) return known;
    const name = `User ${guid.slice(0, 8)}`;
    const row = this.db.prepare('SELECT id FROM users WHERE id = ? OR name = ? COLLATE NOCASE').get(guid, name) as { id: string } | undefined;
    const id = row?.id ?? guid;
    if (!row) {
      this.db.prepare('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)').run(id, name, nowIso());
      this.report.imported.users++;
      this.report.warnings.push(`The file names a user ${guid} that is not in its <Users> list; Telaah added "${name}".`);
    }
    this.userIds.set(guid, id);
    return id;
  }

  addNoteTarget(noteGuid: string, t: NoteTarget): void {
    const list = this.noteTargets.get(noteGuid) ?? [];
    list.push(t);
    this.noteTargets.set(noteGuid, list);
  }

  skip(what: string, name: string, reason: string): void {
    this.report.skipped.push({ what, name, reason });
  }
}

/** An ISO-8601 timestamp from a REFI dateTime, or now when it is missing or unreadable. */
export function isoOrNow(value: string | null | undefined): string {
  if (value) {
    const t = Date.parse(value);
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  return nowIso();
}
