import type Database from 'better-sqlite3';
import { codeTreeOrder, type OrderedCode } from '../../../shared/analysis/matrix/code-hierarchy';
import type { AttributeValueType } from '../../../shared/analysis/matrix/matrix-order';

/**
 * The small tables a matrix needs (sources, codes, coders, cases, sets and their links), each with
 * a dense integer index so that facts and axes are typed arrays. Loaded per query: these tables hold
 * hundreds to a few thousand rows, read in a few milliseconds.
 */
export interface ProjectIndex {
  /** In id order (not name order: see loadProjectIndex). rowids let facts read as integers be numbered (see matrix-facts-query.ts). */
  sources: { id: string; rowid: number; name: string; wordCount: number; sourceDate: string | null }[];
  sourceIndex: Map<string, number>;
  /** Codes in tree order (depth first). */
  codes: (OrderedCode & { color: string; rowid: number })[];
  codeIndex: Map<string, number>;
  coders: { id: string; rowid: number; name: string }[];
  coderIndex: Map<string, number>;
  cases: { id: string; name: string }[];
  caseIndex: Map<string, number>;
  sets: { id: string; name: string }[];
  setIndex: Map<string, number>;
  casesOfSource: number[][];
  setsOfSource: number[][];
}

function indexBy<T extends { id: string }>(items: T[]): Map<string, number> {
  const m = new Map<string, number>();
  items.forEach((it, i) => m.set(it.id, i));
  return m;
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' });

export function loadProjectIndex(db: Database.Database): ProjectIndex {
  const sources = db
    .prepare('SELECT id, rowid, name, word_count AS wordCount, source_date AS sourceDate FROM sources ORDER BY id')
    .all() as ProjectIndex['sources'];
  const rawCodes = db.prepare('SELECT id, rowid, parent_id AS parentId, name, sort_key AS sortKey, color FROM codes').all() as {
    id: string;
    rowid: number;
    parentId: string | null;
    name: string;
    sortKey: number;
    color: string;
  }[];
  const codes = codeTreeOrder(rawCodes);
  const coders = (db.prepare('SELECT id, rowid, name FROM users').all() as { id: string; rowid: number; name: string }[]).sort(byName);
  const cases = (db.prepare('SELECT id, name FROM cases').all() as { id: string; name: string }[]).sort(byName);
  const sets = (db.prepare('SELECT id, name FROM sets').all() as { id: string; name: string }[]).sort(byName);
  const index: ProjectIndex = {
    sources,
    sourceIndex: indexBy(sources),
    codes,
    codeIndex: indexBy(codes),
    coders,
    coderIndex: indexBy(coders),
    cases,
    caseIndex: indexBy(cases),
    sets,
    setIndex: indexBy(sets),
    casesOfSource: sources.map(() => []),
    setsOfSource: sources.map(() => []),
  };
  for (const r of db.prepare('SELECT case_id AS c, source_id AS s FROM case_sources').raw().all() as [string, string][]) {
    const s = index.sourceIndex.get(r[1]);
    const c = index.caseIndex.get(r[0]);
    if (s !== undefined && c !== undefined) index.casesOfSource[s]!.push(c);
  }
  for (const r of db.prepare('SELECT set_id, source_id FROM set_sources').raw().all() as [string, string][]) {
    const s = index.sourceIndex.get(r[1]);
    const t = index.setIndex.get(r[0]);
    if (s !== undefined && t !== undefined) index.setsOfSource[s]!.push(t);
  }
  for (const list of [...index.casesOfSource, ...index.setsOfSource]) list.sort((a, b) => a - b);
  return index;
}

export interface AttributeInfo {
  id: string;
  name: string;
  type: AttributeValueType;
  scope: 'case' | 'source';
}

export function getAttribute(db: Database.Database, id: string): AttributeInfo | undefined {
  return db.prepare('SELECT id, name, type, scope FROM attributes WHERE id = ?').get(id) as AttributeInfo | undefined;
}

/**
 * The attribute's values per source: a source attribute's own value, or the values of the source's
 * cases for a case attribute (a source of two cases with different values has both).
 */
export function attributeValuesOfSources(db: Database.Database, index: ProjectIndex, attr: AttributeInfo): string[][] {
  const out: string[][] = index.sources.map(() => []);
  if (attr.scope === 'source') {
    for (const [sourceId, value] of db.prepare('SELECT source_id, value FROM source_attribute_values WHERE attribute_id = ?').raw().all(attr.id) as [string, string][]) {
      const s = index.sourceIndex.get(sourceId);
      if (s !== undefined) out[s]!.push(value);
    }
    return out;
  }
  const valueOfCase = attributeValuesOfCases(db, index, attr);
  index.casesOfSource.forEach((cases, s) => {
    const values = new Set<string>();
    for (const c of cases) {
      const v = valueOfCase[c];
      if (v !== null && v !== undefined) values.add(v);
    }
    out[s] = [...values];
  });
  return out;
}

/** A case attribute's value per case (null: none). */
export function attributeValuesOfCases(db: Database.Database, index: ProjectIndex, attr: AttributeInfo): (string | null)[] {
  const out: (string | null)[] = index.cases.map(() => null);
  if (attr.scope !== 'case') return out;
  for (const [caseId, value] of db.prepare('SELECT case_id, value FROM case_attribute_values WHERE attribute_id = ?').raw().all(attr.id) as [string, string][]) {
    const c = index.caseIndex.get(caseId);
    if (c !== undefined) out[c] = value;
  }
  return out;
}
