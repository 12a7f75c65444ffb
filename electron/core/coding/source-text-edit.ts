import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { EditTextResult, LostCoding, TextEdit } from '../../../shared/api/methods/source-methods';
import { canonicalizeText } from '../../../shared/text/canonical';
import { PositionIndex } from '../../../shared/text/positions';
import { applyEdits, diffToEdits, remapCodings } from '../../../shared/text/text-edit-remap';
import { found } from '../store/row-helpers';
import { getBlocks } from '../store/source-blocks';
import { measureSource } from '../store/source-measures';

/**
 * Corrects a source's text without losing coding. Call inside one transaction (dispatch runs every
 * write in one, recorded as one undo step): the text, its hash and counts, every selection (range and
 * snippet), the source's blocks and the full-text index (by trigger) change together or not at all.
 *
 * Policy (see shared/text/text-edit-remap.ts for the interval rules): codings before an edit are
 * unchanged, after it shifted, spanning it stretched or shrunk. A coding whose whole text was deleted
 * cannot be kept on any text: it is deleted here and reported in `lost` with its code, old range and
 * old snippet, so the researcher sees exactly what went (and undo brings it back). Nothing is dropped
 * without being reported.
 */

interface SelectionRow {
  id: string;
  start: number;
  end: number;
  snippet: string;
}

interface PreparedEdit {
  start: number;
  end: number;
  newStart: number;
  length: number;
}

/** The edits that turn the stored text into canonical text: the given ones when they already are canonical. */
export function resolveEdits(oldText: string, input: { edits?: TextEdit[]; newText?: string }): { edits: TextEdit[]; newText: string } {
  const oldLength = new PositionIndex(oldText).length;
  if (input.newText !== undefined) {
    const newText = canonicalizeText(input.newText);
    return { edits: diffToEdits(oldText, newText), newText };
  }
  const edits = input.edits ?? [];
  for (const e of edits) {
    if (e.end < e.start || e.end > oldLength) {
      throw new ApiError(
        'invalid-input',
        `The edit at ${e.start}–${e.end} does not fit the source's text (${oldLength} characters); reload the source and try again.`,
      );
    }
  }
  let applied: string;
  try {
    applied = applyEdits(oldText, edits);
  } catch (err) {
    throw new ApiError('invalid-input', `The edits cannot be applied: ${(err as Error).message}.`);
  }
  const newText = canonicalizeText(applied);
  // A replacement with CR/LF or one that composes with its neighbours under NFC changes more than the
  // edit says; then the real change is found by comparing the texts.
  if (newText !== applied) return { edits: diffToEdits(oldText, newText), newText };
  return { edits, newText };
}

function prepare(edits: readonly TextEdit[]): PreparedEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let shift = 0;
  return sorted.map((e) => {
    const length = [...e.replacement].length;
    const p = { start: e.start, end: e.end, newStart: e.start + shift, length };
    shift += length - (e.end - e.start);
    return p;
  });
}

/**
 * Where a block boundary at old position `p` lands. Text inserted exactly at a boundary joins the
 * block that starts or ends there (typing at the end of a paragraph extends it); a boundary inside a
 * deleted stretch moves to the start ('start' edges) or end ('end' edges) of its replacement.
 */
export function mapBoundary(edits: readonly PreparedEdit[], p: number, edge: 'start' | 'end'): number {
  let shift = 0;
  for (const e of edits) {
    if (e.start > p) break;
    const insertion = e.start === e.end;
    if (e.end < p || (e.end === p && (!insertion || edge === 'end'))) {
      shift = e.newStart + e.length - e.end;
      continue;
    }
    if (e.start < p && p < e.end) return edge === 'start' ? e.newStart : e.newStart + e.length;
    break;
  }
  return p + shift;
}

export function editSourceText(db: Database.Database, sourceId: string, input: { edits?: TextEdit[]; newText?: string }): EditTextResult {
  const oldText = found(db.prepare('SELECT text FROM sources WHERE id = ?').get(sourceId) as { text: string } | undefined, 'Source', sourceId).text;
  const { edits, newText } = resolveEdits(oldText, input);
  const index = new PositionIndex(newText);
  if (edits.length === 0) return { remapped: 0, lost: [], charCount: index.length };
  if (index.length === 0) throw new ApiError('invalid-input', 'A source cannot be left without text; delete the source instead.');

  const selections = db.prepare('SELECT id, start, end, snippet FROM selections WHERE source_id = ?').all(sourceId) as SelectionRow[];
  const { kept, lost } = remapCodings(selections, edits);

  const lostReport: LostCoding[] = [];
  const codingsOf = db.prepare(
    `SELECT c.id AS codingId, coalesce(code.name, '') AS codeName
     FROM codings c JOIN codes code ON code.id = c.code_id WHERE c.selection_id = ? ORDER BY c.created_at, c.id`,
  );
  const deleteSelection = db.prepare('DELETE FROM selections WHERE id = ?');
  for (const sel of lost) {
    for (const row of codingsOf.all(sel.id) as { codingId: string; codeName: string }[]) {
      lostReport.push({ codingId: row.codingId, codeName: row.codeName, start: sel.start, end: sel.end, snippet: sel.snippet });
    }
    // Its codings go with it (ON DELETE CASCADE), as reported above.
    deleteSelection.run(sel.id);
  }

  let remapped = 0;
  const countCodings = db.prepare('SELECT count(*) AS n FROM codings WHERE selection_id = ?');
  const updateSelection = db.prepare('UPDATE selections SET start = ?, end = ?, snippet = ? WHERE id = ?');
  const byId = new Map(selections.map((s) => [s.id, s]));
  for (const sel of kept) {
    const old = byId.get(sel.id)!;
    const snippet = index.slice(sel.start, sel.end);
    if (sel.start === old.start && sel.end === old.end && snippet === old.snippet) continue;
    updateSelection.run(sel.start, sel.end, snippet, sel.id);
    remapped += (countCodings.get(sel.id) as { n: number }).n;
  }

  const prepared = prepare(edits);
  const blocks = getBlocks(db, sourceId).map((b) => {
    const start = Math.min(mapBoundary(prepared, b.start, 'start'), index.length);
    const end = Math.min(Math.max(mapBoundary(prepared, b.end, 'end'), start), index.length);
    const bodyStart = Math.min(Math.max(mapBoundary(prepared, b.bodyStart, 'start'), start), end);
    return { ...b, start, end, bodyStart };
  });

  const m = measureSource({ text: newText, blocks });
  db.prepare('UPDATE sources SET text = ?, text_hash = ?, char_count = ?, word_count = ?, blocks = ? WHERE id = ?').run(
    newText,
    m.textHash,
    m.charCount,
    m.wordCount,
    m.packedBlocks,
    sourceId,
  );
  return { remapped, lost: lostReport, charCount: index.length };
}
