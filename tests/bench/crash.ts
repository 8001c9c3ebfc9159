import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBuiltinEdition } from '../../electron/services/builtinEdition';
import { ProjectStore } from '../../electron/services/projectStore';
import { killDuringSaveLoop } from '../electron/helpers/killDuringSave';
import { raceForStaleLocks, type LockRaceResult } from '../electron/helpers/lockRaceLoop';

/**
 * `npm run bench -- crash`: the crash and race loops of tests/electron/projectStore.test.ts and
 * fileLock.test.ts at the counts the issue measured with, instead of the few rounds CI runs:
 * - a child saving a large project (a backup before every save) killed with SIGKILL at a random
 *   moment, CRASH_KILLS times (default 500): after each kill the project and the newest offered
 *   backup must load, and reopening must sweep the temp files the kill left;
 * - processes racing for the same stale lock, CRASH_LOCK_ROUNDS rounds (default 400) of
 *   CRASH_LOCK_RACERS racers (default 2), then a quarter as many rounds of three racers that also
 *   find a stale takeover mutex left behind: exactly one owner every round.
 * Prints the counts and sets a failing exit code on any failure. A kill round spawns a process
 * (~1.7 s a round on the 2-core machine here: the default 500 take about a quarter of an hour).
 */
export async function bench(): Promise<void> {
  const kills = Number(process.env.CRASH_KILLS ?? 500);
  const lockRounds = Number(process.env.CRASH_LOCK_ROUNDS ?? 400);
  const racers = Number(process.env.CRASH_LOCK_RACERS ?? 2);
  let failed = false;

  const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-crash-'));
  const file = path.join(dir, 'p.json');
  await (await ProjectStore.create(file, await loadBuiltinEdition(), { lock: false })).close();
  let t0 = performance.now();
  const k = await killDuringSaveLoop(file, kills);
  const killSeconds = (performance.now() - t0) / 1000;
  console.log(
    `kill during save: ${k.rounds} SIGKILLs in ${killSeconds.toFixed(0)} s; unreadable project or offered backup: ${k.unreadable.length}; ` +
      `kills that left a temp file: ${k.tempFilesLeft} (${((100 * k.tempFilesLeft) / Math.max(1, k.rounds)).toFixed(1)} %, largest ${(k.largestTempFile / 1024).toFixed(0)} kB); ` +
      `temp files left after reopening: ${k.notSwept}`,
  );
  for (const u of k.unreadable.slice(0, 10)) console.log(`  ${u}`);
  if (k.unreadable.length || k.notSwept) failed = true;

  const race = async (what: string, rounds: number, n: number, staleMutex: boolean) => {
    t0 = performance.now();
    const r: LockRaceResult = await raceForStaleLocks(rounds, n, { staleMutex });
    const s = (performance.now() - t0) / 1000;
    console.log(
      `${what}: ${r.rounds} rounds of ${n} racers in ${s.toFixed(1)} s; two owners: ${r.doubleOwners.length}, no owner: ${r.unowned.length}, lock not naming the winner: ${r.wrongRecord.length}`,
    );
    if (r.doubleOwners.length || r.unowned.length || r.wrongRecord.length) {
      failed = true;
      console.log(`  rounds: two owners ${JSON.stringify(r.doubleOwners.slice(0, 20))}, none ${JSON.stringify(r.unowned.slice(0, 20))}, wrong record ${JSON.stringify(r.wrongRecord.slice(0, 20))}`);
    }
  };
  await race('stale lock race', lockRounds, racers, false);
  await race('stale lock + stale takeover mutex race', Math.max(1, Math.round(lockRounds / 4)), 3, true);
  console.log(failed ? 'crash: FAILED' : 'crash: no failure');
  if (failed) process.exitCode = 1;
}
