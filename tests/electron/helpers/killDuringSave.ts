// The kill-during-save loop shared by the store test (a few rounds) and `npm run bench -- crash`
// (hundreds: tests/bench/crash.ts): a child process saves a large project as fast as it can, with
// a backup on every save, and is killed with SIGKILL at a random moment; after each kill the
// project and the newest backup recovery would offer must load, and reopening must sweep every
// temp file the kill left.
import { spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProjectStore, backupFolder, listBackups, loadProjectBytes } from '../../../electron/services/projectStore';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface KillLoopResult {
  rounds: number;
  /** Kills that left a temp file behind (then swept on reopening). */
  tempFilesLeft: number;
  /** Largest temp file a kill left, in bytes. */
  largestTempFile: number;
  /** Rounds where the project file, or the newest offered backup, did not load (must stay 0). */
  unreadable: string[];
  /** Temp files still present after reopening (must stay 0). */
  notSwept: number;
}

/** Deterministic pseudo-random delays (mulberry32), so a failing round can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function tempFiles(file: string): Promise<Array<{ name: string; bytes: number }>> {
  const out: Array<{ name: string; bytes: number }> = [];
  for (const dir of [path.dirname(file), backupFolder(file)]) {
    for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
      if (name.endsWith('.tmp')) out.push({ name, bytes: (await fs.stat(path.join(dir, name))).size });
    }
  }
  return out;
}

export async function killDuringSaveLoop(file: string, rounds: number, seed = 20261203): Promise<KillLoopResult> {
  const next = random(seed);
  const result: KillLoopResult = { rounds, tempFilesLeft: 0, largestTempFile: 0, unreadable: [], notSwept: 0 };
  for (let round = 0; round < rounds; round++) {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'saveLoop.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, Math.floor(next() * 400)));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    if (!loadProjectBytes(readFileSync(file)).ok) result.unreadable.push(`round ${round}: project`);
    const offered = await listBackups(file, { loadable: true });
    const newestOnDisk = (await listBackups(file))[0];
    // Every backup is written atomically, so the newest one on disk must be the newest offered.
    if (newestOnDisk && offered[0]?.file !== newestOnDisk.file) result.unreadable.push(`round ${round}: newest backup ${newestOnDisk.file}`);
    if (offered[0] && !loadProjectBytes(readFileSync(offered[0].file)).ok) result.unreadable.push(`round ${round}: offered backup`);
    const left = await tempFiles(file);
    if (left.length) result.tempFilesLeft++;
    for (const t of left) result.largestTempFile = Math.max(result.largestTempFile, t.bytes);
    const reopened = await ProjectStore.open(file, { lock: false });
    await reopened.close();
    result.notSwept += (await tempFiles(file)).length;
  }
  return result;
}
