import { zipSync } from 'fflate';
import type Database from 'better-sqlite3';
import { unzipSync } from 'fflate';

/** Builds a .qdpx in memory from entry name → text or bytes. */
export function qdpx(entries: Record<string, string | Uint8Array>): Uint8Array {
  const enc = new TextEncoder();
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? enc.encode(v) : v])));
}

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Every coding as "source|code path|coder|start|end|snippet", sorted: what must survive a round trip. */
export function codingFingerprint(db: Database.Database): string[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE p(id, path) AS (
         SELECT id, name FROM codes WHERE parent_id IS NULL
         UNION ALL SELECT c.id, p.path || ' > ' || c.name FROM codes c JOIN p ON c.parent_id = p.id)
       SELECT src.name AS source, p.path AS code, u.name AS coder, s.start, s.end, s.snippet,
              substr(src.text, s.start + 1, s.end - s.start) AS actual
       FROM codings k JOIN selections s ON s.id = k.selection_id JOIN sources src ON src.id = s.source_id
       JOIN p ON p.id = k.code_id JOIN users u ON u.id = k.coder_id`,
    )
    .all() as { source: string; code: string; coder: string; start: number; end: number; snippet: string; actual: string }[];
  for (const r of rows) {
    if (r.snippet !== r.actual) throw new Error(`stored snippet differs from the text at ${r.source} ${r.start}-${r.end}`);
  }
  return rows.map((r) => `${r.source}|${r.code}|${r.coder}|${r.start}|${r.end}|${r.snippet}`).sort();
}

export function codebookFingerprint(db: Database.Database): string[] {
  return (
    db
      .prepare(
        `WITH RECURSIVE p(id, path) AS (
           SELECT id, name FROM codes WHERE parent_id IS NULL
           UNION ALL SELECT c.id, p.path || ' > ' || c.name FROM codes c JOIN p ON c.parent_id = p.id)
         SELECT p.path, c.color, c.description, c.inclusion, c.exclusion, c.example FROM codes c JOIN p ON p.id = c.id`,
      )
      .all() as Record<string, string>[]
  )
    .map((r) => JSON.stringify(r))
    .sort();
}

export function sourceTexts(db: Database.Database): string[] {
  return (db.prepare('SELECT name, text FROM sources').all() as { name: string; text: string }[]).map((r) => `${r.name}\n${r.text}`).sort();
}
