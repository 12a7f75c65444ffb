import fs from 'node:fs';
import os from 'node:os';
import { ProjectError } from './project-error';
import { errorPhrase } from '../i18n/error-phrase';

/** Who holds a project open; written as JSON into `<project>.lock`. */
export interface LockOwner {
  pid: number;
  host: string;
  user: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

/**
 * A lock file beside the project so that one process at a time opens it. A lock left by a process
 * that died on this host is taken over; a live one (or one from another host, which we cannot
 * check) is refused with a message naming who holds it.
 */
export class ProjectLock {
  private released = false;
  private constructor(readonly lockPath: string) {}

  static acquire(projectPath: string): ProjectLock {
    const lockPath = `${projectPath}.lock`;
    const me: LockOwner = {
      pid: process.pid,
      host: os.hostname(),
      user: os.userInfo().username,
      since: new Date().toISOString(),
    };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
        return new ProjectLock(lockPath);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const owner = readOwner(lockPath);
        const stale = owner === null || (owner.host === me.host && !isAlive(owner.pid));
        if (stale) {
          fs.rmSync(lockPath, { force: true });
          continue;
        }
        const { pid, user, host, since } = owner;
        throw new ProjectError('locked', errorPhrase('errors.project.lockedBy', { file: projectPath, pid, user, host, since }));
      }
    }
    throw new ProjectError('locked', errorPhrase('errors.project.lockFailed', { file: projectPath, lock: lockPath }));
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const owner = readOwner(this.lockPath);
    if (owner && owner.pid === process.pid) fs.rmSync(this.lockPath, { force: true });
  }
}
