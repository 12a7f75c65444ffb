/**
 * Presence agreement, as MAXQDA's "code existence in the document": the unit is a source, or a block
 * of a source (a speaker turn or paragraph); each coder's value is whether they applied the code
 * anywhere in it.
 *
 * Rule: a coder "coded the block" with a code when at least one of their codings of that code shares
 * at least one code point with the block: coding.start < block.end and coding.end > block.start.
 * A coding that only touches the block's edge does not count. For sources, any non-empty coding of
 * the code in the source counts. Units nobody coded count as agreement on "absent" — which is why the
 * choice of sources or blocks matters, and why kappa and alpha are shown beside the percentage.
 */
import { PatternCounts, type BinaryAgreementStatistics, binaryStatistics } from './binary-unit-statistics';
import {
  type AgreementBlock,
  type CodingAgreementInput,
  type IntervalList,
  type PreparedCodings,
  checkSources,
  intervalsFor,
  prepareCodings,
} from './coding-intervals';
import { AgreementInputError } from './reliability-data';

export type PresenceUnit = 'sources' | 'blocks';

export interface PresenceAgreementResult {
  readonly unit: PresenceUnit;
  readonly coderIds: readonly string[];
  readonly codes: readonly BinaryAgreementStatistics[];
  readonly overall: BinaryAgreementStatistics;
  readonly leftOut: PreparedCodings['leftOut'];
}

/** True when a sorted disjoint interval list shares a code point with [start, end). */
export function overlapsAny(list: IntervalList, start: number, end: number): boolean {
  // First interval whose end is past `start`; it overlaps iff it begins before `end`.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = list[lo];
  return candidate !== undefined && candidate[0] < end;
}

function checkBlocks(blocks: readonly AgreementBlock[], input: CodingAgreementInput): void {
  const sources = checkSources(input.sources);
  blocks.forEach((b, i) => {
    const source = sources.get(b.sourceId);
    const where = `Block ${i + 1} (source ${JSON.stringify(b.sourceId)}, ${b.start}–${b.end})`;
    if (!source) throw new AgreementInputError(`${where}: its source is not among the compared sources.`);
    if (!(Number.isInteger(b.start) && Number.isInteger(b.end)) || b.start < 0 || b.start >= b.end || b.end > source.length) {
      throw new AgreementInputError(`${where}: a block must be a non-empty range inside its source (0 ≤ start < end ≤ ${source.length}).`);
    }
  });
}

export function presenceAgreement(input: CodingAgreementInput, unit: PresenceUnit): PresenceAgreementResult {
  const prepared = prepareCodings(input);
  const m = prepared.coderIds.length;
  let units: readonly AgreementBlock[];
  if (unit === 'blocks') {
    if (!input.blocks) throw new AgreementInputError('Agreement per block needs the blocks (speaker turns or paragraphs) of the compared sources; none were given.');
    checkBlocks(input.blocks, input);
    units = input.blocks;
  } else {
    // A whole source as one unit; an empty source cannot hold a coding but still counts as a unit.
    units = prepared.sources.map((s) => ({ sourceId: s.sourceId, start: 0, end: s.length }));
  }

  const overall = new PatternCounts(m);
  const codes = prepared.codeIds.map((codeId) => {
    const patterns = new PatternCounts(m);
    for (const u of units) {
      const perCoder = intervalsFor(prepared, codeId, u.sourceId);
      const key = perCoder.map((list) => (unit === 'sources' ? list.length > 0 : overlapsAny(list, u.start, u.end)) ? '1' : '0').join('');
      patterns.add(key, 1);
    }
    overall.addAll(patterns);
    return binaryStatistics(codeId, patterns);
  });
  return { unit, coderIds: prepared.coderIds, codes, overall: binaryStatistics(null, overall), leftOut: prepared.leftOut };
}
