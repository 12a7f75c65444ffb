/**
 * Segment agreement, as MAXQDA's "segment agreement" for two coders.
 *
 * Segments: one coder's codings of one code in one source, merged where they overlap or touch.
 * Rule: a segment s of one coder is MATCHED when the other coder has a segment t of the same code in
 * the same source with
 *     |s ∩ t| / |s ∪ t|  ≥  minOverlap      (default 0.9; lengths in code points)
 * i.e. the shared text is at least that share of the text the two segments cover together. Every
 * segment of both coders is checked this way (first coder against second, and second against first),
 * so a matched pair counts as two agreeing segments, as in MAXQDA's result table. The best partner
 * is the one with the largest overlap ratio. With minOverlap above 0.5 matches are one-to-one; at or
 * below 0.5 one segment can be the partner of several.
 *
 * Per code: a = matched segments (of either coder), b = first coder's unmatched, c = second coder's
 * unmatched; percentage agreement = a / (a + b + c).
 *
 * Kappa: a segment comparison has no "neither coder coded it" cell, so Cohen's kappa (and alpha)
 * cannot be formed from it: with that cell 0 they come out near or below 0 whatever the agreement.
 * MAXQDA therefore reports Brennan & Prediger's kappa, p_o = Σa / Σ(a + b + c) over all codes and
 * chance agreement 1/k, k = number of codes in the comparison that either coder used. That is what is
 * computed here, as `kappa`; it is NOT Cohen's kappa and is labelled differently in the UI.
 */
import { type BrennanPredigerKappaResult, brennanPredigerKappa } from './brennan-prediger-kappa';
import { type CodingAgreementInput, type IntervalList, type PreparedCodings, intervalsFor, prepareCodings } from './coding-intervals';
import { type PercentAgreementResult, percentAgreementFromUnits } from './percent-agreement';
import { AgreementInputError } from './reliability-data';

export const DEFAULT_MIN_SEGMENT_OVERLAP = 0.9;

export interface SegmentComparison {
  /** Index into coderIds (0 first coder, 1 second). */
  readonly coder: number;
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** The other coder's segment with the largest overlap ratio, or null when none overlaps. */
  readonly partner: { readonly start: number; readonly end: number } | null;
  /** |s ∩ t| / |s ∪ t| with the partner; 0 when there is none. */
  readonly overlap: number;
  readonly matched: boolean;
}

export interface CodeSegmentAgreement {
  /** null = all codes pooled. */
  readonly codeId: string | null;
  /** a + b + c */
  readonly segments: number;
  /** a: segments of either coder with a match. */
  readonly matched: number;
  /** b */
  readonly unmatchedFirst: number;
  /** c */
  readonly unmatchedSecond: number;
  /** a / (a + b + c) */
  readonly percentAgreement: PercentAgreementResult;
  /** Every segment and its best partner (per code only; empty for the pooled row). */
  readonly comparisons: readonly SegmentComparison[];
}

export interface SegmentAgreementResult {
  readonly unit: 'segments';
  readonly coderIds: readonly string[];
  readonly minOverlap: number;
  readonly codes: readonly CodeSegmentAgreement[];
  readonly overall: CodeSegmentAgreement;
  /** MAXQDA-style kappa (Brennan & Prediger, chance = 1/k); see the file comment. */
  readonly kappa: BrennanPredigerKappaResult;
  readonly leftOut: PreparedCodings['leftOut'];
}

/** Compares every segment of `mine` with the overlapping ones of `theirs` (both sorted, disjoint). */
function compareSegments(coder: number, sourceId: string, mine: IntervalList, theirs: IntervalList, minOverlap: number): SegmentComparison[] {
  return mine.map(([s, e]) => {
    // First of `theirs` ending after s; scan while they start before e.
    let lo = 0;
    let hi = theirs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (theirs[mid]![1] <= s) lo = mid + 1;
      else hi = mid;
    }
    let best: readonly [number, number] | null = null;
    let bestRatio = 0;
    for (let i = lo; i < theirs.length && theirs[i]![0] < e; i++) {
      const [ts, te] = theirs[i]!;
      const shared = Math.min(e, te) - Math.max(s, ts);
      const union = e - s + (te - ts) - shared;
      const ratio = shared / union;
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = theirs[i]!;
      }
    }
    return {
      coder,
      sourceId,
      start: s,
      end: e,
      partner: best ? { start: best[0], end: best[1] } : null,
      overlap: bestRatio,
      matched: best !== null && bestRatio >= minOverlap,
    };
  });
}

function summarise(codeId: string | null, a: number, b: number, c: number, comparisons: SegmentComparison[]): CodeSegmentAgreement {
  const units = [
    { values: [1, 1], weight: a },
    { values: [1, 0], weight: b },
    { values: [0, 1], weight: c },
  ].filter((u) => u.weight > 0);
  return {
    codeId,
    segments: a + b + c,
    matched: a,
    unmatchedFirst: b,
    unmatchedSecond: c,
    percentAgreement: percentAgreementFromUnits(units, 2),
    comparisons,
  };
}

export function segmentAgreement(input: CodingAgreementInput, minOverlap: number = DEFAULT_MIN_SEGMENT_OVERLAP): SegmentAgreementResult {
  if (!(minOverlap > 0 && minOverlap <= 1)) {
    throw new AgreementInputError(`Segment agreement: the minimum overlap is ${minOverlap}; give a share above 0 and at most 1 (e.g. 0.9 for 90 %).`);
  }
  if (input.coderIds.length > 2) {
    throw new AgreementInputError(
      `Segment agreement compares exactly two coders (MAXQDA's segment comparison); got ${input.coderIds.length}. Compare two at a time, or use character or presence units.`,
    );
  }
  const prepared = prepareCodings(input);
  let totalA = 0;
  let totalB = 0;
  let totalC = 0;
  let codesUsed = 0;
  const codes = prepared.codeIds.map((codeId) => {
    const comparisons: SegmentComparison[] = [];
    for (const source of prepared.sources) {
      const [first, second] = intervalsFor(prepared, codeId, source.sourceId) as [IntervalList, IntervalList];
      comparisons.push(...compareSegments(0, source.sourceId, first, second, minOverlap));
      comparisons.push(...compareSegments(1, source.sourceId, second, first, minOverlap));
    }
    const a = comparisons.filter((x) => x.matched).length;
    const b = comparisons.filter((x) => !x.matched && x.coder === 0).length;
    const c = comparisons.filter((x) => !x.matched && x.coder === 1).length;
    totalA += a;
    totalB += b;
    totalC += c;
    if (comparisons.length > 0) codesUsed++;
    return summarise(codeId, a, b, c, comparisons);
  });
  const overall = summarise(null, totalA, totalB, totalC, []);
  return {
    unit: 'segments',
    coderIds: prepared.coderIds,
    minOverlap,
    codes,
    overall,
    kappa: brennanPredigerKappa(overall.percentAgreement.value, codesUsed),
    leftOut: prepared.leftOut,
  };
}
