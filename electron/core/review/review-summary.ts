import type Database from 'better-sqlite3';
import type { AgreementUnit, ConclusionVerdict, ReviewSummary } from '../../../shared/api/methods/review-methods';
import { computeAgreement } from './agreement-report';
import { listAllThreads } from './comment-threads';
import { countDecisions } from './disagreement-decisions';

export interface ReviewSummaryOptions {
  /** Default: the two coders with the most codings. */
  coderIds?: readonly string[];
  unit?: AgreementUnit;
  overlap?: number;
  reviewMode?: boolean;
}

/** The two coders with the most codings (ties by name), or fewer when fewer have coded. */
export function busiestCoders(db: Database.Database, n = 2): string[] {
  return (
    db
      .prepare(
        `SELECT u.id FROM users u JOIN codings c ON c.coder_id = u.id
         GROUP BY u.id ORDER BY count(*) DESC, u.name COLLATE NOCASE LIMIT ?`,
      )
      .all(n) as { id: string }[]
  ).map((r) => r.id);
}

function conclusionVerdicts(db: Database.Database): ConclusionVerdict[] {
  const exists = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'conclusions'`).get();
  if (!exists) return [];
  return db
    .prepare(
      `SELECT c.id, c.title, c.status AS verdict, c.supervisor_comment AS comment, u.name AS reviewedBy, c.reviewed_at AS reviewedAt
       FROM conclusions c LEFT JOIN users u ON u.id = c.reviewed_by
       ORDER BY c.created_at, c.rowid`,
    )
    .all() as ConclusionVerdict[];
}

/**
 * The review as data, for the review pane and the Word report's review section: the agreement table
 * (per code and overall, with formulas) of the chosen coders, the open comment threads, how many
 * threads were resolved, the decisions on disagreements, and the supervisor's verdict on every
 * conclusion. `agreement` is null when fewer than two coders have codings.
 */
export function reviewSummary(db: Database.Database, options: ReviewSummaryOptions = {}): ReviewSummary {
  const coderIds = options.coderIds ?? busiestCoders(db);
  const agreement =
    coderIds.length >= 2 ? computeAgreement(db, { coderIds, unit: options.unit ?? 'characters', overlap: options.overlap ?? 0.9 }) : null;
  const decisions = countDecisions(db);
  const resolved = db.prepare(`SELECT count(*) AS n FROM comment_threads WHERE status = 'resolved'`).get() as { n: number };
  return {
    reviewMode: options.reviewMode ?? false,
    agreement,
    openThreads: listAllThreads(db, 'open'),
    resolvedThreadCount: resolved.n,
    decisions: { accepted: decisions['accept-a'] + decisions['accept-b'], keepBoth: decisions['keep-both'], discuss: decisions.discuss },
    conclusions: conclusionVerdicts(db),
  };
}
