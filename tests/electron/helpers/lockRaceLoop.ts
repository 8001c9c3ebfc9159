// Processes racing for the same stale locks, round after round (the test runs a few dozen rounds,
// `npm run bench -- crash` hundreds: tests/bench/crash.ts): each round exactly one process must own
// the lock, never two.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface LockRaceResult {
  rounds: number;
  /** Rounds where more than one process believed it held the lock (must be empty). */
  doubleOwners: number[];
  /** Rounds nobody won (a stale lock must be taken over: must be empty). */
  unowned: number[];
  /** Rounds whose lock file does not name the winner (must be empty). */
  wrongRecord: number[];
}

/** `staleMutex`: each round's takeover mutex is also left behind (a process killed holding it, 60 s ago). */
export async function raceForStaleLocks(rounds: number, racers = 2, { staleMutex = false }: { staleMutex?: boolean } = {}): Promise<LockRaceResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-lockrace-'));
  // A stale owner: this host, a pid that cannot be running.
  const stale = { user: 'gone', host: os.hostname(), pid: 2 ** 22 + 4321, pidStart: null, since: '2026-01-01T00:00:00.000Z', token: 'stale' };
  const longAgo = new Date(Date.now() - 60_000);
  for (let r = 0; r < rounds; r++) {
    writeFileSync(path.join(dir, `${r}.json.lock`), JSON.stringify(stale));
    if (!staleMutex) continue;
    writeFileSync(path.join(dir, `${r}.json.lock.takeover`), '');
    utimesSync(path.join(dir, `${r}.json.lock.takeover`), longAgo, longAgo);
  }
  const outputs = await Promise.all(
    Array.from({ length: racers }, (_, id) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'lockRace.ts'), dir, String(rounds), String(id), String(racers)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      return new Promise<{ pid: number; won: number[] }>((resolve, reject) =>
        child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`racer ${id} exited ${code}`)))),
      );
    }),
  );
  const result: LockRaceResult = { rounds, doubleOwners: [], unowned: [], wrongRecord: [] };
  for (let r = 0; r < rounds; r++) {
    const winners = outputs.filter((o) => o.won.includes(r));
    if (winners.length > 1) result.doubleOwners.push(r);
    if (winners.length === 0) result.unowned.push(r);
    if (winners.length === 1 && JSON.parse(readFileSync(path.join(dir, `${r}.json.lock`), 'utf8')).pid !== winners[0].pid) result.wrongRecord.push(r);
  }
  return result;
}
