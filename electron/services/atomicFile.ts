import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Temp files of one target are named `.<name>.<pid>.<random>.tmp` beside it, so a sweep can find them. */
const TEMP_SUFFIX = '.tmp';

function tempNameFor(target: string): string {
  const random = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${random}${TEMP_SUFFIX}`);
}

/**
 * Write a file so that a reader (or a crash) sees either the old bytes or the new bytes, never a
 * mix: write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const tmp = tempNameFor(target);
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await syncDirectory(dir);
}

/** fsync a directory so the rename itself survives a power cut (not supported on Windows: ignored). */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Directories cannot be opened for sync on every platform; the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the temp files that interrupted atomic writes left in `dir` (a process killed between
 * creating its temp file and renaming it). Only temp files whose writer process is gone are
 * removed, or ones older than `staleMs` (a pid reused since); `targets` limits the sweep to temp
 * files of those targets — a list of names, or a test of a target's name — (all temp files in the
 * folder when omitted). Returns what was removed.
 */
export async function sweepTempFiles(dir: string, targets?: readonly string[] | ((name: string) => boolean), staleMs = 10 * 60_000): Promise<string[]> {
  const wanted = typeof targets === 'function' ? targets : targets ? (name: string) => targets.includes(name) : () => true;
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const m = /^\.(.+)\.(\d+)\.[0-9a-z]+\.tmp$/.exec(entry);
    if (!m) continue;
    if (!wanted(m[1])) continue;
    const full = path.join(dir, entry);
    const stat = await fs.lstat(full).catch(() => null);
    if (!stat?.isFile()) continue;
    const old = Date.now() - stat.mtimeMs > staleMs;
    if (processIsAlive(Number(m[2])) && !old) continue;
    await fs.rm(full, { force: true });
    removed.push(full);
  }
  return removed;
}
