import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { ResolveAction } from '../../../shared/api/methods/review-methods';
import { createCoding, deleteCodings } from '../store/coding-store';
import { IN_LIST, inList } from '../store/row-helpers';
import { createThread } from './comment-threads';
import { recordDecision } from './disagreement-decisions';

export interface ResolveRequest {
  action: ResolveAction;
  coderA: string;
  coderB: string;
  codeId: string;
  sourceId: string;
  start: number;
  end: number;
  codingIdsA: readonly string[];
  codingIdsB: readonly string[];
  note?: string;
}

export interface ResolveOutcome {
  action: ResolveAction;
  deleted: number;
  copied: number;
  threadId: string | null;
}

interface CodingRow {
  id: string;
  coderId: string;
  codeId: string;
  sourceId: string;
  start: number;
  end: number;
}

/** The listed codings, checked to be `coderId`'s codings of the code in the source. */
function checkedCodings(db: Database.Database, ids: readonly string[], coderId: string, r: ResolveRequest, label: string): CodingRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT c.id, c.coder_id AS coderId, c.code_id AS codeId, s.source_id AS sourceId, s.start, s.end
       FROM codings c JOIN selections s ON s.id = c.selection_id WHERE c.id IN ${IN_LIST}`,
    )
    .all(inList(ids)) as CodingRow[];
  for (const id of ids) {
    const row = rows.find((x) => x.id === id);
    if (!row) throw new ApiError('not-found', `Coding ${id} (coder ${label}) does not exist any more; refresh the list of disagreements.`);
    if (row.coderId !== coderId || row.codeId !== r.codeId || row.sourceId !== r.sourceId) {
      throw new ApiError('invalid-input', `Coding ${id} is not coder ${label}'s coding of this code in this source; refresh the list of disagreements.`);
    }
  }
  return rows;
}

const DISCUSS_TEXT = 'Coders differ here: to be discussed.';

/**
 * Settles a disagreement (semantics in shared/api/methods/review-methods.ts, agreement.resolve):
 * accepting X's version deletes the other coder's listed codings and copies X's listed codings to
 * the other coder, so both coders end up with X's coding at this place. Runs inside the caller's
 * transaction (one undo step).
 */
export function resolveDisagreement(db: Database.Database, r: ResolveRequest, reviewerId: string): ResolveOutcome {
  if (r.coderA === r.coderB) throw new ApiError('invalid-input', 'Choose two different coders.');
  if (r.end <= r.start) throw new ApiError('invalid-input', `The place ${r.start}–${r.end} is empty.`);
  const a = checkedCodings(db, r.codingIdsA, r.coderA, r, 'A');
  const b = checkedCodings(db, r.codingIdsB, r.coderB, r, 'B');
  if (a.length === 0 && b.length === 0) throw new ApiError('invalid-input', 'No codings were given for this disagreement; refresh the list.');

  let deleted = 0;
  let copied = 0;
  let threadId: string | null = null;
  let acceptedCoder: string | null = null;
  if (r.action === 'accept-a' || r.action === 'accept-b') {
    const [keep, drop, to] = r.action === 'accept-a' ? [a, b, r.coderB] : [b, a, r.coderA];
    acceptedCoder = r.action === 'accept-a' ? r.coderA : r.coderB;
    if (drop.length > 0) deleted = deleteCodings(db, drop.map((c) => c.id));
    const has = db.prepare(
      `SELECT 1 FROM codings c JOIN selections s ON s.id = c.selection_id
       WHERE c.coder_id = ? AND c.code_id = ? AND s.source_id = ? AND s.start = ? AND s.end = ?`,
    );
    for (const c of keep) {
      if (has.get(to, c.codeId, c.sourceId, c.start, c.end)) continue;
      createCoding(db, { sourceId: c.sourceId, start: c.start, end: c.end, codeId: c.codeId, coderId: to });
      copied++;
    }
  } else if (r.action === 'discuss') {
    const first = a[0] ?? b[0]!;
    threadId = createThread(db, { kind: 'coding', id: first.id }, r.note?.trim() || DISCUSS_TEXT, reviewerId);
  }
  recordDecision(db, r, { action: r.action, acceptedCoder, threadId, decidedBy: reviewerId });
  return { action: r.action, deleted, copied, threadId };
}
