/**
 * Character-level agreement, as NVivo's coding comparison: every character (code point) of every
 * compared source is one unit, for each code; each coder either coded it with that code or not.
 *
 * Computed by interval arithmetic: per code and source, the coders' merged intervals are swept once
 * and each stretch between two interval boundaries adds its length to the pattern of coders covering
 * it; the rest of the source is "coded by nobody". Cost is proportional to the number of codings,
 * never to the length of the text.
 *
 * Reported per code (pooled over the compared sources), per code and source (NVivo reports this
 * level), and for all codes pooled (a unit is then one character for one code). NVivo averages the
 * per-source figures weighted by source size; pooling the units gives the same percentage agreement,
 * but kappa is computed here once on the pooled units rather than averaged.
 */
import { PatternCounts, type BinaryAgreementStatistics, binaryStatistics, noneCoded } from './binary-unit-statistics';
import { type CodingAgreementInput, type IntervalList, type PreparedCodings, intervalsFor, prepareCodings } from './coding-intervals';

export interface SourceCharacterAgreement extends BinaryAgreementStatistics {
  readonly sourceId: string;
}

export interface CodeCharacterAgreement extends BinaryAgreementStatistics {
  readonly perSource: readonly SourceCharacterAgreement[];
}

export interface CharacterAgreementResult {
  readonly unit: 'characters';
  readonly coderIds: readonly string[];
  readonly codes: readonly CodeCharacterAgreement[];
  readonly overall: BinaryAgreementStatistics;
  readonly leftOut: PreparedCodings['leftOut'];
}

/**
 * Adds to `patterns` one pattern count per stretch of a source of `length` code points, given each
 * coder's disjoint sorted intervals.
 */
export function sweepCharacterPatterns(length: number, perCoder: readonly IntervalList[], patterns: PatternCounts): void {
  const events: [number, number, 1 | -1][] = [];
  perCoder.forEach((list, coder) => {
    for (const [s, e] of list) {
      events.push([s, coder, 1], [e, coder, -1]);
    }
  });
  events.sort((a, b) => a[0] - b[0]);
  const inside = perCoder.map(() => '0');
  let position = 0;
  for (const [at, coder, step] of events) {
    if (at > position) {
      patterns.add(inside.join(''), at - position);
      position = at;
    }
    inside[coder] = step === 1 ? '1' : '0';
  }
  // The stretch after the last boundary is coded by nobody (every interval has ended).
  if (length > position) patterns.add(noneCoded(perCoder.length), length - position);
}

export function characterAgreement(input: CodingAgreementInput): CharacterAgreementResult {
  const prepared = prepareCodings(input);
  const m = prepared.coderIds.length;
  const overall = new PatternCounts(m);
  const codes = prepared.codeIds.map((codeId) => {
    const perCode = new PatternCounts(m);
    const perSource = prepared.sources.map((source) => {
      const patterns = new PatternCounts(m);
      sweepCharacterPatterns(source.length, intervalsFor(prepared, codeId, source.sourceId), patterns);
      perCode.addAll(patterns);
      return { ...binaryStatistics(codeId, patterns), sourceId: source.sourceId };
    });
    overall.addAll(perCode);
    return { ...binaryStatistics(codeId, perCode), perSource };
  });
  return { unit: 'characters', coderIds: prepared.coderIds, codes, overall: binaryStatistics(null, overall), leftOut: prepared.leftOut };
}
