/**
 * Sources, selections and codings of a REFI-QDA project into the store.
 *
 * Each text is decoded, made canonical (BOM stripped, CRLF/CR → LF, NFC) and every selection is mapped
 * from the producer's counting onto canonical code points with OriginalPositionMapper, so a CRLF text
 * from Windows or an NVivo export (UTF-16 units) lands on the same characters. Selections that end
 * inside a character are rounded outwards to whole characters and reported; selections outside the
 * text, of zero length after mapping, or without codings are reported and not stored (Telaah codes
 * text, and an empty range codes none). When the selections carry their text as a name (ATLAS.ti and
 * others do) and the producer's counting leaves them off while the other counting fits, the other
 * counting is used for that source and the report says so.
 */
import type { ImportedDocument } from '../importers/imported-document';
import { decodeText } from '../importers/text-decoding';
import { detectTurnBlocks } from '../importers/transcript-turns';
import { canonicalizeText } from '../../../shared/text/canonical';
import { OriginalPositionMapper, type OriginalPositionPolicy } from '../../../shared/text/original-positions';
import { PositionIndex } from '../../../shared/text/positions';
import {
  CODE_POINT_POLICY,
  UTF16_POLICY,
  describeCounting,
  nameMatchesSnippet,
  producerPolicy,
} from '../../../shared/exchange/producer-policy';
import { insertSource } from '../store/source-store';
import { textHash } from '../store/source-measures';
import { setSourceValue } from '../store/case-store';
import { newId } from '../store/row-helpers';
import type { RefiCoding, RefiSelection, RefiTextSource } from './refi-model';
import { isoOrNow, type MergeState } from './refi-merge-state';

interface SourceText {
  raw: string;
  canonical: string;
  encoding: string;
  entry: string;
}

function readSourceText(state: MergeState, src: RefiTextSource): SourceText | null {
  const label = src.name || src.guid;
  if (src.plainTextContent !== null && !src.plainTextPath) {
    return { raw: src.plainTextContent, canonical: canonicalizeText(src.plainTextContent), encoding: 'UTF-8', entry: '<PlainTextContent>' };
  }
  if (!src.plainTextPath) {
    const why = src.richTextPath
      ? `only a rich-text file (${src.richTextPath}) is given; Telaah needs the plain text the positions count in`
      : 'neither a plainTextPath nor PlainTextContent is given';
    state.skip('source', label, `${why}; ${lostWork(src)}`);
    return null;
  }
  const file = state.pkg.resolve(src.plainTextPath);
  if (!file.ok) {
    state.skip('source', label, `its text file is missing: ${file.reason}; ${lostWork(src)}`);
    return null;
  }
  try {
    const decoded = decodeText(file.bytes, file.entry);
    return { raw: decoded.text, canonical: canonicalizeText(decoded.text), encoding: decoded.encoding, entry: file.entry };
  } catch (err) {
    state.skip('source', label, `${(err as Error).message}; ${lostWork(src)}`);
    return null;
  }
}

function lostWork(src: RefiTextSource): string {
  const codings = src.codings.length + src.selections.reduce((n, s) => n + s.codings.length, 0);
  return `its ${src.selections.length} selection(s) and ${codings} coding(s) were not imported (codes, cases, sets and notes were)`;
}

/** How many named selections the text at their mapped positions agrees with, under `policy`. */
function nameScore(sel: RefiSelection[], canonical: string, raw: string, policy: OriginalPositionPolicy): { named: number; matching: number } {
  let mapper: OriginalPositionMapper;
  try {
    mapper = new OriginalPositionMapper(canonical, raw, policy);
  } catch {
    return { named: 0, matching: 0 };
  }
  const index = new PositionIndex(canonical);
  let named = 0;
  let matching = 0;
  for (const s of sel) {
    if (s.start < 0 || s.end < s.start || s.end > mapper.originalLength) continue;
    const r = mapper.mapRange(s.start, s.end);
    const verdict = nameMatchesSnippet(s.name, index.slice(r.start, r.end));
    if (verdict === null) continue;
    named++;
    if (verdict) matching++;
  }
  return { named, matching };
}

export function mergeSources(state: MergeState): void {
  const { db, report, pkg } = state;
  const producer = producerPolicy(pkg.project.origin);
  const sources = pkg.project.textSources;
  const findByHash = db.prepare('SELECT id FROM sources WHERE text_hash = ?');
  sources.forEach((src, i) => {
    state.options.onProgress?.(i, sources.length, src.name);
    const label = src.name || src.guid;
    const text = readSourceText(state, src);
    if (!text) {
      state.missingSources.set(src.guid, label);
      return;
    }
    if (text.canonical.trim() === '' && src.selections.length === 0) {
      state.skip('source', label, 'its text is empty');
      state.missingSources.set(src.guid, label);
      return;
    }

    // Position counting: the producer's, unless the selections' own text says otherwise.
    let policy = producer.positions;
    const named = src.selections.filter((s) => s.name);
    if (named.length > 0) {
      const other = policy.unit === 'utf16' ? CODE_POINT_POLICY : UTF16_POLICY;
      const mine = nameScore(named, text.canonical, text.raw, policy);
      const theirs = nameScore(named, text.canonical, text.raw, other);
      if (mine.named > 0 && mine.matching * 2 < mine.named && theirs.matching > mine.matching) {
        policy = other;
        report.warnings.push(
          `Source "${label}": positions line up with the text only when counted in ${describeCounting(other)} ` +
            `(${theirs.matching} of ${theirs.named} selections match their text, against ${mine.matching} with ${producer.producer}'s usual counting); that counting was used.`,
        );
      }
    }
    let mapper: OriginalPositionMapper;
    try {
      mapper = new OriginalPositionMapper(text.canonical, text.raw, policy);
    } catch (err) {
      state.skip('source', label, `its positions cannot be mapped (${(err as Error).message})`);
      state.missingSources.set(src.guid, label);
      return;
    }

    const existing = findByHash.get(textHash(text.canonical)) as { id: string } | undefined;
    let sourceId: string;
    if (existing) {
      sourceId = existing.id;
      report.matched.sources++;
    } else {
      const doc: ImportedDocument = { text: text.canonical, blocks: detectTurnBlocks(text.canonical), format: 'txt', encoding: text.encoding, warnings: [] };
      sourceId = insertSource(
        db,
        { name: src.name || `Source ${src.guid.slice(0, 8)}`, doc, originFile: `${pkg.fileName}: ${text.entry}`, createdBy: state.userFor(src.creatingUser) },
        state.idFor('sources', src.guid),
      );
      if (src.description) db.prepare('UPDATE sources SET description = ? WHERE id = ?').run(src.description, sourceId);
      report.imported.sources++;
    }
    state.sourceIds.set(src.guid, sourceId);
    for (const n of src.noteRefs) state.addNoteTarget(n, { target: { kind: 'source', id: sourceId }, label: `source "${label}"` });
    for (const v of src.values) {
      const a = state.attributeIds.get(v.variableGuid);
      if (!a) continue;
      if (a.scope !== 'source') {
        state.skip('source variable value', label, 'the variable is used for cases in this project, so it cannot hold a source value');
        continue;
      }
      setSourceValue(db, a.id, sourceId, v.value);
    }

    const index = new PositionIndex(text.canonical);
    let rounded = 0;
    let nameMismatch = 0;
    let namedCount = 0;
    const place = (sel: RefiSelection, start: number, end: number): void => {
      const snippet = index.slice(start, end);
      const verdict = nameMatchesSnippet(sel.name, snippet);
      if (verdict !== null) {
        namedCount++;
        if (!verdict) nameMismatch++;
      }
      storeSelection(state, sel, sourceId, label, start, end, snippet);
    };
    for (const sel of src.selections) {
      if (sel.start < 0 || sel.end < sel.start || sel.end > mapper.originalLength) {
        state.skip('selection', `${label} ${sel.start}–${sel.end}`, `it lies outside the text (${mapper.originalLength} positions long) or ends before it starts; ${sel.codings.length} coding(s) not imported`);
        continue;
      }
      const r = mapper.mapRange(sel.start, sel.end);
      if (r.start === r.end) {
        state.skip('selection', `${label} ${sel.start}–${sel.end}`, `it is empty (zero length), so it codes no text; ${sel.codings.length} coding(s) not imported`);
        continue;
      }
      if (!r.clean) rounded++;
      place(sel, r.start, r.end);
    }
    if (src.codings.length > 0) {
      // Codings of the whole source become one selection over the whole text.
      const whole: RefiSelection = {
        guid: newId(),
        name: '',
        start: 0,
        end: index.length,
        creatingUser: src.creatingUser,
        created: src.created,
        description: '',
        codings: src.codings,
        noteRefs: [],
      };
      if (index.length > 0) place(whole, 0, index.length);
    }
    if (rounded > 0) {
      report.warnings.push(`Source "${label}": ${rounded} selection(s) began or ended inside a character (a CRLF, a surrogate pair or a combined accent); they were widened to whole characters.`);
    }
    if (nameMismatch > 0) {
      report.warnings.push(`Source "${label}": the text at ${nameMismatch} of ${namedCount} selection(s) differs from the selection's name; check those codings.`);
    }
  });
  state.options.onProgress?.(sources.length, sources.length);
}

function storeSelection(state: MergeState, sel: RefiSelection, sourceId: string, label: string, start: number, end: number, snippet: string): void {
  const { db, report } = state;
  const validCodings = sel.codings.filter((k) => {
    if (state.codeIds.has(k.codeGuid)) return true;
    state.skip('coding', `${label} ${sel.start}–${sel.end}`, `it refers to code ${k.codeGuid}, which is not in the codebook`);
    return false;
  });
  if (validCodings.length === 0 && !sel.description && sel.noteRefs.length === 0) {
    state.skip('selection', `${label} ${sel.start}–${sel.end}`, 'it has no codings (Telaah keeps coded text only)');
    return;
  }
  if (validCodings.length === 0) {
    // A commented but uncoded quotation: its comments go to the source as memos.
    const where = `selection ${sel.start}–${sel.end} ("${snippet.slice(0, 60)}")`;
    if (sel.description) state.addNoteTarget(`desc:${sel.guid}`, { target: { kind: 'source', id: sourceId }, label: `source "${label}"` });
    for (const n of sel.noteRefs) state.addNoteTarget(n, { target: { kind: 'source', id: sourceId }, label: `source "${label}", ${where}` });
    if (sel.description) state.selectionComments.push({ key: `desc:${sel.guid}`, title: `Comment on ${where}`, text: sel.description, created: sel.created });
    return;
  }

  const same = db.prepare('SELECT id FROM selections WHERE source_id = ? AND start = ? AND end = ?').get(sourceId, start, end) as { id: string } | undefined;
  let selectionId: string;
  if (same) selectionId = same.id;
  else {
    selectionId = state.idFor('selections', sel.guid);
    db.prepare('INSERT INTO selections (id, source_id, start, end, snippet, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      selectionId,
      sourceId,
      start,
      end,
      snippet,
      isoOrNow(sel.created),
      state.userFor(sel.creatingUser),
    );
    report.imported.selections++;
  }
  const codingIds: string[] = [];
  for (const k of validCodings) {
    const id = storeCoding(state, k, sel, selectionId);
    if (id) codingIds.push(id);
  }
  state.selectionCodings.set(sel.guid, codingIds);
  const first = codingIds[0];
  if (first) {
    const where = `coding of "${snippet.slice(0, 40)}" in ${label}`;
    for (const n of sel.noteRefs) state.addNoteTarget(n, { target: { kind: 'coding', id: first }, label: where });
    if (sel.description) {
      state.addNoteTarget(`desc:${sel.guid}`, { target: { kind: 'coding', id: first }, label: where });
      state.selectionComments.push({ key: `desc:${sel.guid}`, title: 'Selection comment', text: sel.description, created: sel.created });
    }
  }
}

function storeCoding(state: MergeState, k: RefiCoding, sel: RefiSelection, selectionId: string): string | null {
  const { db, report } = state;
  const codeId = state.codeIds.get(k.codeGuid)!;
  const coderId = state.userFor(k.creatingUser ?? sel.creatingUser);
  const dup = db.prepare('SELECT id FROM codings WHERE selection_id = ? AND code_id = ? AND coder_id = ?').get(selectionId, codeId, coderId) as { id: string } | undefined;
  if (dup) {
    report.matched.codings++;
    return dup.id;
  }
  const id = state.idFor('codings', k.guid);
  db.prepare('INSERT INTO codings (id, selection_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    selectionId,
    codeId,
    coderId,
    isoOrNow(k.created ?? sel.created),
  );
  report.imported.codings++;
  for (const n of k.noteRefs) state.addNoteTarget(n, { target: { kind: 'coding', id }, label: `coding ${k.guid}` });
  return id;
}

