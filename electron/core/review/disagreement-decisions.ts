import type Database from 'better-sqlite3';
import type { ResolveAction } from '../../../shared/api/methods/review-methods';
import { newId, nowIso } from '../store/row-helpers';

/** One place where two coders differ: the pair of coders in any order, one code, one range. */
export interface DecisionPlace {
  coderA: string;
  coderB: string;
  codeId: string;
  sourceId: string;
  start: number;
  end: number;
}

export interface Decision {
  action: ResolveAction;
  threadId: string | null;
  decidedAt: string;
}

/** Stored with the coders in a fixed order (the table's CHECK coder_a < coder_b). */
function ordered(p: DecisionPlace): [string, string] {
  return p.coderA < p.coderB ? [p.coderA, p.coderB] : [p.coderB, p.coderA];
}

export function findDecision(db: Database.Database, p: DecisionPlace): Decision | null {
  const [a, b] = ordered(p);
  const row = db
    .prepare(
      `SELECT action, thread_id AS threadId, decided_at AS decidedAt FROM disagreement_decisions
       WHERE coder_a = ? AND coder_b = ? AND code_id = ? AND source_id = ? AND start = ? AND end = ?`,
    )
    .get(a, b, p.codeId, p.sourceId, p.start, p.end) as Decision | undefined;
  return row ?? null;
}

/** Records (or replaces) the decision about a place. */
export function recordDecision(
  db: Database.Database,
  p: DecisionPlace,
  d: { action: ResolveAction; acceptedCoder: string | null; threadId: string | null; decidedBy: string },
): void {
  const [a, b] = ordered(p);
  db.prepare(
    `INSERT INTO disagreement_decisions (id, coder_a, coder_b, code_id, source_id, start, end, action, accepted_coder, thread_id, decided_at, decided_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (coder_a, coder_b, code_id, source_id, start, end) DO UPDATE SET
       action = excluded.action, accepted_coder = excluded.accepted_coder, thread_id = excluded.thread_id,
       decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
  ).run(newId(), a, b, p.codeId, p.sourceId, p.start, p.end, d.action, d.acceptedCoder, d.threadId, nowIso(), d.decidedBy);
}

export function countDecisions(db: Database.Database): Record<ResolveAction, number> {
  const counts: Record<ResolveAction, number> = { 'accept-a': 0, 'accept-b': 0, 'keep-both': 0, discuss: 0 };
  for (const r of db.prepare('SELECT action, count(*) AS n FROM disagreement_decisions GROUP BY action').all() as { action: ResolveAction; n: number }[]) {
    counts[r.action] = r.n;
  }
  return counts;
}
