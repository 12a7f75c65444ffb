/**
 * Codings as the agreement functions read them, checked and grouped: per code, per source, per
 * coder, a sorted list of disjoint half-open intervals [start, end) in code points.
 *
 * Rules (each one is what the researcher sees documented beside the result):
 * - Codings by coders not in `coderIds`, of codes not in `codeIds` (when given), or in sources not
 *   in `sources` are left out: the caller chooses what to compare. They are counted, not silent.
 * - A coding with start = end covers no text and is left out (counted).
 * - A coding with start > end or outside [0, source length] is an error naming the coding.
 * - One coder's codings of one code in one source are merged where they overlap or touch: the unit
 *   functions compare what text a coder coded, not how many times they clicked.
 */
import { AgreementInputError } from './reliability-data';

export interface AgreementCoding {
  readonly coderId: string;
  readonly codeId: string;
  readonly sourceId: string;
  /** Code points from 0, half-open [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface AgreementSource {
  readonly sourceId: string;
  /** Length of the canonical text in code points. */
  readonly length: number;
}

export interface AgreementBlock {
  readonly sourceId: string;
  /** Code points, half-open [start, end); e.g. one speaker turn. */
  readonly start: number;
  readonly end: number;
}

export interface CodingAgreementInput {
  readonly codings: readonly AgreementCoding[];
  /** The sources compared; every code point of each is in the comparison. */
  readonly sources: readonly AgreementSource[];
  /** Blocks (speaker turns, paragraphs) for presence per block. */
  readonly blocks?: readonly AgreementBlock[];
  /** The coders compared, at least two; the order fixes "first" and "second" coder. */
  readonly coderIds: readonly string[];
  /** The codes compared; default: every code of a kept coding, in order of first appearance. */
  readonly codeIds?: readonly string[];
}

/** [start, end) pairs, sorted, disjoint and not touching. */
export type IntervalList = readonly (readonly [number, number])[];

export interface PreparedCodings {
  readonly coderIds: readonly string[];
  readonly codeIds: readonly string[];
  readonly sources: readonly AgreementSource[];
  /** intervals.get(codeId).get(sourceId)[coderIndex]; absent map entries mean "no codings". */
  readonly intervals: ReadonlyMap<string, ReadonlyMap<string, readonly IntervalList[]>>;
  /** Codings left out, by reason. */
  readonly leftOut: { readonly otherCoder: number; readonly otherCode: number; readonly otherSource: number; readonly empty: number };
}

function describeCoding(c: AgreementCoding, i: number): string {
  return `coding ${i + 1} (coder ${JSON.stringify(c.coderId)}, code ${JSON.stringify(c.codeId)}, source ${JSON.stringify(c.sourceId)}, ${c.start}–${c.end})`;
}

export function checkSources(sources: readonly AgreementSource[]): Map<string, AgreementSource> {
  const byId = new Map<string, AgreementSource>();
  sources.forEach((s, i) => {
    if (!(Number.isInteger(s.length) && s.length >= 0)) {
      throw new AgreementInputError(`Source ${i + 1} (${JSON.stringify(s.sourceId)}) has length ${s.length}; a length is a whole number of code points ≥ 0.`);
    }
    if (byId.has(s.sourceId)) throw new AgreementInputError(`Source ${JSON.stringify(s.sourceId)} is listed twice.`);
    byId.set(s.sourceId, s);
  });
  return byId;
}

export function checkCoders(coderIds: readonly string[]): void {
  if (coderIds.length < 2) {
    throw new AgreementInputError(
      `Intercoder agreement needs at least two coders; got ${coderIds.length}${coderIds.length === 1 ? ` (${JSON.stringify(coderIds[0])})` : ''}.`,
    );
  }
  const seen = new Set<string>();
  for (const id of coderIds) {
    if (seen.has(id)) throw new AgreementInputError(`Coder ${JSON.stringify(id)} is listed twice.`);
    seen.add(id);
  }
}

/** Sorts and merges overlapping or touching intervals. */
export function mergeIntervals(intervals: Iterable<readonly [number, number]>): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function prepareCodings(input: CodingAgreementInput): PreparedCodings {
  checkCoders(input.coderIds);
  const sourceById = checkSources(input.sources);
  const coderIndex = new Map(input.coderIds.map((id, i) => [id, i]));
  const wantedCodes = input.codeIds ? new Set(input.codeIds) : null;
  const codeOrder: string[] = input.codeIds ? [...new Set(input.codeIds)] : [];
  const raw = new Map<string, Map<string, [number, number][][]>>();
  const leftOut = { otherCoder: 0, otherCode: 0, otherSource: 0, empty: 0 };

  input.codings.forEach((c, i) => {
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end)) || c.start < 0 || c.start > c.end) {
      throw new AgreementInputError(`${describeCoding(c, i)}: start and end must be whole numbers with 0 ≤ start ≤ end.`);
    }
    const coder = coderIndex.get(c.coderId);
    if (coder === undefined) return void leftOut.otherCoder++;
    if (wantedCodes && !wantedCodes.has(c.codeId)) return void leftOut.otherCode++;
    const source = sourceById.get(c.sourceId);
    if (!source) return void leftOut.otherSource++;
    if (c.end > source.length) {
      throw new AgreementInputError(`${describeCoding(c, i)}: ends after the end of the source (length ${source.length}).`);
    }
    if (c.start === c.end) return void leftOut.empty++;
    let bySource = raw.get(c.codeId);
    if (!bySource) {
      bySource = new Map();
      raw.set(c.codeId, bySource);
      if (!wantedCodes) codeOrder.push(c.codeId);
    }
    let perCoder = bySource.get(c.sourceId);
    if (!perCoder) {
      perCoder = input.coderIds.map(() => []);
      bySource.set(c.sourceId, perCoder);
    }
    perCoder[coder]!.push([c.start, c.end]);
  });

  const intervals = new Map<string, Map<string, IntervalList[]>>();
  for (const [codeId, bySource] of raw) {
    const merged = new Map<string, IntervalList[]>();
    for (const [sourceId, perCoder] of bySource) merged.set(sourceId, perCoder.map((list) => mergeIntervals(list)));
    intervals.set(codeId, merged);
  }
  return { coderIds: input.coderIds, codeIds: codeOrder, sources: input.sources, intervals, leftOut };
}

/** The intervals of one code in one source, one list per coder (empty lists when none). */
export function intervalsFor(prepared: PreparedCodings, codeId: string, sourceId: string): readonly IntervalList[] {
  return prepared.intervals.get(codeId)?.get(sourceId) ?? prepared.coderIds.map(() => []);
}
