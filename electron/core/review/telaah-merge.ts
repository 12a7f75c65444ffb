import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { MergeReport } from '../../../shared/api/methods/review-methods';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { migration0040 } from '../db/migrations/0040-packed-blocks-and-deferred-search-index';
import { TELAAH_APPLICATION_ID } from '../db/open-project';
import { createCoding } from '../store/coding-store';
import { createCode } from '../store/code-store';
import { newId, nowIso, rowExists } from '../store/row-helpers';
import { uniqueSourceName } from '../store/source-store';
import { packBlocks, unpackBlocks } from '../store/source-blocks';
import type { Block } from '../../../shared/api/methods/source-methods';
import { projectName } from '../store/project-meta';

/**
 * Merging another coder's copy of the project (a .telaah file) into the open one.
 *
 * Matching rules (reported back in full):
 * - coders by name (case-insensitive); a coder this project does not have is created;
 * - sources by their canonical text (sources.text_hash): equal text means equal positions, so
 *   codings carry over exactly. A source of theirs whose text is not here is added (with its
 *   blocks) unless this project has a source of the same name with different text: that is a
 *   conflict (someone edited or re-imported it) and its codings are skipped, listed one by one;
 * - codes by id first (a copy keeps the ids of the original), then by name path ("Parent/Child",
 *   case-insensitive); a code matched by id but named differently here is reported as a conflict
 *   and merged into the code here; other codes are added with their parents;
 * - codings are added under their coder, unless that coder already has the same code on the same
 *   range here ("already present"). Nothing of ours is changed or deleted.
 * The other file is opened read-only (it may be open in another Telaah; it is not locked or changed).
 */

interface TheirSource {
  id: string;
  name: string;
  format: string;
  text: string;
  textHash: string;
  charCount: number;
  wordCount: number;
  originFile: string | null;
  encoding: string | null;
  description: string;
  sourceDate: string | null;
  importedAt: string;
}

interface TheirCode {
  id: string;
  parentId: string | null;
  name: string;
  color: string;
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

interface TheirCoding {
  id: string;
  coderId: string;
  codeId: string;
  sourceId: string;
  start: number;
  end: number;
  snippet: string;
  createdAt: string;
}

function emptyReport(file: string, name: string): MergeReport {
  return {
    file,
    format: 'telaah',
    projectName: name,
    applied: false,
    coders: [],
    sources: { matched: [], added: [], conflicts: [] },
    codes: { matchedById: 0, matchedByName: [], added: [], conflicts: [] },
    codings: { added: 0, alreadyPresent: 0, skipped: [] },
  };
}

/**
 * A source's blocks in the other file, packed as this version stores them: files from before
 * migration 0040 keep them one row each in source_blocks.
 */
function theirBlocks(other: Database.Database, version: number, sourceId: string): string {
  if (version >= migration0040.version) {
    // Unpacked and packed again, so a damaged value is refused rather than copied.
    const row = other.prepare('SELECT blocks FROM sources WHERE id = ?').get(sourceId) as { blocks: string };
    return packBlocks(unpackBlocks(row.blocks, sourceId));
  }
  const rows = other
    .prepare(
      `SELECT start, end, body_start AS bodyStart, kind, speaker, time_start_ms AS timeStartMs, time_end_ms AS timeEndMs, level
       FROM source_blocks WHERE source_id = ? ORDER BY ordinal`,
    )
    .all(sourceId) as Block[];
  return packBlocks(rows);
}

/** Opens another project file read-only, refusing what is not a Telaah project we can read. */
export function openOtherProject(file: string, nativeBinding?: string): Database.Database {
  if (!fs.existsSync(file)) throw new ApiError('not-found', `${file} does not exist.`);
  let other: Database.Database;
  try {
    other = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (err) {
    throw new ApiError('not-a-project', `${file} could not be opened as a Telaah project (${(err as Error).message}).`);
  }
  try {
    other.pragma('busy_timeout = 5000');
    const appId = other.pragma('application_id', { simple: true }) as number;
    if (appId !== TELAAH_APPLICATION_ID) throw new ApiError('not-a-project', `${file} is not a Telaah project.`);
    const version = other.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      throw new ApiError(
        'newer-version',
        `${file} was saved by a newer version of Telaah (project format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Telaah to merge it.`,
      );
    }
    return other;
  } catch (err) {
    other.close();
    if (err instanceof ApiError) throw err;
    throw new ApiError('not-a-project', `${file} is not a Telaah project (${(err as Error).message}).`);
  }
}

function pathsOf<T extends { id: string; parentId: string | null; name: string }>(rows: readonly T[]): Map<string, string> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = new Map<string, string>();
  const walk = (id: string, depth: number): string => {
    const known = out.get(id);
    if (known !== undefined) return known;
    const r = byId.get(id)!;
    const p = r.parentId && byId.has(r.parentId) && depth < 100 ? `${walk(r.parentId, depth + 1)}/${r.name}` : r.name;
    out.set(id, p);
    return p;
  };
  for (const r of rows) walk(r.id, 0);
  return out;
}

/** Parents before children. */
function parentFirst(codes: readonly TheirCode[], paths: Map<string, string>): TheirCode[] {
  return [...codes].sort((a, b) => paths.get(a.id)!.split('/').length - paths.get(b.id)!.split('/').length);
}

/**
 * Merges `other` into `db`. Must run inside a transaction (dispatch's write, or the preview's
 * rolled-back one). Returns the report; `applied` is left false for the caller to set.
 */
export function mergeTelaahInto(db: Database.Database, other: Database.Database, file: string): MergeReport {
  const report = emptyReport(file, projectName(other) ?? path.basename(file));

  // Coders.
  const theirUsers = other.prepare('SELECT id, name FROM users').all() as { id: string; name: string }[];
  const codingCounts = new Map(
    (other.prepare('SELECT coder_id AS id, count(*) AS n FROM codings GROUP BY coder_id').all() as { id: string; n: number }[]).map((r) => [r.id, r.n]),
  );
  const userMap = new Map<string, string>();
  for (const u of theirUsers) {
    const mine = db.prepare('SELECT id FROM users WHERE name = ? COLLATE NOCASE').get(u.name) as { id: string } | undefined;
    let id = mine?.id;
    if (!id) {
      id = rowExists(db, 'users', u.id) ? newId() : u.id;
      db.prepare('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)').run(id, u.name, nowIso());
    }
    userMap.set(u.id, id);
    report.coders.push({ name: u.name, status: mine ? 'matched' : 'new', codings: codingCounts.get(u.id) ?? 0 });
  }

  // Sources.
  const theirVersion = other.pragma('user_version', { simple: true }) as number;
  const theirSources = other
    .prepare(
      `SELECT id, name, format, text, text_hash AS textHash, char_count AS charCount, word_count AS wordCount,
              origin_file AS originFile, encoding, description, source_date AS sourceDate, imported_at AS importedAt
       FROM sources ORDER BY name`,
    )
    .all() as TheirSource[];
  const sourceMap = new Map<string, string>();
  const conflictSources = new Map<string, string>();
  for (const s of theirSources) {
    const byHash = db.prepare('SELECT id, name FROM sources WHERE text_hash = ? ORDER BY (name = ?) DESC, imported_at LIMIT 1').get(s.textHash, s.name) as
      | { id: string; name: string }
      | undefined;
    if (byHash) {
      sourceMap.set(s.id, byHash.id);
      report.sources.matched.push({ name: s.name, localName: byHash.name });
      continue;
    }
    const sameName = db.prepare('SELECT id FROM sources WHERE name = ? COLLATE NOCASE').get(s.name);
    if (sameName) {
      const reason = `a source named "${s.name}" is here with different text (edited or imported differently); its codings were not merged`;
      conflictSources.set(s.id, reason);
      report.sources.conflicts.push({ name: s.name, reason });
      continue;
    }
    const id = rowExists(db, 'sources', s.id) ? newId() : s.id;
    db.prepare(
      `INSERT INTO sources (id, name, format, text, text_hash, char_count, word_count, origin_file, encoding, description, source_date, imported_at, created_by, blocks)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    ).run(id, uniqueSourceName(db, s.name), s.format, s.text, s.textHash, s.charCount, s.wordCount, s.originFile, s.encoding, s.description, s.sourceDate, s.importedAt, theirBlocks(other, theirVersion, s.id));
    sourceMap.set(s.id, id);
    report.sources.added.push({ name: s.name });
  }

  // Codes.
  const theirCodes = other
    .prepare('SELECT id, parent_id AS parentId, name, color, description, inclusion, exclusion, example FROM codes')
    .all() as TheirCode[];
  const theirPaths = pathsOf(theirCodes);
  const myPaths = () => pathsOf(db.prepare('SELECT id, parent_id AS parentId, name FROM codes').all() as { id: string; parentId: string | null; name: string }[]);
  let mine = myPaths();
  const myByPath = new Map([...mine].map(([id, p]) => [p.toLowerCase(), id]));
  const codeMap = new Map<string, string>();
  for (const c of parentFirst(theirCodes, theirPaths)) {
    const theirPath = theirPaths.get(c.id)!;
    if (mine.has(c.id)) {
      codeMap.set(c.id, c.id);
      report.codes.matchedById++;
      const here = mine.get(c.id)!;
      if (here.toLowerCase() !== theirPath.toLowerCase()) {
        report.codes.conflicts.push({ path: theirPath, reason: `the same code is named "${here}" here; its codings were merged into "${here}"` });
      }
      continue;
    }
    const byPath = myByPath.get(theirPath.toLowerCase());
    if (byPath) {
      codeMap.set(c.id, byPath);
      report.codes.matchedByName.push({ path: theirPath });
      continue;
    }
    const parentId = c.parentId ? (codeMap.get(c.parentId) ?? null) : null;
    const id = createCode(
      db,
      { name: c.name, parentId, color: c.color, description: c.description, inclusion: c.inclusion, exclusion: c.exclusion, example: c.example, createdBy: null },
      rowExists(db, 'codes', c.id) ? newId() : c.id,
    );
    codeMap.set(c.id, id);
    report.codes.added.push({ path: theirPath });
    mine = myPaths();
    myByPath.set(mine.get(id)!.toLowerCase(), id);
  }

  // Codings.
  const theirCodings = other
    .prepare(
      `SELECT c.id, c.coder_id AS coderId, c.code_id AS codeId, s.source_id AS sourceId, s.start, s.end, s.snippet, c.created_at AS createdAt
       FROM codings c JOIN selections s ON s.id = c.selection_id ORDER BY s.source_id, s.start, s.end`,
    )
    .all() as TheirCoding[];
  const sourceName = new Map(theirSources.map((s) => [s.id, s.name]));
  const userName = new Map(theirUsers.map((u) => [u.id, u.name]));
  const present = db.prepare(
    `SELECT 1 FROM codings c JOIN selections s ON s.id = c.selection_id
     WHERE c.coder_id = ? AND c.code_id = ? AND s.source_id = ? AND s.start = ? AND s.end = ?`,
  );
  for (const c of theirCodings) {
    const skip = (reason: string) =>
      report.codings.skipped.push({
        source: sourceName.get(c.sourceId) ?? c.sourceId,
        code: theirPaths.get(c.codeId) ?? c.codeId,
        coder: userName.get(c.coderId) ?? c.coderId,
        start: c.start,
        end: c.end,
        reason,
      });
    const sourceId = sourceMap.get(c.sourceId);
    if (!sourceId) {
      skip(conflictSources.get(c.sourceId) ?? 'its source is not in the file');
      continue;
    }
    const codeId = codeMap.get(c.codeId)!;
    const coderId = userMap.get(c.coderId)!;
    if (present.get(coderId, codeId, sourceId, c.start, c.end)) {
      report.codings.alreadyPresent++;
      continue;
    }
    const snippet = (db.prepare('SELECT substr(text, ? + 1, ?) AS t FROM sources WHERE id = ?').get(c.start, c.end - c.start, sourceId) as { t: string }).t;
    if (snippet !== c.snippet.normalize('NFC')) {
      skip('the coded text differs from the text here at that range');
      continue;
    }
    createCoding(db, { sourceId, start: c.start, end: c.end, codeId, coderId, createdAt: c.createdAt }, rowExists(db, 'codings', c.id) ? newId() : c.id);
    report.codings.added++;
  }
  return report;
}

class PreviewRollback extends Error {}

/**
 * Runs a merge for real (inside `write`, the caller's recorded transaction) or as a preview: the
 * whole merge in a transaction that is rolled back, so the preview is exactly what applying does.
 */
export function runMerge(db: Database.Database, merge: () => MergeReport, apply: false | (<T>(fn: () => T) => T)): MergeReport {
  if (apply) return { ...apply(merge), applied: true };
  let report: MergeReport | undefined;
  try {
    db.transaction(() => {
      report = merge();
      throw new PreviewRollback();
    })();
  } catch (err) {
    if (!(err instanceof PreviewRollback)) throw err;
  }
  return { ...report!, applied: false };
}

/** Refuses merging the open project into itself. */
export function checkNotOwnFile(file: string, ownPath: string | undefined): void {
  if (ownPath && fs.existsSync(file) && fs.realpathSync(file) === fs.realpathSync(path.resolve(ownPath))) {
    throw new ApiError('invalid-input', `${file} is the project that is open; choose another coder's copy.`);
  }
}

/** Merges (or previews merging) a .telaah file; see runMerge for `apply`. */
export function mergeTelaahFile(db: Database.Database, file: string, options: { apply: false | (<T>(fn: () => T) => T); ownPath?: string; nativeBinding?: string }): MergeReport {
  const resolved = path.resolve(file);
  checkNotOwnFile(resolved, options.ownPath);
  const other = openOtherProject(resolved, options.nativeBinding);
  try {
    return runMerge(db, () => mergeTelaahInto(db, other, resolved), options.apply);
  } finally {
    other.close();
  }
}
