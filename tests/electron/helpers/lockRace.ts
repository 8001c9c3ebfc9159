// Child process for the lock race: for each round, meet the other racer at a barrier (files in the
// folder), then try to take the round's lock, which the parent seeded with a stale owner. Prints
// one JSON line: the rounds this process won.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FileLock, ProjectLockedError } from '../../../electron/services/fileLock';

const [dir, roundsArg, id, racersArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
const racers = Number(racersArg);
const won: number[] = [];
const held: FileLock[] = [];
for (let r = 0; r < rounds; r++) {
  writeFileSync(path.join(dir, `ready-${r}-${id}`), '');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    let all = true;
    for (let k = 0; k < racers; k++) if (!existsSync(path.join(dir, `ready-${r}-${k}`))) all = false;
    if (all) break;
  }
  const lock = new FileLock(path.join(dir, `${r}.json.lock`));
  try {
    await lock.acquire();
    won.push(r);
    held.push(lock);
  } catch (e) {
    if (!(e instanceof ProjectLockedError)) throw e;
  }
}
console.log(JSON.stringify({ id, pid: process.pid, won }));
// Stay alive (holding the locks won) until every racer is done: a lock of an exited process is
// rightly stale, and another racer taking it over would not be a race.
writeFileSync(path.join(dir, `done-${id}`), '');
const deadline = Date.now() + 30_000;
for (let k = 0; k < racers && Date.now() < deadline; ) {
  if (existsSync(path.join(dir, `done-${k}`))) k++;
  else await new Promise((r) => setTimeout(r, 5));
}
void held;
