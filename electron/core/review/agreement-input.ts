import type Database from 'better-sqlite3';
import type { AgreementBlock, AgreementCoding, AgreementSource, CodingAgreementInput } from '../../../shared/analysis/agreement/coding-units';
import { ApiError } from '../../../shared/api/errors';
import { requireRow, IN_LIST, inList } from '../store/row-helpers';
import { getBlocks } from '../store/source-blocks';

export interface AgreementScope {
  /** The coders compared, in order (first = "A"). */
  coderIds: readonly string[];
  codeIds?: readonly string[];
  /** Default: every source in which at least one of the compared coders made a coding. */
  sourceIds?: readonly string[];
}

/** One coding as the review functions read it (positions in code points, end exclusive). */
export interface StoredCoding extends AgreementCoding {
  readonly id: string;
  readonly snippet: string;
}

export interface LoadedAgreementInput extends CodingAgreementInput {
  readonly codings: readonly StoredCoding[];
  readonly sources: readonly AgreementSource[];
  readonly blocks: readonly AgreementBlock[];
}

/**
 * Reads the codings of the compared coders from the project, with the compared sources (their
 * length in code points) and their non-empty blocks (speaker turns, paragraphs).
 *
 * Why sources default to "coded by one of these coders": a source none of them touched was not part
 * of anyone's coding work, and counting it would add only "nobody coded it" units, which inflates
 * percentage agreement. The researcher can pass sourceIds to compare other sources.
 */
export function loadAgreementInput(db: Database.Database, scope: AgreementScope): LoadedAgreementInput {
  const coderIds = [...scope.coderIds];
  const known = db.prepare(`SELECT id FROM users WHERE id IN ${IN_LIST}`).all(inList(coderIds)) as { id: string }[];
  for (const id of coderIds) {
    if (!known.some((k) => k.id === id)) throw new ApiError('not-found', `Coder ${id} does not exist in this project.`);
  }
  const codings = db
    .prepare(
      `SELECT c.id, c.coder_id AS coderId, c.code_id AS codeId, s.source_id AS sourceId, s.start, s.end, s.snippet
       FROM codings c JOIN selections s ON s.id = c.selection_id
       WHERE c.coder_id IN ${IN_LIST}
       ORDER BY s.source_id, s.start, s.end`,
    )
    .all(inList(coderIds)) as StoredCoding[];

  let sourceIds: string[];
  if (scope.sourceIds) {
    sourceIds = [...new Set(scope.sourceIds)];
  } else {
    sourceIds = [...new Set(codings.map((c) => c.sourceId))];
  }
  const sources: AgreementSource[] = [];
  const lengthOf = db.prepare('SELECT char_count AS n FROM sources WHERE id = ?');
  for (const id of sourceIds) {
    const row = lengthOf.get(id) as { n: number } | undefined;
    if (!row) throw new ApiError('not-found', `Source ${id} does not exist (it may have been deleted).`);
    sources.push({ sourceId: id, length: row.n });
  }
  sources.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));

  const blocks: AgreementBlock[] = [];
  for (const s of sources) {
    for (const b of getBlocks(db, s.sourceId)) if (b.end > b.start) blocks.push({ sourceId: s.sourceId, start: b.start, end: b.end });
  }

  if (scope.codeIds) {
    for (const id of scope.codeIds) {
      requireRow(db, 'codes', id, 'Code');
    }
  }
  return { codings, sources, blocks, coderIds, ...(scope.codeIds ? { codeIds: [...scope.codeIds] } : {}) };
}

/** "Parent / Child" for every code, for labelling rows. */
export function codePaths(db: Database.Database): Map<string, string> {
  const rows = db.prepare('SELECT id, parent_id AS parentId, name FROM codes').all() as { id: string; parentId: string | null; name: string }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<string, string>();
  const pathOf = (id: string, depth = 0): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const row = byId.get(id);
    if (!row) return '';
    const p = row.parentId && depth < 100 ? `${pathOf(row.parentId, depth + 1)} / ${row.name}` : row.name;
    paths.set(id, p);
    return p;
  };
  for (const r of rows) pathOf(r.id);
  return paths;
}
