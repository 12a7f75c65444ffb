import type Database from 'better-sqlite3';
import { BlockFinder } from '../store/source-blocks';

/**
 * Conclusions as the report needs them, read straight from the ledger's tables (migration 0020):
 * the report is a read-only view, and a conclusion's evidence keeps its own label and snippet so it
 * reads the same even after the coding it came from is gone.
 */
export interface ReportEvidence {
  stance: 'supports' | 'contradicts';
  kind: 'matrix-cell' | 'text-matrix-cell' | 'segment';
  label: string;
  note: string;
  rowKey: string | null;
  columnKey: string | null;
  snippet: string | null;
  sourceName: string | null;
  /** Block ordinal + 1 of the segment's start, when the source has blocks. */
  paragraph: number | null;
  speaker: string | null;
  caseNames: string[];
  textMatrixSummary: string | null;
}

export interface ReportConclusion {
  id: string;
  title: string;
  contentJson: string;
  plainText: string;
  tactic: string;
  status: 'draft' | 'verified' | 'rejected';
  supervisorComment: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  createdAt: string;
  evidence: ReportEvidence[];
}

export interface ConclusionFacts {
  total: number;
  byStatus: Partial<Record<'draft' | 'verified' | 'rejected', number>>;
  /** Tactics used, most used first. */
  tactics: { tactic: string; count: number }[];
}

function hasConclusions(db: Database.Database): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'conclusions'`).get() !== undefined;
}

export function conclusionFacts(db: Database.Database): ConclusionFacts {
  if (!hasConclusions(db)) return { total: 0, byStatus: {}, tactics: [] };
  const byStatus: ConclusionFacts['byStatus'] = {};
  let total = 0;
  for (const r of db.prepare('SELECT status, count(*) AS n FROM conclusions GROUP BY status').all() as { status: 'draft' | 'verified' | 'rejected'; n: number }[]) {
    byStatus[r.status] = r.n;
    total += r.n;
  }
  const tactics = db.prepare('SELECT tactic, count(*) AS count FROM conclusions GROUP BY tactic ORDER BY count DESC, tactic').all() as { tactic: string; count: number }[];
  return { total, byStatus, tactics };
}

/** Every conclusion, verified first, then draft, then rejected, oldest first within each. */
export function listReportConclusions(db: Database.Database): ReportConclusion[] {
  if (!hasConclusions(db)) return [];
  const conclusions = db
    .prepare(
      `SELECT c.id, c.title, c.content_json AS contentJson, c.plain_text AS plainText, c.tactic, c.status,
              c.supervisor_comment AS supervisorComment, u.name AS reviewedBy, c.reviewed_at AS reviewedAt, c.created_at AS createdAt
       FROM conclusions c LEFT JOIN users u ON u.id = c.reviewed_by
       ORDER BY CASE c.status WHEN 'verified' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, c.created_at, c.id`,
    )
    .all() as Omit<ReportConclusion, 'evidence'>[];
  const evidence = db.prepare(
    `SELECT e.stance, e.kind, e.label, e.note, e.row_key AS rowKey, e.column_key AS columnKey, e.snippet,
            s.name AS sourceName,
            e.source_id AS sourceId, e.start AS start,
            (SELECT json_group_array(ca.name) FROM case_sources cs JOIN cases ca ON ca.id = cs.case_id WHERE cs.source_id = e.source_id) AS caseNames,
            tc.summary AS textMatrixSummary
     FROM conclusion_evidence e
     LEFT JOIN sources s ON s.id = e.source_id
     LEFT JOIN text_matrix_cells tc ON tc.id = e.text_matrix_cell_id
     WHERE e.conclusion_id = ?
     ORDER BY e.created_at, e.id`,
  );
  type EvidenceRow = Omit<ReportEvidence, 'caseNames' | 'paragraph' | 'speaker'> & { caseNames: string | null; sourceId: string | null; start: number | null };
  const blocks = new BlockFinder(db);
  return conclusions.map((c) => ({
    ...c,
    evidence: (evidence.all(c.id) as EvidenceRow[]).map(({ sourceId, start, ...e }) => {
      const at = sourceId !== null && start !== null ? blocks.at(sourceId, start) : null;
      return {
        ...e,
        paragraph: at ? at.ordinal + 1 : null,
        speaker: at?.block.speaker ?? null,
        caseNames: e.caseNames ? (JSON.parse(e.caseNames) as string[]) : [],
      };
    }),
  }));
}
