import type Database from 'better-sqlite3';
import { mergeIntervals } from '../../../shared/analysis/agreement/coding-intervals';
import type { AgreementUnit, Disagreement, DisagreementCoding } from '../../../shared/api/methods/review-methods';
import { PositionIndex } from '../../../shared/text/positions';
import { type StoredCoding, codePaths, loadAgreementInput } from './agreement-input';
import { findDecision } from './disagreement-decisions';
import { BlockFinder } from '../store/source-blocks';

export interface DisagreementOptions {
  /** Exactly two coders: A and B. */
  coderIds: readonly [string, string] | readonly string[];
  unit: AgreementUnit;
  overlap?: number;
  codeIds?: readonly string[];
  sourceIds?: readonly string[];
  contextChars?: number;
  includeSettled?: boolean;
}

type Interval = [number, number];

interface Place {
  codeId: string;
  sourceId: string;
  start: number;
  end: number;
  kind: Disagreement['kind'];
  codingsA: StoredCoding[];
  codingsB: StoredCoding[];
  overlap: number | null;
}

const MAX_TEXT = 2000;

function overlapping(codings: readonly StoredCoding[], start: number, end: number): StoredCoding[] {
  return codings.filter((c) => c.start < end && c.end > start);
}

/** Groups two coders' merged intervals into places where their codings overlap (strictly). */
function clusters(a: readonly Interval[], b: readonly Interval[]): { start: number; end: number; a: Interval[]; b: Interval[] }[] {
  const all = [...a.map((i) => ({ i, who: 0 })), ...b.map((i) => ({ i, who: 1 }))].sort((x, y) => x.i[0] - y.i[0]);
  const out: { start: number; end: number; a: Interval[]; b: Interval[] }[] = [];
  for (const { i, who } of all) {
    const last = out[out.length - 1];
    if (last && i[0] < last.end) {
      last.end = Math.max(last.end, i[1]);
      (who === 0 ? last.a : last.b).push(i);
    } else {
      out.push({ start: i[0], end: i[1], a: who === 0 ? [i] : [], b: who === 1 ? [i] : [] });
    }
  }
  return out;
}

function ratio(s: Interval, t: Interval): number {
  const shared = Math.min(s[1], t[1]) - Math.max(s[0], t[0]);
  if (shared <= 0) return 0;
  return shared / (s[1] - s[0] + (t[1] - t[0]) - shared);
}

function bestRatio(s: Interval, others: readonly Interval[]): number {
  let best = 0;
  for (const t of others) best = Math.max(best, ratio(s, t));
  return best;
}

function kindOf(a: readonly unknown[], b: readonly unknown[]): Disagreement['kind'] {
  return b.length === 0 ? 'only-a' : a.length === 0 ? 'only-b' : 'differs';
}

/**
 * Every place where coders A and B differ, by the rule of the chosen unit:
 * - characters: a place is a run of text where either coder's codings of one code overlap; it is a
 *   disagreement unless both coders covered exactly the same characters there;
 * - segments: the same places, a disagreement unless every segment in it has a partner of the other
 *   coder overlapping by at least `overlap` (|s ∩ t| / |s ∪ t|), as in the agreement figures;
 * - presence-turn: a block (speaker turn, paragraph) one coder coded with the code and the other not;
 * - presence-source: a source one coder used the code in and the other not (the place spans that
 *   coder's codings).
 * Each place lists both coders' codings of the code that overlap it, with the text and its context.
 */
export function listDisagreements(db: Database.Database, options: DisagreementOptions): Disagreement[] {
  const [coderA, coderB] = options.coderIds as [string, string];
  const input = loadAgreementInput(db, options);
  const wantedCodes = options.codeIds ? new Set(options.codeIds) : null;
  const sourceSet = new Set(input.sources.map((s) => s.sourceId));
  const threshold = options.overlap ?? 0.9;

  // code → source → [A's codings, B's codings]
  const grouped = new Map<string, Map<string, [StoredCoding[], StoredCoding[]]>>();
  for (const c of input.codings) {
    if (c.start >= c.end || !sourceSet.has(c.sourceId) || (wantedCodes && !wantedCodes.has(c.codeId))) continue;
    let bySource = grouped.get(c.codeId);
    if (!bySource) grouped.set(c.codeId, (bySource = new Map()));
    let pair = bySource.get(c.sourceId);
    if (!pair) bySource.set(c.sourceId, (pair = [[], []]));
    pair[c.coderId === coderA ? 0 : 1].push(c);
  }

  const blocksBySource = new Map<string, { start: number; end: number }[]>();
  for (const b of input.blocks) {
    const list = blocksBySource.get(b.sourceId) ?? [];
    list.push(b);
    blocksBySource.set(b.sourceId, list);
  }

  const places: Place[] = [];
  for (const [codeId, bySource] of grouped) {
    for (const [sourceId, [codingsA, codingsB]] of bySource) {
      if (options.unit === 'presence-source') {
        if ((codingsA.length > 0) === (codingsB.length > 0)) continue;
        const present = codingsA.length > 0 ? codingsA : codingsB;
        places.push({
          codeId,
          sourceId,
          start: Math.min(...present.map((c) => c.start)),
          end: Math.max(...present.map((c) => c.end)),
          kind: kindOf(codingsA, codingsB),
          codingsA,
          codingsB,
          overlap: null,
        });
        continue;
      }
      if (options.unit === 'presence-turn') {
        for (const block of blocksBySource.get(sourceId) ?? []) {
          const inA = overlapping(codingsA, block.start, block.end);
          const inB = overlapping(codingsB, block.start, block.end);
          if ((inA.length > 0) === (inB.length > 0)) continue;
          places.push({ codeId, sourceId, start: block.start, end: block.end, kind: kindOf(inA, inB), codingsA: inA, codingsB: inB, overlap: null });
        }
        continue;
      }
      const mergedA = mergeIntervals(codingsA.map((c) => [c.start, c.end] as const));
      const mergedB = mergeIntervals(codingsB.map((c) => [c.start, c.end] as const));
      for (const cl of clusters(mergedA, mergedB)) {
        let agrees: boolean;
        let best: number | null = null;
        if (options.unit === 'segments') {
          const ratios = [...cl.a.map((s) => bestRatio(s, cl.b)), ...cl.b.map((s) => bestRatio(s, cl.a))];
          best = Math.max(0, ...ratios);
          agrees = ratios.every((r) => r >= threshold);
        } else {
          agrees = cl.a.length === cl.b.length && cl.a.every((s, i) => s[0] === cl.b[i]![0] && s[1] === cl.b[i]![1]);
        }
        if (agrees) continue;
        places.push({
          codeId,
          sourceId,
          start: cl.start,
          end: cl.end,
          kind: kindOf(cl.a, cl.b),
          codingsA: overlapping(codingsA, cl.start, cl.end),
          codingsB: overlapping(codingsB, cl.start, cl.end),
          overlap: best,
        });
      }
    }
  }

  const paths = codePaths(db);
  const k = options.contextChars ?? 80;
  const sourceRows = new Map<string, { name: string; index: PositionIndex }>();
  const sourceOf = (id: string) => {
    let row = sourceRows.get(id);
    if (!row) {
      const r = db.prepare('SELECT name, text FROM sources WHERE id = ?').get(id) as { name: string; text: string };
      row = { name: r.name, index: new PositionIndex(r.text) };
      sourceRows.set(id, row);
    }
    return row;
  };
  const blocks = new BlockFinder(db);
  const toCoding = (c: StoredCoding): DisagreementCoding => ({ id: c.id, start: c.start, end: c.end, snippet: c.snippet.slice(0, MAX_TEXT) });

  const out: Disagreement[] = [];
  for (const p of places) {
    const decision = findDecision(db, { coderA, coderB, codeId: p.codeId, sourceId: p.sourceId, start: p.start, end: p.end });
    if (decision?.action === 'keep-both' && !options.includeSettled) continue;
    const src = sourceOf(p.sourceId);
    const length = src.index.length;
    const speaker = blocks.at(p.sourceId, p.start)?.block.speaker ?? null;
    out.push({
      key: `${p.codeId}:${p.sourceId}:${p.start}-${p.end}`,
      codeId: p.codeId,
      codeName: paths.get(p.codeId) ?? p.codeId,
      sourceId: p.sourceId,
      sourceName: src.name,
      start: p.start,
      end: p.end,
      kind: p.kind,
      codingsA: p.codingsA.map(toCoding),
      codingsB: p.codingsB.map(toCoding),
      overlap: p.overlap,
      speaker,
      text: src.index.slice(p.start, Math.min(p.end, p.start + MAX_TEXT)),
      contextBefore: src.index.slice(Math.max(0, p.start - k), p.start),
      contextAfter: src.index.slice(p.end, Math.min(length, p.end + k)),
      decision: decision ? { action: decision.action, threadId: decision.threadId, decidedAt: decision.decidedAt } : null,
    });
  }
  out.sort((x, y) => x.sourceName.localeCompare(y.sourceName) || x.start - y.start || x.end - y.end || x.codeName.localeCompare(y.codeName));
  return out;
}
