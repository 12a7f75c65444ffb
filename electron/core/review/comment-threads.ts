import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { CommentTarget, CommentThread } from '../../../shared/api/methods/review-methods';
import { found, newId, nowIso, requireRow } from '../store/row-helpers';
import { codePaths } from './agreement-input';

interface ThreadRow {
  id: string;
  targetKind: CommentTarget['kind'];
  codingId: string | null;
  codeId: string | null;
  targetRef: string | null;
  rowKey: string | null;
  columnKey: string | null;
  status: 'open' | 'resolved';
  createdAt: string;
  createdBy: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

const THREAD_SQL = `
  SELECT t.id, t.target_kind AS targetKind, t.coding_id AS codingId, t.code_id AS codeId,
         t.target_ref AS targetRef, t.row_key AS rowKey, t.column_key AS columnKey, t.status,
         t.created_at AS createdAt, cu.name AS createdBy, t.resolved_at AS resolvedAt, ru.name AS resolvedBy
  FROM comment_threads t
  LEFT JOIN users cu ON cu.id = t.created_by
  LEFT JOIN users ru ON ru.id = t.resolved_by`;

const LABEL_CHARS = 200;

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

/** A conclusion's title, when the analysis area's conclusions table exists and has the row. */
function conclusionTitle(db: Database.Database, id: string): string {
  if (!hasTable(db, 'conclusions')) return '';
  const cols = (db.prepare(`PRAGMA table_info(conclusions)`).all() as { name: string }[]).map((c) => c.name);
  const col = ['title', 'name', 'statement', 'text', 'plain_text'].find((c) => cols.includes(c));
  if (!col) return '';
  const row = db.prepare(`SELECT "${col}" AS t FROM conclusions WHERE id = ?`).get(id) as { t: unknown } | undefined;
  return typeof row?.t === 'string' ? row.t.slice(0, LABEL_CHARS) : '';
}

function toThread(db: Database.Database, r: ThreadRow, paths: Map<string, string>): CommentThread {
  let target: CommentTarget;
  let targetLabel = '';
  let location: CommentThread['location'] = null;
  switch (r.targetKind) {
    case 'coding': {
      target = { kind: 'coding', id: r.codingId! };
      const c = db
        .prepare(
          `SELECT s.source_id AS sourceId, src.name AS sourceName, s.start, s.end, s.snippet, u.name AS coderName, c.code_id AS codeId
           FROM codings c JOIN selections s ON s.id = c.selection_id JOIN sources src ON src.id = s.source_id JOIN users u ON u.id = c.coder_id
           WHERE c.id = ?`,
        )
        .get(r.codingId) as { sourceId: string; sourceName: string; start: number; end: number; snippet: string; coderName: string; codeId: string } | undefined;
      if (c) {
        targetLabel = c.snippet.slice(0, LABEL_CHARS);
        location = { sourceId: c.sourceId, sourceName: c.sourceName, start: c.start, end: c.end, coderName: c.coderName, codeName: paths.get(c.codeId) ?? '' };
      }
      break;
    }
    case 'code':
      target = { kind: 'code', id: r.codeId! };
      targetLabel = paths.get(r.codeId!) ?? '';
      break;
    case 'conclusion':
      target = { kind: 'conclusion', id: r.targetRef! };
      targetLabel = conclusionTitle(db, r.targetRef!);
      break;
    case 'matrix-cell':
      target = { kind: 'matrix-cell', id: r.targetRef!, rowKey: r.rowKey!, columnKey: r.columnKey! };
      targetLabel = `${r.rowKey} × ${r.columnKey}`;
      break;
  }
  const comments = db
    .prepare(
      `SELECT c.id, c.body, c.author_id AS authorId, u.name AS authorName, c.created_at AS createdAt
       FROM comments c LEFT JOIN users u ON u.id = c.author_id WHERE c.thread_id = ? ORDER BY c.created_at, c.rowid`,
    )
    .all(r.id) as CommentThread['comments'];
  return {
    id: r.id,
    target,
    targetLabel,
    location,
    status: r.status,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    resolvedAt: r.resolvedAt,
    resolvedBy: r.resolvedBy,
    comments,
  };
}

export function getThread(db: Database.Database, id: string): CommentThread {
  const row = found(db.prepare(`${THREAD_SQL} WHERE t.id = ?`).get(id) as ThreadRow | undefined, 'Comment thread', id);
  return toThread(db, row, codePaths(db));
}

function targetWhere(target: CommentTarget): { sql: string; params: string[] } {
  switch (target.kind) {
    case 'coding':
      return { sql: `t.target_kind = 'coding' AND t.coding_id = ?`, params: [target.id] };
    case 'code':
      return { sql: `t.target_kind = 'code' AND t.code_id = ?`, params: [target.id] };
    case 'conclusion':
      return { sql: `t.target_kind = 'conclusion' AND t.target_ref = ?`, params: [target.id] };
    case 'matrix-cell':
      return { sql: `t.target_kind = 'matrix-cell' AND t.target_ref = ? AND t.row_key = ? AND t.column_key = ?`, params: [target.id, target.rowKey, target.columnKey] };
  }
}

/** Threads about one target, oldest first. */
export function listThreads(db: Database.Database, target: CommentTarget): CommentThread[] {
  const w = targetWhere(target);
  const rows = db.prepare(`${THREAD_SQL} WHERE ${w.sql} ORDER BY t.created_at, t.rowid`).all(...w.params) as ThreadRow[];
  const paths = codePaths(db);
  return rows.map((r) => toThread(db, r, paths));
}

/** Every thread, newest first; optionally only open or resolved ones. */
export function listAllThreads(db: Database.Database, status?: 'open' | 'resolved'): CommentThread[] {
  const rows = (status
    ? db.prepare(`${THREAD_SQL} WHERE t.status = ? ORDER BY t.created_at DESC, t.rowid DESC`).all(status)
    : db.prepare(`${THREAD_SQL} ORDER BY t.created_at DESC, t.rowid DESC`).all()) as ThreadRow[];
  const paths = codePaths(db);
  return rows.map((r) => toThread(db, r, paths));
}

/** Opens a thread on `target` with its first comment by `authorId`. */
export function createThread(db: Database.Database, target: CommentTarget, body: string, authorId: string): string {
  if (target.kind === 'coding') requireRow(db, 'codings', target.id, 'Coding');
  if (target.kind === 'code') requireRow(db, 'codes', target.id, 'Code');
  if (target.kind === 'conclusion' && hasTable(db, 'conclusions')) {
    requireRow(db, 'conclusions', target.id, 'Conclusion');
  }
  const id = newId();
  const at = nowIso();
  db.prepare(
    `INSERT INTO comment_threads (id, target_kind, coding_id, code_id, target_ref, row_key, column_key, status, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
  ).run(
    id,
    target.kind,
    target.kind === 'coding' ? target.id : null,
    target.kind === 'code' ? target.id : null,
    target.kind === 'conclusion' || target.kind === 'matrix-cell' ? target.id : null,
    target.kind === 'matrix-cell' ? target.rowKey : null,
    target.kind === 'matrix-cell' ? target.columnKey : null,
    at,
    authorId,
  );
  addComment(db, id, body, authorId, at);
  return id;
}

function addComment(db: Database.Database, threadId: string, body: string, authorId: string, at = nowIso()): void {
  db.prepare('INSERT INTO comments (id, thread_id, body, created_at, author_id) VALUES (?, ?, ?, ?, ?)').run(newId(), threadId, body, at, authorId);
}

/** A reply; replying to a resolved thread reopens it (the discussion is live again). */
export function replyToThread(db: Database.Database, threadId: string, body: string, authorId: string): void {
  requireRow(db, 'comment_threads', threadId, 'Comment thread');
  addComment(db, threadId, body, authorId);
  db.prepare(`UPDATE comment_threads SET status = 'open', resolved_at = NULL, resolved_by = NULL WHERE id = ? AND status = 'resolved'`).run(threadId);
}

export function setThreadStatus(db: Database.Database, threadId: string, status: 'open' | 'resolved', userId: string): void {
  const row = found(db.prepare('SELECT status FROM comment_threads WHERE id = ?').get(threadId) as { status: string } | undefined, 'Comment thread', threadId);
  if (row.status === status) {
    throw new ApiError('conflict', status === 'resolved' ? 'This thread is already resolved.' : 'This thread is already open.');
  }
  if (status === 'resolved') {
    db.prepare(`UPDATE comment_threads SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE id = ?`).run(nowIso(), userId, threadId);
  } else {
    db.prepare(`UPDATE comment_threads SET status = 'open', resolved_at = NULL, resolved_by = NULL WHERE id = ?`).run(threadId);
  }
}
