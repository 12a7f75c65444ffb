import type Database from 'better-sqlite3';
import type { CooccurrenceResult, CooccurrenceSpec } from '../../../shared/api/methods/analysis-methods';
import { codeMembership } from '../../../shared/analysis/matrix/code-hierarchy';
import { cooccurrenceMatrix, type CoSegment } from '../../../shared/analysis/matrix/cooccurrence';
import { prepareMatrix } from './matrix-query';
import { BlockFinder } from '../store/source-blocks';

/**
 * Codes × codes co-occurrence over the codings in scope (same filters as the count matrix). With
 * roll-up a child's segment also stands for each shown ancestor (so a parent co-occurs with its own
 * children); without it, each code is only its own codings.
 */
export function runCooccurrence(db: Database.Database, spec: CooccurrenceSpec): CooccurrenceResult {
  const p = prepareMatrix(db, {
    rows: { kind: 'codes', codeIds: spec.codeIds },
    columns: { kind: 'sources' },
    measure: 'codings',
    normalization: 'none',
    rollUp: spec.rollUp,
    filters: spec.filters,
    rowOrder: 'natural',
    columnOrder: 'natural',
    hideEmpty: false,
  });
  const { index, facts, rows } = p;
  const shown = rows.members.map((m) => index.codeIndex.get(m.key)!);
  const membersOf = codeMembership(index.codes, shown, spec.rollUp);
  const segments: CoSegment[] = [];
  for (let i = 0; i < facts.length; i++) {
    for (const m of membersOf[facts.code[i]!] ?? []) {
      segments.push({ source: facts.source[i]!, start: facts.start[i]!, end: facts.end[i]!, selection: facts.selection[i]!, code: m });
    }
  }
  const blocks = new BlockFinder(db);
  const result = cooccurrenceMatrix({
    codeCount: shown.length,
    segments,
    mode: spec.mode,
    distance: spec.distance,
    blocksOfSource: (s) => blocks.blocksOf(index.sources[s]!.id),
  });
  return {
    codes: rows.members.map((m, i) => ({ ...m, color: index.codes[shown[i]!]!.color })),
    ...result,
    mode: spec.mode,
  };
}
