import { randomUUID } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeJsonBytes } from './strictJsonFile';
import { ProblemError, type ProblemData } from '../../shared/ipc/problem';

/** Who holds a project's lock (written into `<project>.lock`). */
export interface LockOwner {
  user: string;
  host: string;
  pid: number;
  /** The holder process's start time as the OS counts it (Linux), so a reused pid is not mistaken for it. */
  pidStart: string | null;
  since: string;
  /** Unique per acquisition: tells this holder from any later one. */
  token: string;
}

/** Who holds a lock, as a problem's data (the UI words it: "open by {{user}} on {{host}} since {{since}}"). */
function holderData(owner: LockOwner | null): ProblemData {
  return owner ? { user: owner.user, host: owner.host, since: owner.since, pid: owner.pid } : {};
}

/** The problem of a project that someone else holds open (who, where, since when, when known). */
export class ProjectLockedError extends ProblemError {
  constructor(
    file: string,
    readonly owner: LockOwner | null,
  ) {
    super('locked', holderData(owner), {
      file,
      message: `${file} is open elsewhere${owner ? ` (by ${owner.user} on ${owner.host}, pid ${owner.pid}, since ${owner.since})` : ''}`,
    });
  }
}

/** The problem of a project that another process holds open (kept for callers of the earlier API). */
export function lockedProblem(file: string, owner: LockOwner | null): ProblemError {
  return new ProjectLockedError(file, owner);
}

/** Our lock was taken over by someone else (after their confirmation): we must not write any more. */
export function lockLostProblem(file: string, owner: LockOwner | null): ProblemError {
  return new ProblemError('lock-lost', holderData(owner), {
    file,
    message: `${file} was taken over${owner ? ` by ${owner.user} on ${owner.host} at ${owner.since}` : ''}; your edits are kept here, save them with Save as`,
  });
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot (Linux only). */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock on this host whose process is gone, or whose pid now belongs to another process. */
export function isStale(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return false; // another machine: only the user can decide
  if (!isAlive(owner.pid)) return true;
  const start = processStartTime(owner.pid);
  return owner.pidStart !== null && start !== null && start !== owner.pidStart;
}

function ownerNow(): LockOwner {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry (containers): keep "unknown".
  }
  return { user, host: os.hostname(), pid: process.pid, pidStart: processStartTime(process.pid), since: new Date().toISOString(), token: randomUUID() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An advisory lock file next to a project, so a second app instance, the web server or a
 * command-line tool does not write the same project concurrently. Race-free by construction:
 *
 * - taking a free lock: the owner record is written to a unique temp file and hard-linked to the
 *   lock's name; link() fails if the name exists, so exactly one process gets it, and the lock file
 *   is never seen half-written;
 * - replacing a stale lock (or taking one over after the user confirmed): under a short-lived
 *   takeover mutex (exclusive creation of `<lock>.takeover`), re-read the lock, and only if it still
 *   holds the record judged stale, rename a new record over it. Two processes that both judged the
 *   same record stale are serialised by the mutex; the second finds a new record and backs off;
 * - releasing: under the same mutex, remove the lock only if it still holds our record.
 */
export class FileLock {
  private owner: LockOwner | null = null;
  constructor(readonly lockPath: string) {}

  get held(): boolean {
    return this.owner !== null;
  }

  async acquire({ takeOver = false }: { takeOver?: boolean } = {}): Promise<void> {
    const projectFile = this.lockPath.replace(/\.lock$/, '');
    for (let attempt = 0; attempt < 20; attempt++) {
      const mine = ownerNow();
      if (await this.link(mine)) {
        this.owner = mine;
        return;
      }
      const current = await readOwner(this.lockPath);
      if (current === 'missing') continue; // released between our link and our read: try again
      if (current === 'unreadable') {
        // Written by a tool that does not link atomically, or damaged: old enough means abandoned.
        const age = await fs.stat(this.lockPath).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age < 5_000 && !takeOver) throw new ProjectLockedError(projectFile, null);
      } else if (!takeOver && !isStale(current)) {
        throw new ProjectLockedError(projectFile, current);
      }
      if (await this.replace(current === 'unreadable' ? null : current, mine)) {
        this.owner = mine;
        return;
      }
      await sleep(5 + Math.random() * 20);
    }
    const last = await readOwner(this.lockPath);
    throw new ProjectLockedError(projectFile, typeof last === 'object' ? last : null);
  }

  /** Whether the lock file still holds our record (someone may have taken it over). */
  async stillHeld(): Promise<{ held: true } | { held: false; owner: LockOwner | null }> {
    if (!this.owner) return { held: false, owner: null };
    const current = await readOwner(this.lockPath);
    if (typeof current === 'object' && current.token === this.owner.token) return { held: true };
    return { held: false, owner: typeof current === 'object' ? current : null };
  }

  async release(): Promise<void> {
    const mine = this.owner;
    if (!mine) return;
    this.owner = null;
    await this.withMutex(async () => {
      const current = await readOwner(this.lockPath);
      if (typeof current === 'object' && current.token === mine.token) await fs.rm(this.lockPath, { force: true });
    }).catch(() => undefined);
  }

  private async writeTemp(owner: LockOwner): Promise<string> {
    const tmp = path.join(path.dirname(this.lockPath), `.${path.basename(this.lockPath)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(JSON.stringify(owner));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return tmp;
  }

  /** Create the lock if nobody holds it. */
  private async link(owner: LockOwner): Promise<boolean> {
    const tmp = await this.writeTemp(owner);
    try {
      await fs.link(tmp, this.lockPath);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') return this.createExclusive(owner);
      throw e;
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }

  /** File systems without hard links: exclusive creation (a reader may briefly see it empty). */
  private async createExclusive(owner: LockOwner): Promise<boolean> {
    try {
      await fs.writeFile(this.lockPath, JSON.stringify(owner), { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  }

  /** Replace the lock if it still holds `expected` (null: still unreadable). */
  private async replace(expected: LockOwner | null, mine: LockOwner): Promise<boolean> {
    return this.withMutex(async () => {
      const current = await readOwner(this.lockPath);
      const unchanged = expected === null ? current === 'unreadable' : typeof current === 'object' && current.token === expected.token;
      if (!unchanged) return false;
      const tmp = await this.writeTemp(mine);
      try {
        await fs.rename(tmp, this.lockPath);
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
      }
      return true;
    });
  }

  /**
   * Run `fn` holding `<lock>.takeover` (exclusive creation; the file holds a token of ours). A mutex
   * left by a process killed inside this few-millisecond window is cleared once it is 10 s old —
   * by one process only (clearStaleMutex): two that both judged it stale and both removed it would
   * let the second remove the first's fresh mutex, and both enter.
   */
  private async withMutex<T>(fn: () => Promise<T>): Promise<T> {
    const mutex = `${this.lockPath}.takeover`;
    const token = randomUUID();
    const deadline = Date.now() + 15_000;
    for (;;) {
      try {
        await fs.writeFile(mutex, token, { flag: 'wx' });
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const seen = await fs.stat(mutex).catch(() => null);
        if (seen && Date.now() - seen.mtimeMs > MUTEX_STALE_MS) await clearStaleMutex(mutex, seen);
        else if (Date.now() > deadline) throw new ProjectLockedError(this.lockPath.replace(/\.lock$/, ''), null);
        else await sleep(2 + Math.random() * 8);
      }
    }
    try {
      return await fn();
    } finally {
      // Ours unless we were judged stale (a pause over 10 s) and someone else holds it now.
      const content = await fs.readFile(mutex, 'utf8').catch(() => null);
      if (content === token) await fs.rm(mutex, { force: true });
    }
  }
}

/** A takeover mutex older than this was left by a process killed while holding it. */
const MUTEX_STALE_MS = 10_000;

/**
 * Remove the stale mutex `seen` — that file, not whatever has the name by then. The right to clear
 * it is itself taken by exclusive creation of a name of that file's own (`<mutex>.clear-<inode>-
 * <mtime>`), so of all the processes that judged it stale exactly one clears it; that one removes
 * the mutex only if the name still holds that inode with that time, and drops its claim only after,
 * so a process that claims the same file later finds it gone and removes nothing. A fresh mutex
 * (even one reusing the inode number) has another time and another claim name.
 */
async function clearStaleMutex(mutex: string, seen: { ino: number; mtimeMs: number }): Promise<void> {
  const claim = `${mutex}.clear-${seen.ino}-${Math.round(seen.mtimeMs * 1000)}`;
  try {
    await fs.writeFile(claim, '', { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    // Someone is clearing it. A claim itself 10 s old was left by a process killed in these few
    // microseconds: drop it so the mutex can be cleared at all.
    const age = await fs.stat(claim).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > MUTEX_STALE_MS) await fs.rm(claim, { force: true });
    return;
  }
  try {
    const now = await fs.stat(mutex).catch(() => null);
    if (now && now.ino === seen.ino && now.mtimeMs === seen.mtimeMs) await fs.rm(mutex, { force: true });
  } finally {
    await fs.rm(claim, { force: true });
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | 'missing' | 'unreadable'> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(lockPath);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  const json = decodeJsonBytes(bytes);
  if (!json.ok || json.value === null || typeof json.value !== 'object') return 'unreadable';
  const v = json.value as Partial<LockOwner>;
  // A pid that no process can have (0, negative: a process group for kill(); fractional) is damage, not an owner.
  const pid = v.pid;
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0 || typeof v.host !== 'string') return 'unreadable';
  // Locks written by earlier versions carry no token or user: their content stands for the token.
  const str = (x: unknown, fallback: string) => (typeof x === 'string' ? x : fallback);
  return { user: str(v.user, 'unknown'), host: v.host, pid, pidStart: typeof v.pidStart === 'string' ? v.pidStart : null, since: str(v.since, ''), token: str(v.token, bytes.toString('utf8')) };
}
