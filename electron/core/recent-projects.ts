import fs from 'node:fs';
import path from 'node:path';
import { appHome } from './app-paths';

export interface RecentEntry {
  path: string;
  name: string;
  openedAt: string;
}

const MAX_RECENT = 12;

function recentFile(): string {
  return path.join(appHome(), 'recent-projects.json');
}

export function readRecent(): RecentEntry[] {
  try {
    const data = JSON.parse(fs.readFileSync(recentFile(), 'utf8')) as unknown;
    return Array.isArray(data) ? (data as RecentEntry[]).filter((e) => typeof e?.path === 'string') : [];
  } catch {
    return [];
  }
}

/** Puts `entry` first in the recent list; written atomically (temp file then rename). */
export function rememberRecent(entry: RecentEntry): void {
  const list = [entry, ...readRecent().filter((e) => e.path !== entry.path)].slice(0, MAX_RECENT);
  fs.mkdirSync(appHome(), { recursive: true });
  const tmp = `${recentFile()}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(list, null, 2));
  fs.renameSync(tmp, recentFile());
}
