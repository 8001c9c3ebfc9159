import { promises as fs } from 'node:fs';
import os from 'node:os';
import { ProblemError } from '../../shared/ipc/problem';

/** Who holds a project's lock (written into `<project>.lock`). */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** The problem of a project that another process holds open (who, where, since when, when known). */
export function lockedProblem(file: string, owner: LockOwner | null): ProblemError {
  return new ProblemError('locked', owner ? { pid: owner.pid, host: owner.host, since: owner.since } : {}, {
    file,
    message: `${file} is open in another process${owner ? ` (pid ${owner.pid} on ${owner.host} since ${owner.since})` : ''}`,
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An advisory lock file next to a project, so a second app instance or a command-line tool does
 * not write the same project concurrently. Created with O_EXCL; a lock whose owner process is gone
 * (same host, pid not alive) is stale and taken over.
 */
export class FileLock {
  private held = false;
  constructor(readonly lockPath: string) {}

  async acquire(): Promise<void> {
    const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await fs.writeFile(this.lockPath, JSON.stringify(owner), { flag: 'wx' });
        this.held = true;
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const current = await readOwner(this.lockPath);
        const stale = current !== null && current.host === owner.host && (current.pid === process.pid ? false : !isAlive(current.pid));
        if (current === null || stale) {
          // Unreadable (half-written by a crash) or owned by a dead process: remove and retry once.
          await fs.rm(this.lockPath, { force: true });
          continue;
        }
        throw lockedProblem(this.lockPath.replace(/\.lock$/, ''), current);
      }
    }
    throw lockedProblem(this.lockPath.replace(/\.lock$/, ''), await readOwner(this.lockPath));
  }

  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    const current = await readOwner(this.lockPath);
    if (current && current.pid === process.pid) await fs.rm(this.lockPath, { force: true });
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const v = JSON.parse(await fs.readFile(lockPath, 'utf8')) as LockOwner;
    return typeof v.pid === 'number' ? v : null;
  } catch {
    return null;
  }
}
