import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/** Backups live beside the project: `<dir>/<name>.backups/<name>-<UTC stamp>.telaah`. */
export function backupFolder(projectPath: string): string {
  const base = path.basename(projectPath).replace(/\.telaah$/i, '');
  return path.join(path.dirname(projectPath), `${base}.backups`);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

export function listBackups(projectPath: string): string[] {
  const folder = backupFolder(projectPath);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.telaah'))
    .sort()
    .map((f) => path.join(folder, f));
}

/**
 * Copies the open database with SQLite's online backup API (consistent even while it is being
 * written) and keeps only the newest `keep` copies. Returns the new backup's path.
 */
export async function rotateBackup(
  db: Database.Database,
  projectPath: string,
  keep: number,
  now = new Date(),
): Promise<string> {
  const folder = backupFolder(projectPath);
  fs.mkdirSync(folder, { recursive: true });
  const base = path.basename(projectPath).replace(/\.telaah$/i, '');
  const target = path.join(folder, `${base}-${stamp(now)}.telaah`);
  await db.backup(target);
  const all = listBackups(projectPath);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(old, { force: true });
  return target;
}

/** Time of the newest backup, or null. */
export function lastBackupTime(projectPath: string): Date | null {
  const all = listBackups(projectPath);
  const newest = all[all.length - 1];
  return newest ? fs.statSync(newest).mtime : null;
}
