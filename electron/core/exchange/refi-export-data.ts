/**
 * What a REFI-QDA export reads from the store, in one place: the code tree, users, sources with
 * their coded selections, cases, attributes, sets and memos. Ids are turned into GUIDs once here
 * (Telaah's ids are GUIDs already; anything else gets a stable GUID derived from it).
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isGuid } from '../../../shared/exchange/refi-guid';
import { listCodes } from '../store/code-store';
import type { Code } from '../../../shared/api/methods/code-methods';

export function guidFor(id: string): string {
  if (isGuid(id)) return id;
  const h = createHash('sha1').update(`telaah:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface CodeNode extends Code {
  children: CodeNode[];
}

export function codeTree(db: Database.Database): CodeNode[] {
  const nodes = new Map<string, CodeNode>();
  const roots: CodeNode[] = [];
  for (const c of listCodes(db)) {
    const n: CodeNode = { ...c, children: [] };
    nodes.set(c.id, n);
    const parent = c.parentId ? nodes.get(c.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}

/** Code id → "Parent > Child" path, for tables a researcher reads. */
export function codePaths(db: Database.Database, separator = ' > '): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (nodes: CodeNode[], prefix: string) => {
    for (const n of nodes) {
      const p = prefix ? `${prefix}${separator}${n.name}` : n.name;
      out.set(n.id, p);
      walk(n.children, p);
    }
  };
  walk(codeTree(db), '');
  return out;
}

export interface MemoRow {
  id: string;
  kind: 'project' | 'source' | 'code' | 'coding' | 'case';
  targetId: string | null;
  title: string;
  plainText: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

export function allMemos(db: Database.Database): MemoRow[] {
  return db
    .prepare(
      `SELECT id, target_kind AS kind, coalesce(source_id, code_id, coding_id, case_id) AS targetId, title,
              plain_text AS plainText, created_at AS createdAt, updated_at AS updatedAt, created_by AS createdBy
       FROM memos ORDER BY created_at, id`,
    )
    .all() as MemoRow[];
}

export interface SelectionRow {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  snippet: string;
  createdAt: string;
  createdBy: string | null;
}

export interface CodingRow {
  id: string;
  selectionId: string;
  codeId: string;
  coderId: string;
  createdAt: string;
}

/** Selections that carry at least one coding, by source, in text order; codings by selection. */
export function codedSelections(db: Database.Database): { bySource: Map<string, SelectionRow[]>; codings: Map<string, CodingRow[]> } {
  const sels = db
    .prepare(
      `SELECT s.id, s.source_id AS sourceId, s.start, s.end, s.snippet, s.created_at AS createdAt, s.created_by AS createdBy
       FROM selections s WHERE EXISTS (SELECT 1 FROM codings c WHERE c.selection_id = s.id)
       ORDER BY s.source_id, s.start, s.end, s.id`,
    )
    .all() as SelectionRow[];
  const bySource = new Map<string, SelectionRow[]>();
  for (const s of sels) bySource.set(s.sourceId, [...(bySource.get(s.sourceId) ?? []), s]);
  const rows = db
    .prepare('SELECT id, selection_id AS selectionId, code_id AS codeId, coder_id AS coderId, created_at AS createdAt FROM codings ORDER BY created_at, id')
    .all() as CodingRow[];
  const codings = new Map<string, CodingRow[]>();
  for (const c of rows) codings.set(c.selectionId, [...(codings.get(c.selectionId) ?? []), c]);
  return { bySource, codings };
}
