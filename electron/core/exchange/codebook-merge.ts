import type Database from 'better-sqlite3';
import type { CodebookImportReport } from '../../../shared/api/methods/exchange-methods';
import type { CodebookEntry, ParsedCodebook } from '../../../shared/exchange/codebook-entry';
import { createCode } from '../store/code-store';

/**
 * Merges a read codebook into the project's code tree: a code is the same code when its GUID is
 * already a code's id, or else when a sibling under the same parent has its name (case-insensitive).
 * A matched code keeps what it has; only its empty fields (definition, criteria, example) are filled
 * from the file. Call inside one transaction.
 */
export function mergeCodebook(
  db: Database.Database,
  parsed: ParsedCodebook,
  file: string,
  format: CodebookImportReport['format'],
  coderId: string | null,
): CodebookImportReport {
  const report: CodebookImportReport = { file, format, created: 0, matched: 0, skipped: [], warnings: [...parsed.warnings] };
  const byId = db.prepare('SELECT id, parent_id AS parentId FROM codes WHERE id = ?');
  const byName = db.prepare(`SELECT id FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '') AND name = ? COLLATE NOCASE`);
  const fields = db.prepare('SELECT description, inclusion, exclusion, example FROM codes WHERE id = ?');
  const walk = (entries: CodebookEntry[], parentId: string | null) => {
    for (const e of entries) {
      const name = e.name.trim();
      if (!name) {
        report.skipped.push({ what: 'code', name: e.where, reason: 'it has no name' });
        continue;
      }
      const hitById = e.guid ? (byId.get(e.guid) as { id: string; parentId: string | null } | undefined) : undefined;
      const hit = hitById ?? (byName.get(parentId, name) as { id: string } | undefined);
      let id: string;
      if (hit) {
        id = hit.id;
        report.matched++;
        const have = fields.get(id) as Record<'description' | 'inclusion' | 'exclusion' | 'example', string>;
        for (const k of ['description', 'inclusion', 'exclusion', 'example'] as const) {
          if (!have[k].trim() && e[k].trim()) db.prepare(`UPDATE codes SET ${k} = ? WHERE id = ?`).run(e[k], id);
        }
      } else {
        const free = e.guid && !byId.get(e.guid) ? e.guid : undefined;
        id = createCode(
          db,
          {
            name,
            parentId,
            ...(e.color ? { color: e.color } : {}),
            description: e.description,
            inclusion: e.inclusion,
            exclusion: e.exclusion,
            example: e.example,
            createdBy: coderId,
          },
          free,
        );
        report.created++;
      }
      walk(e.children, id);
    }
  };
  walk(parsed.entries, null);
  return report;
}
