import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { MatrixDimension, MatrixFilters, MatrixResult, MatrixSpec } from '../../../shared/api/methods/analysis-methods';
import { codeMembership } from '../../../shared/analysis/matrix/code-hierarchy';
import { countMatrix } from '../../../shared/analysis/matrix/count-matrix';
import { compareAttributeValues, orderAxis, permuteMatrix } from '../../../shared/analysis/matrix/matrix-order';
import type { MatrixAxis, MatrixFacts } from '../../../shared/analysis/matrix/matrix-types';
import { normalizeMatrix, wordsPerMember } from '../../../shared/analysis/matrix/normalize-matrix';
import { attributeValuesOfCases, attributeValuesOfSources, byName, getAttribute, loadProjectIndex, type ProjectIndex } from './project-index';
import { sourceWordCounter } from './word-index-cache';
import { cachedFacts } from './matrix-facts-query';

/** Everything computed before counting: the facts in scope and both axes. Reused by drill-down. */
export interface PreparedMatrix {
  index: ProjectIndex;
  facts: MatrixFacts;
  rows: MatrixAxis;
  columns: MatrixAxis;
  /** Sources passing the filters (coded or not): the words behind per-1,000-words figures. */
  scopeSources: number[];
  rowSortValues: (string | null)[] | null;
  columnSortValues: (string | null)[] | null;
  rowSortType: 'text' | 'number' | 'date' | 'boolean';
  columnSortType: 'text' | 'number' | 'date' | 'boolean';
}

const DIMENSION_LABEL: Record<MatrixDimension['kind'], string> = {
  cases: 'Cases',
  sources: 'Sources',
  sets: 'Sets',
  coders: 'Coders',
  codes: 'Codes',
  attribute: 'Attribute',
};

function requireAttribute(db: Database.Database, id: string) {
  const attr = getAttribute(db, id);
  if (!attr) throw new ApiError('not-found', `Attribute ${id} does not exist (it may have been deleted).`);
  return attr;
}

function requireIds(kind: string, ids: string[] | undefined, known: Map<string, number>): void {
  for (const id of ids ?? []) {
    if (!known.has(id)) throw new ApiError('not-found', `The matrix names a ${kind} that does not exist: ${id}.`);
  }
}

/** Indices of the sources that pass the set and attribute filters. */
function scopeOf(db: Database.Database, index: ProjectIndex, filters: MatrixFilters): Uint8Array {
  const allowed = new Uint8Array(index.sources.length).fill(1);
  if (filters.setIds && filters.setIds.length > 0) {
    requireIds('set', filters.setIds, index.setIndex);
    const wanted = new Set(filters.setIds.map((id) => index.setIndex.get(id)!));
    index.setsOfSource.forEach((sets, s) => {
      if (!sets.some((t) => wanted.has(t))) allowed[s] = 0;
    });
  }
  if (filters.attribute) {
    const attr = requireAttribute(db, filters.attribute.attributeId);
    const values = new Set(filters.attribute.values);
    attributeValuesOfSources(db, index, attr).forEach((vals, s) => {
      if (!vals.some((v) => values.has(v))) allowed[s] = 0;
    });
  }
  return allowed;
}

/** Codes whose codings count: the filter's codes and, with roll-up, their descendants. */
function codeScope(index: ProjectIndex, codeIds: string[] | undefined, rollUp: boolean): Uint8Array {
  const allowed = new Uint8Array(index.codes.length);
  if (!codeIds || codeIds.length === 0) return allowed.fill(1);
  requireIds('code', codeIds, index.codeIndex);
  const chosen = new Set(codeIds);
  index.codes.forEach((c, i) => {
    let id: string | null = c.id;
    while (id !== null) {
      if (chosen.has(id)) {
        allowed[i] = 1;
        return;
      }
      if (!rollUp) return;
      id = index.codes[index.codeIndex.get(id)!]!.parentId;
    }
  });
  return allowed;
}

/**
 * The facts in scope. Every coding's facts come from the cache (see cachedFacts), already sorted;
 * filtering keeps their order, and with no filter the cached facts are used as they are.
 */
function loadFacts(db: Database.Database, index: ProjectIndex, sourceOk: Uint8Array, codeOk: Uint8Array, coderIds: string[] | undefined): MatrixFacts {
  let coderOk: Uint8Array | null = null;
  if (coderIds && coderIds.length > 0) {
    requireIds('coder', coderIds, index.coderIndex);
    coderOk = new Uint8Array(index.coders.length);
    for (const id of coderIds) coderOk[index.coderIndex.get(id)!] = 1;
  }
  const all = cachedFacts(db, index);
  if (!coderOk && sourceOk.every((ok) => ok === 1) && codeOk.every((ok) => ok === 1)) return all;
  const n = all.length;
  const keep = new Uint8Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (sourceOk[all.source[i]!] && codeOk[all.code[i]!] && (!coderOk || coderOk[all.coder[i]!])) {
      keep[i] = 1;
      k++;
    }
  }
  const pick = (a: Int32Array): Int32Array => {
    const out = new Int32Array(k);
    for (let i = 0, j = 0; i < n; i++) if (keep[i]) out[j++] = a[i]!;
    return out;
  };
  return {
    length: k,
    coding: pick(all.coding),
    selection: pick(all.selection),
    source: pick(all.source),
    start: pick(all.start),
    end: pick(all.end),
    code: pick(all.code),
    coder: pick(all.coder),
  };
}

interface BuiltAxis {
  axis: MatrixAxis;
  sortValues: (string | null)[] | null;
  sortType: 'text' | 'number' | 'date' | 'boolean';
}

function buildAxis(
  db: Database.Database,
  index: ProjectIndex,
  dim: MatrixDimension,
  sourceOk: Uint8Array,
  rollUp: boolean,
  sortAttributeId: string | undefined,
): BuiltAxis {
  const sortAttr = sortAttributeId ? requireAttribute(db, sortAttributeId) : null;
  switch (dim.kind) {
    case 'cases': {
      const members = index.cases.map((c) => ({ key: c.id, label: c.name }));
      const membersOf = index.casesOfSource.map((cases, s) => (sourceOk[s] ? cases : []));
      let sortValues: (string | null)[] | null = null;
      if (sortAttr) {
        if (sortAttr.scope !== 'case') throw new ApiError('invalid-input', `"${sortAttr.name}" is an attribute of sources; cases can only be ordered by a case attribute.`);
        sortValues = attributeValuesOfCases(db, index, sortAttr);
      }
      return { axis: { field: 'source', members, membersOf }, sortValues, sortType: sortAttr?.type ?? 'text' };
    }
    case 'sources': {
      const order = index.sources.map((_, i) => i).filter((s) => sourceOk[s]).sort((a, b) => byName(index.sources[a]!, index.sources[b]!));
      const memberOf = new Map(order.map((s, m) => [s, m]));
      const members = order.map((s) => ({ key: index.sources[s]!.id, label: index.sources[s]!.name }));
      const membersOf = index.sources.map((_, s) => (memberOf.has(s) ? [memberOf.get(s)!] : []));
      let sortValues: (string | null)[];
      let sortType: BuiltAxis['sortType'] = 'date';
      if (sortAttr) {
        const values = attributeValuesOfSources(db, index, sortAttr);
        sortValues = order.map((s) => values[s]![0] ?? null);
        sortType = sortAttr.type;
      } else {
        // Without an attribute, sources are ordered by their date (the time-ordered display).
        sortValues = order.map((s) => index.sources[s]!.sourceDate);
      }
      return { axis: { field: 'source', members, membersOf }, sortValues, sortType };
    }
    case 'sets': {
      const members = index.sets.map((t) => ({ key: t.id, label: t.name }));
      const membersOf = index.setsOfSource.map((sets, s) => (sourceOk[s] ? sets : []));
      return { axis: { field: 'source', members, membersOf }, sortValues: null, sortType: 'text' };
    }
    case 'attribute': {
      const attr = requireAttribute(db, dim.attributeId);
      const valuesOfSource = attributeValuesOfSources(db, index, attr);
      const distinct = new Set<string>();
      valuesOfSource.forEach((vals, s) => {
        if (sourceOk[s]) for (const v of vals) distinct.add(v);
      });
      // Values no in-scope source has (a case without sources) still make a row: an empty group is a finding.
      if (attr.scope === 'case') for (const v of attributeValuesOfCases(db, index, attr)) if (v !== null) distinct.add(v);
      const values = [...distinct].sort((a, b) => compareAttributeValues(a, b, attr.type));
      const memberOf = new Map(values.map((v, m) => [v, m]));
      const members = values.map((v) => ({ key: `value:${v}`, label: v }));
      const membersOf = valuesOfSource.map((vals, s) => (sourceOk[s] ? vals.map((v) => memberOf.get(v)!) : []));
      return { axis: { field: 'source', members, membersOf }, sortValues: values, sortType: attr.type };
    }
    case 'coders': {
      const members = index.coders.map((c) => ({ key: c.id, label: c.name }));
      return { axis: { field: 'coder', members, membersOf: index.coders.map((_, i) => [i]) }, sortValues: null, sortType: 'text' };
    }
    case 'codes': {
      requireIds('code', dim.codeIds, index.codeIndex);
      const wanted = dim.codeIds && dim.codeIds.length > 0 ? new Set(dim.codeIds) : null;
      const shown = index.codes.map((_, i) => i).filter((i) => !wanted || wanted.has(index.codes[i]!.id));
      const members = shown.map((i) => ({ key: index.codes[i]!.id, label: index.codes[i]!.name, depth: index.codes[i]!.depth }));
      return { axis: { field: 'code', members, membersOf: codeMembership(index.codes, shown, rollUp) }, sortValues: null, sortType: 'text' };
    }
  }
}

export function prepareMatrix(db: Database.Database, spec: MatrixSpec): PreparedMatrix {
  if (spec.rows.kind === 'codes' && spec.columns.kind === 'codes') {
    throw new ApiError('invalid-input', 'Codes against codes is the co-occurrence matrix: use analysis.cooccurrence (the Co-occurrence tab).');
  }
  const index = loadProjectIndex(db);
  const sourceOk = scopeOf(db, index, spec.filters);
  const codeOk = codeScope(index, spec.filters.codeIds, spec.rollUp);
  const facts = loadFacts(db, index, sourceOk, codeOk, spec.filters.coderIds);
  const rows = buildAxis(db, index, spec.rows, sourceOk, spec.rollUp, spec.rowSortAttributeId);
  const columns = buildAxis(db, index, spec.columns, sourceOk, spec.rollUp, spec.columnSortAttributeId);
  const scopeSources: number[] = [];
  sourceOk.forEach((ok, s) => ok && scopeSources.push(s));
  return {
    index,
    facts,
    rows: rows.axis,
    columns: columns.axis,
    scopeSources,
    rowSortValues: rows.sortValues,
    columnSortValues: columns.sortValues,
    rowSortType: rows.sortType,
    columnSortType: columns.sortType,
  };
}

/** "Cases × Codes: coded segments", for titles and exports. */
export function describeMatrix(db: Database.Database, spec: MatrixSpec): string {
  const axis = (d: MatrixDimension) => (d.kind === 'attribute' ? `${getAttribute(db, d.attributeId)?.name ?? d.attributeId}` : DIMENSION_LABEL[d.kind]);
  const measure = { codings: 'coded segments', sources: 'sources', cases: 'cases', characters: 'coded characters', words: 'coded words', presence: 'presence' }[spec.measure];
  const norm = { none: '', rowPercent: ', % of row', columnPercent: ', % of column', per1000Words: ', per 1,000 words' }[spec.normalization];
  return `${axis(spec.rows)} × ${axis(spec.columns)}: ${measure}${norm}`;
}

/** Computes a matrix as the API returns it. */
export function runMatrix(db: Database.Database, spec: MatrixSpec): MatrixResult {
  const t0 = performance.now();
  if ((spec.normalization === 'rowPercent' || spec.normalization === 'columnPercent') && spec.measure === 'presence') {
    throw new ApiError('invalid-input', 'Percentages of presence mean nothing: choose a count (codings, sources, cases, words) or no percentage.');
  }
  const p = prepareMatrix(db, spec);
  const counts = countMatrix({
    facts: p.facts,
    rows: p.rows,
    columns: p.columns,
    measure: spec.measure,
    casesOfSource: p.index.casesOfSource,
    wordsOfSource: spec.measure === 'words' ? (s) => sourceWordCounter(db, p.index.sources[s]!.id) : undefined,
  });
  const sourceWords = p.index.sources.map((s) => s.wordCount);
  const shown = normalizeMatrix({
    counts,
    normalization: spec.normalization,
    rowWords: wordsPerMember(p.rows, p.scopeSources, sourceWords),
    columnWords: wordsPerMember(p.columns, p.scopeSources, sourceWords),
    scopeWords: p.scopeSources.reduce((sum, s) => sum + sourceWords[s]!, 0),
  });
  let rowOrder = orderAxis({
    labels: p.rows.members.map((m) => m.label),
    totals: counts.rowTotals,
    order: spec.rowOrder,
    sortValues: p.rowSortValues ?? undefined,
    sortType: p.rowSortType,
  });
  let columnOrder = orderAxis({
    labels: p.columns.members.map((m) => m.label),
    totals: counts.columnTotals,
    order: spec.columnOrder,
    sortValues: p.columnSortValues ?? undefined,
    sortType: p.columnSortType,
  });
  if (spec.hideEmpty) {
    rowOrder = rowOrder.filter((r) => counts.rowTotals[r]! > 0);
    columnOrder = columnOrder.filter((c) => counts.columnTotals[c]! > 0);
  }
  const ordered = permuteMatrix(shown, rowOrder, columnOrder);
  const orderedCounts = permuteMatrix(counts, rowOrder, columnOrder);
  return {
    rows: rowOrder.map((r) => p.rows.members[r]!),
    columns: columnOrder.map((c) => p.columns.members[c]!),
    values: ordered.values,
    counts: orderedCounts.values,
    rowTotals: ordered.rowTotals,
    columnTotals: ordered.columnTotals,
    grandTotal: ordered.grandTotal,
    measure: spec.measure,
    normalization: spec.normalization,
    wordBase: shown.wordBase,
    title: describeMatrix(db, spec),
    codingsConsidered: p.facts.length,
    elapsedMs: Math.round((performance.now() - t0) * 10) / 10,
  };
}
