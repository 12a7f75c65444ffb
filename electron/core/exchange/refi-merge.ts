/**
 * Merges a read REFI-QDA project into a Telaah project: users (by GUID, then name), the code tree
 * (by GUID, then by name path under the same parent), variables as attributes (by name), sources (by
 * text hash: the same text is the same source), selections and codings (see refi-merge-sources.ts),
 * cases (by GUID, then name), sets (by GUID, then name) and notes as memos on what their NoteRefs or
 * Links attach them to. GUIDs of the file become the ids of new rows when free, so a second import
 * of the same file, or a supervisor's copy, lines up.
 *
 * Runs synchronously and must be called inside ONE transaction (dispatch's `ctx.write`, or
 * `db.transaction`): when anything throws, nothing of the file is stored. The supervisor merge
 * reuses it with a coder's exported project.
 */
import type Database from 'better-sqlite3';
import type { RefiImportReport } from '../../../shared/api/methods/exchange-methods';
import type { Attribute } from '../../../shared/api/methods/case-methods';
import { splitCodeDescription } from '../../../shared/exchange/code-description';
import { producerPolicy } from '../../../shared/exchange/producer-policy';
import { plainTextToLexicalJson } from '../../../shared/memo/lexical-json';
import { createCode } from '../store/code-store';
import { setCaseValue } from '../store/case-store';
import { nowIso } from '../store/row-helpers';
import { decodeText } from '../importers/text-decoding';
import type { RefiCode, RefiVariableType } from './refi-model';
import type { RefiPackage } from './refi-package';
import { MergeState, isoOrNow, zeroCounts, type MergeOptions, type NoteTarget } from './refi-merge-state';
import { mergeSources } from './refi-merge-sources';
import { setProjectName } from '../store/project-meta';

export type { MergeOptions } from './refi-merge-state';

export function mergeRefiProject(db: Database.Database, pkg: RefiPackage, options: MergeOptions): RefiImportReport {
  const p = pkg.project;
  const producer = producerPolicy(p.origin);
  const report: RefiImportReport = {
    file: pkg.fileName,
    projectName: p.name,
    origin: p.origin,
    producer: producer.producer,
    positionCounting: producer.counting,
    imported: zeroCounts(),
    matched: zeroCounts(),
    skipped: [...p.skipped],
    warnings: [...p.warnings],
  };
  const state = new MergeState(db, pkg, options, report);
  if (options.setProjectName && p.name.trim()) {
    setProjectName(db, p.name.trim());
  }
  mergeUsers(state);
  mergeCodes(state, p.codes, null);
  const notCodable = countNotCodable(p.codes);
  if (notCodable > 0) {
    report.warnings.push(`${notCodable} code(s) are marked not codable (categories) in the file; in Telaah they are ordinary codes.`);
  }
  mergeVariables(state);
  mergeSources(state);
  mergeCases(state);
  mergeSets(state);
  mergeNotes(state);
  return report;
}

function countNotCodable(codes: RefiCode[]): number {
  return codes.reduce((n, c) => n + (c.isCodable ? 0 : 1) + countNotCodable(c.children), 0);
}

function mergeUsers(state: MergeState): void {
  const { db, report } = state;
  for (const u of state.pkg.project.users) {
    const name = u.name.trim() || `User ${u.guid.slice(0, 8)}`;
    const byId = db.prepare('SELECT id FROM users WHERE id = ?').get(u.guid) as { id: string } | undefined;
    const byName = byId ?? (db.prepare('SELECT id FROM users WHERE name = ? COLLATE NOCASE').get(name) as { id: string } | undefined);
    if (byName) {
      state.userIds.set(u.guid, byName.id);
      report.matched.users++;
      continue;
    }
    db.prepare('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)').run(u.guid, name, nowIso());
    state.userIds.set(u.guid, u.guid);
    report.imported.users++;
  }
}

function mergeCodes(state: MergeState, codes: RefiCode[], parentId: string | null): void {
  const { db, report } = state;
  for (const c of codes) {
    const name = c.name.trim() || `Unnamed code ${c.guid.slice(0, 8)}`;
    const byId = db.prepare('SELECT id FROM codes WHERE id = ?').get(c.guid) as { id: string } | undefined;
    const existing =
      byId ??
      (db.prepare(`SELECT id FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '') AND name = ? COLLATE NOCASE`).get(parentId, name) as
        | { id: string }
        | undefined);
    let id: string;
    if (existing) {
      id = existing.id;
      report.matched.codes++;
    } else {
      const def = splitCodeDescription(c.description);
      id = createCode(db, { name, parentId, ...(c.color ? { color: c.color } : {}), ...def, createdBy: state.options.coderId }, state.idFor('codes', c.guid));
      report.imported.codes++;
    }
    state.codeIds.set(c.guid, id);
    for (const n of c.noteRefs) state.addNoteTarget(n, { target: { kind: 'code', id }, label: `code "${name}"` });
    mergeCodes(state, c.children, id);
  }
}

const ATTRIBUTE_TYPE: Record<RefiVariableType, Attribute['type']> = {
  Text: 'text',
  Boolean: 'boolean',
  Integer: 'number',
  Float: 'number',
  Date: 'date',
  DateTime: 'date',
};

function mergeVariables(state: MergeState): void {
  const { db, report } = state;
  const p = state.pkg.project;
  const onCases = new Set(p.cases.flatMap((c) => c.values.map((v) => v.variableGuid)));
  const onSources = new Set(p.textSources.flatMap((s) => s.values.map((v) => v.variableGuid)));
  for (const v of p.variables) {
    const name = v.name.trim() || `Variable ${v.guid.slice(0, 8)}`;
    const scope: 'case' | 'source' = onCases.has(v.guid) || !onSources.has(v.guid) ? 'case' : 'source';
    if (onCases.has(v.guid) && onSources.has(v.guid)) {
      report.warnings.push(`Variable "${name}" has values for both cases and sources; Telaah keeps it as a case attribute and skips the source values.`);
    }
    const row = db.prepare('SELECT id, scope FROM attributes WHERE name = ? COLLATE NOCASE').get(name) as { id: string; scope: 'case' | 'source' } | undefined;
    if (row) {
      state.attributeIds.set(v.guid, { id: row.id, scope: row.scope });
      report.matched.attributes++;
      continue;
    }
    const id = state.idFor('attributes', v.guid);
    const next = (db.prepare('SELECT coalesce(max(sort_key), 0) + 1 AS k FROM attributes').get() as { k: number }).k;
    db.prepare('INSERT INTO attributes (id, name, type, scope, sort_key) VALUES (?, ?, ?, ?, ?)').run(id, name, ATTRIBUTE_TYPE[v.type], scope, next);
    state.attributeIds.set(v.guid, { id, scope });
    report.imported.attributes++;
  }
}

function mergeCases(state: MergeState): void {
  const { db, report } = state;
  for (const c of state.pkg.project.cases) {
    const name = c.name.trim() || `Case ${c.guid.slice(0, 8)}`;
    const row =
      (db.prepare('SELECT id FROM cases WHERE id = ?').get(c.guid) as { id: string } | undefined) ??
      (db.prepare('SELECT id FROM cases WHERE name = ? COLLATE NOCASE').get(name) as { id: string } | undefined);
    let id: string;
    if (row) {
      id = row.id;
      report.matched.cases++;
    } else {
      id = state.idFor('cases', c.guid);
      db.prepare('INSERT INTO cases (id, name, description, created_at) VALUES (?, ?, ?, ?)').run(id, name, c.description, nowIso());
      report.imported.cases++;
    }
    state.caseIds.set(c.guid, id);
    const link = db.prepare('INSERT OR IGNORE INTO case_sources (case_id, source_id) VALUES (?, ?)');
    let missing = 0;
    for (const s of c.sourceRefs) {
      const sourceId = state.sourceIds.get(s);
      if (sourceId) link.run(id, sourceId);
      else missing++;
    }
    if (missing > 0) state.skip('case member', name, `${missing} of its sources were not imported`);
    if (c.selectionRefs.length > 0) {
      state.skip('case member', name, `${c.selectionRefs.length} link(s) to parts of sources (Telaah cases hold whole sources)`);
    }
    if (c.codeRefs.length > 0) state.skip('case coding', name, `${c.codeRefs.length} code(s) applied to the case itself (Telaah codes text)`);
    for (const v of c.values) {
      const a = state.attributeIds.get(v.variableGuid);
      if (!a) {
        state.skip('case value', name, `it refers to variable ${v.variableGuid}, which the file does not define`);
        continue;
      }
      if (a.scope !== 'case') {
        state.skip('case value', name, 'the variable is a source attribute in this project');
        continue;
      }
      setCaseValue(db, a.id, id, v.value);
    }
  }
}

function mergeSets(state: MergeState): void {
  const { db, report } = state;
  for (const s of state.pkg.project.sets) {
    const name = s.name.trim() || `Set ${s.guid.slice(0, 8)}`;
    const row =
      (db.prepare('SELECT id FROM sets WHERE id = ?').get(s.guid) as { id: string } | undefined) ??
      (db.prepare('SELECT id FROM sets WHERE name = ? COLLATE NOCASE').get(name) as { id: string } | undefined);
    let id: string;
    if (row) {
      id = row.id;
      report.matched.sets++;
    } else {
      id = state.idFor('sets', s.guid);
      db.prepare('INSERT INTO sets (id, name, description, created_at) VALUES (?, ?, ?, ?)').run(id, name, s.description, nowIso());
      report.imported.sets++;
    }
    const add = db.prepare('INSERT OR IGNORE INTO set_sources (set_id, source_id) VALUES (?, ?)');
    let missing = 0;
    for (const m of s.memberSources) {
      const sourceId = state.sourceIds.get(m);
      if (sourceId) add.run(id, sourceId);
      else missing++;
    }
    if (missing > 0) state.skip('set member', name, `${missing} of its sources were not imported`);
    if (s.memberCodes.length > 0) state.skip('set member', name, `${s.memberCodes.length} code(s): Telaah sets group sources, not codes`);
    if (s.memberNotes.length > 0) state.skip('set member', name, `${s.memberNotes.length} note(s): Telaah sets group sources, not memos`);
  }
}

function noteText(state: MergeState, n: { text: string | null; plainTextPath: string | null; name: string }): string {
  if (n.text !== null) return n.text;
  if (!n.plainTextPath) return '';
  const f = state.pkg.resolve(n.plainTextPath);
  if (!f.ok) {
    state.report.warnings.push(`Note "${n.name}": ${f.reason}; the memo was created without its text.`);
    return '';
  }
  return decodeText(f.bytes, f.entry).text;
}

function insertMemo(state: MergeState, guid: string | null, target: NoteTarget['target'], title: string, text: string, created: string | null, modified: string | null, by: string | null): void {
  const { db, report } = state;
  const plain = text.replace(/\r\n?/g, '\n');
  if (guid) {
    const same = db.prepare('SELECT plain_text AS t FROM memos WHERE id = ?').get(guid) as { t: string } | undefined;
    if (same && same.t === plain) {
      report.matched.memos++;
      return;
    }
  }
  const cols: Record<string, string | null> = { source_id: null, code_id: null, coding_id: null, case_id: null };
  if (target.kind !== 'project') cols[`${target.kind}_id`] = target.id;
  db.prepare(
    `INSERT INTO memos (id, target_kind, source_id, code_id, coding_id, case_id, title, content_json, plain_text, created_at, updated_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    guid ? state.idFor('memos', guid) : crypto.randomUUID(),
    target.kind,
    cols.source_id,
    cols.code_id,
    cols.coding_id,
    cols.case_id,
    title,
    plainTextToLexicalJson(plain),
    plain,
    isoOrNow(created),
    isoOrNow(modified ?? created),
    by,
  );
  report.imported.memos++;
}

function mergeNotes(state: MergeState): void {
  const p = state.pkg.project;
  for (const g of p.projectNoteRefs) state.addNoteTarget(g, { target: { kind: 'project' }, label: 'the project' });
  // Links from a note to a case, code or source attach it there (Telaah's own export writes case
  // memos this way, as a Case has no NoteRef in the schema).
  const noteGuids = new Set(p.notes.map((n) => n.guid));
  const linkedElsewhere = new Map<string, string>();
  for (const l of p.links) {
    if (!l.originGuid || !l.targetGuid || !noteGuids.has(l.originGuid)) continue;
    const caseId = state.caseIds.get(l.targetGuid);
    const codeId = state.codeIds.get(l.targetGuid);
    const sourceId = state.sourceIds.get(l.targetGuid);
    const codings = state.selectionCodings.get(l.targetGuid);
    if (caseId) state.addNoteTarget(l.originGuid, { target: { kind: 'case', id: caseId }, label: 'a case' });
    else if (codeId) state.addNoteTarget(l.originGuid, { target: { kind: 'code', id: codeId }, label: 'a code' });
    else if (sourceId) state.addNoteTarget(l.originGuid, { target: { kind: 'source', id: sourceId }, label: 'a source' });
    else if (codings?.[0]) state.addNoteTarget(l.originGuid, { target: { kind: 'coding', id: codings[0] }, label: 'a coding' });
    else linkedElsewhere.set(l.originGuid, l.name || 'a link');
  }
  for (const l of p.links) {
    if (!l.originGuid || !noteGuids.has(l.originGuid)) {
      state.skip('link', l.name, 'Telaah keeps links only from a note to a case, code, source or coding');
    }
  }
  for (const n of p.notes) {
    const targets = state.noteTargets.get(n.guid) ?? [];
    const text = noteText(state, n);
    const body = n.description && text ? `${n.description}\n\n${text}` : n.description || text;
    const first = targets[0];
    if (!first && linkedElsewhere.has(n.guid)) {
      state.report.warnings.push(`Note "${n.name}" was linked (${linkedElsewhere.get(n.guid)}) to something Telaah did not import; it became a project memo.`);
    }
    if (targets.length > 1) {
      state.report.warnings.push(`Note "${n.name}" is attached to ${targets.length} things; Telaah attached it to ${first!.label} only.`);
    }
    insertMemo(state, n.guid, first?.target ?? { kind: 'project' }, n.name, body, n.created, n.modified, n.creatingUser ? state.userFor(n.creatingUser) : null);
  }
  for (const c of state.selectionComments) {
    const t = state.noteTargets.get(c.key)?.[0];
    if (t) insertMemo(state, null, t.target, c.title, c.text, c.created, null, null);
  }
  for (const ref of state.noteTargets.keys()) {
    if (!ref.startsWith('desc:') && !noteGuids.has(ref)) {
      state.report.warnings.push(`A NoteRef points to note ${ref}, which is not in the file's <Notes>.`);
    }
  }
  if (p.description.trim()) insertMemo(state, null, { kind: 'project' }, 'Project description', p.description, null, null, null);
}
