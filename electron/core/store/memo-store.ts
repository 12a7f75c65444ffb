import type Database from 'better-sqlite3';
import type { Memo, MemoTarget } from '../../../shared/api/methods/memo-methods';
import { found, newId, nowIso, rowExists } from './row-helpers';

const MEMO_SQL = `
  SELECT m.id, m.target_kind AS kind, m.source_id, m.code_id, m.coding_id, m.case_id, m.title,
         m.content_json AS contentJson, m.plain_text AS plainText, m.created_at AS createdAt, m.updated_at AS updatedAt,
         coalesce(s.name, cd.name, ca.name, substr(sel.snippet, 1, 60), '') AS targetName
  FROM memos m
  LEFT JOIN sources s ON s.id = m.source_id
  LEFT JOIN codes cd ON cd.id = m.code_id
  LEFT JOIN cases ca ON ca.id = m.case_id
  LEFT JOIN codings k ON k.id = m.coding_id
  LEFT JOIN selections sel ON sel.id = k.selection_id`;

interface MemoRow {
  id: string;
  kind: MemoTarget['kind'];
  source_id: string | null;
  code_id: string | null;
  coding_id: string | null;
  case_id: string | null;
  title: string;
  contentJson: string;
  plainText: string;
  createdAt: string;
  updatedAt: string;
  targetName: string;
}

function toMemo(r: MemoRow): Memo {
  const id = r.source_id ?? r.code_id ?? r.coding_id ?? r.case_id;
  const target = (r.kind === 'project' ? { kind: 'project' } : { kind: r.kind, id }) as MemoTarget;
  return {
    id: r.id,
    target,
    targetName: r.targetName,
    title: r.title,
    contentJson: r.contentJson,
    plainText: r.plainText,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function listMemos(db: Database.Database, kind?: MemoTarget['kind']): Memo[] {
  const rows = kind
    ? (db.prepare(`${MEMO_SQL} WHERE m.target_kind = ? ORDER BY m.updated_at DESC`).all(kind) as MemoRow[])
    : (db.prepare(`${MEMO_SQL} ORDER BY m.updated_at DESC`).all() as MemoRow[]);
  return rows.map(toMemo);
}

export function getMemo(db: Database.Database, id: string): Memo {
  return toMemo(found(db.prepare(`${MEMO_SQL} WHERE m.id = ?`).get(id) as MemoRow | undefined, 'Memo', id));
}

const targetColumn: Record<Exclude<MemoTarget['kind'], 'project'>, string> = {
  source: 'source_id',
  code: 'code_id',
  coding: 'coding_id',
  case: 'case_id',
};

export function memosForTarget(db: Database.Database, target: MemoTarget): Memo[] {
  if (target.kind === 'project') {
    return (db.prepare(`${MEMO_SQL} WHERE m.target_kind = 'project' ORDER BY m.created_at`).all() as MemoRow[]).map(toMemo);
  }
  return (db.prepare(`${MEMO_SQL} WHERE m.${targetColumn[target.kind]} = ? ORDER BY m.created_at`).all(target.id) as MemoRow[]).map(toMemo);
}

export interface MemoInput {
  id?: string;
  target: MemoTarget;
  title: string;
  contentJson: string;
  plainText: string;
  createdBy?: string | null;
}

/** Creates or updates a memo; returns its id. */
export function saveMemo(db: Database.Database, m: MemoInput): string {
  const now = nowIso();
  if (m.id && rowExists(db, 'memos', m.id)) {
    db.prepare('UPDATE memos SET title = ?, content_json = ?, plain_text = ?, updated_at = ? WHERE id = ?').run(
      m.title,
      m.contentJson,
      m.plainText,
      now,
      m.id,
    );
    return m.id;
  }
  const id = m.id ?? newId();
  const cols = { source_id: null, code_id: null, coding_id: null, case_id: null } as Record<string, string | null>;
  if (m.target.kind !== 'project') cols[targetColumn[m.target.kind]] = m.target.id;
  db.prepare(
    `INSERT INTO memos (id, target_kind, source_id, code_id, coding_id, case_id, title, content_json, plain_text, created_at, updated_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, m.target.kind, cols.source_id, cols.code_id, cols.coding_id, cols.case_id, m.title, m.contentJson, m.plainText, now, now, m.createdBy ?? null);
  return id;
}
