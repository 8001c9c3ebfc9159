import { spawn } from 'node:child_process';
import fs, { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileLock, ProjectLockedError, processStartTime } from '../../electron/services/fileLock';
import { ProjectSession } from '../../electron/services/projectSession';
import { raceForStaleLocks } from './helpers/lockRaceLoop';
import { editText } from '../../shared/model/operations';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'acec-lock-'));

async function session(dataDir = tmp()) {
  const s = await ProjectSession.start({ dataDir, saveDebounceMs: 5 });
  sessions.push(s);
  return s;
}

describe('the project lock', () => {
  it('processes racing for the same stale lock (and for a stale takeover mutex), round after round: exactly one owner each time', async () => {
    const r = await raceForStaleLocks(Number(process.env.ACEC_LOCK_ROUNDS ?? 60));
    expect(r.doubleOwners).toEqual([]);
    expect(r.unowned).toEqual([]);
    expect(r.wrongRecord).toEqual([]);
    // The same with a takeover mutex left behind by a killed process: both racers find it stale.
    const m = await raceForStaleLocks(Number(process.env.ACEC_LOCK_ROUNDS ?? 60) / 3, 3, { staleMutex: true });
    expect(m.doubleOwners).toEqual([]);
    expect(m.unowned).toEqual([]);
    expect(m.wrongRecord).toEqual([]);
  }, 120_000);

  it('a takeover mutex left by a killed process is cleared by one contender, never by two: one owner each round', async () => {
    const stale = { user: 'gone', host: os.hostname(), pid: 2 ** 22 + 4321, pidStart: null, since: '2026-01-01T00:00:00.000Z', token: 'stale' };
    const rounds = Number(process.env.ACEC_MUTEX_ROUNDS ?? 40);
    const doubles: string[] = [];
    for (let r = 0; r < rounds; r++) {
      const lockPath = path.join(tmp(), 'p.json.lock');
      writeFileSync(lockPath, JSON.stringify(stale));
      writeFileSync(`${lockPath}.takeover`, '');
      const old = new Date(Date.now() - 60_000);
      fs.utimesSync(`${lockPath}.takeover`, old, old);
      const locks = Array.from({ length: 6 }, () => new FileLock(lockPath));
      const results = await Promise.allSettled(locks.map((l) => l.acquire()));
      const owners = results.filter((x) => x.status === 'fulfilled').length;
      if (owners !== 1) doubles.push(`round ${r}: ${owners} owners`);
      for (const x of results) if (x.status === 'rejected') expect(x.reason).toBeInstanceOf(ProjectLockedError);
      const holder = locks.find((l) => l.held)!;
      expect(JSON.parse(readFileSync(lockPath, 'utf8')).pid).toBe(process.pid);
      await holder.release();
      expect(existsSync(`${lockPath}.takeover`)).toBe(false);
    }
    expect(doubles).toEqual([]);
  }, 60_000);

  it('a fresh lock naming a pid no process can have (0, negative, fractional) is damage: refused without an owner, not "held by" a process group', async () => {
    for (const pid of [0, -1, 1.5]) {
      const lockPath = path.join(tmp(), 'p.json.lock');
      writeFileSync(lockPath, JSON.stringify({ user: 'x', host: os.hostname(), pid, since: '2026-12-04T09:00:00.000Z', token: 't' }));
      const err = await new FileLock(lockPath).acquire().catch((e: unknown) => e);
      expect(err, String(pid)).toBeInstanceOf(ProjectLockedError);
      expect((err as ProjectLockedError).owner, String(pid)).toBeNull();
    }
  });

  it('says who holds it: user, host, since when', async () => {
    const lockPath = path.join(tmp(), 'p.json.lock');
    const a = new FileLock(lockPath);
    await a.acquire();
    const err = await new FileLock(lockPath).acquire().catch((e) => e);
    expect(err).toBeInstanceOf(ProjectLockedError);
    const owner = (err as ProjectLockedError).owner!;
    expect(owner.user).toBe(os.userInfo().username);
    expect(owner.host).toBe(os.hostname());
    expect(Date.parse(owner.since)).toBeGreaterThan(Date.now() - 60_000);
    expect((err as Error).message).toContain(owner.user);
    await a.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('a lock whose pid now belongs to another program is taken over', async () => {
    const lockPath = path.join(tmp(), 'p.json.lock');
    // A live process (this one's parent shell would do; use a child we start) with a different start time.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      expect(processStartTime(child.pid!)).not.toBeNull();
      writeFileSync(lockPath, JSON.stringify({ user: 'x', host: os.hostname(), pid: child.pid, pidStart: '1', since: '2020-01-01T00:00:00Z', token: 't' }));
      const lock = new FileLock(lockPath);
      await lock.acquire();
      expect(JSON.parse(readFileSync(lockPath, 'utf8')).pid).toBe(process.pid);
      await lock.release();
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('a live holder can be taken over after confirmation; the old holder then stops saving (lock-lost)', async () => {
    const dataDir = tmp();
    const first = await session(dataDir);
    const file = path.join(dataDir, 'projects', 'p.json');
    await first.newFromBuiltin(file);
    const second = await session(tmp());
    await expect(second.open(file)).rejects.toMatchObject({ code: 'locked' });
    await second.open(file, { takeOver: true });
    expect(second.info().file).toBe(file);
    const op = editText(first.current, 's1', 'title', 'en', 'Old holder');
    first.applyChange(op.label, op.patches);
    await first.flush();
    expect(first.info().saveError?.code).toBe('lock-lost');
    expect(JSON.parse(readFileSync(file, 'utf8')).framework.sections[0].title.en.text).not.toBe('Old holder');
  });

  it('reopening the project this session holds is a no-op', async () => {
    const dataDir = tmp();
    const s = await session(dataDir);
    const file = path.join(dataDir, 'projects', 'p.json');
    await s.newFromBuiltin(file);
    const op = editText(s.current, 's1', 'title', 'en', 'Unsaved yet');
    s.applyChange(op.label, op.patches);
    const again = await s.open(file);
    expect(again.project.framework.sections[0].title.en.text).toBe('Unsaved yet');
    expect(again.info.undoLabel).not.toBeNull();
  });

  it.each(['file', 'folder'] as const)('a read-only %s opens read-only (no lock made, edits refused); Save as still works', async (what) => {
    const dataDir = tmp();
    const maker = await session(dataDir);
    const dir = path.join(dataDir, 'projects');
    const file = path.join(dir, 'p.json');
    await maker.newFromBuiltin(file);
    await maker.openBuiltin();
    // chmod does not bind root (these test machines run as root): make the OS answer as it would for a user.
    const denied = what === 'file' ? file : dir;
    const realAccess = fs.promises.access.bind(fs.promises);
    const spy = vi.spyOn(fs.promises, 'access').mockImplementation(async (p, mode) => {
      if (p === denied && mode === fs.constants.W_OK) throw Object.assign(new Error(`EACCES: permission denied, access '${p}'`), { code: 'EACCES' });
      return realAccess(p, mode);
    });
    try {
      const s = await session(tmp());
      const snap = await s.open(file);
      expect(snap.info.readOnly).toBe(true);
      expect(snap.info.readOnlyFile).toBe(what);
      if (what === 'folder') expect(existsSync(`${file}.lock`)).toBe(false);
      const op = editText(s.current, 's1', 'title', 'en', 'x');
      expect(() => s.applyChange(op.label, op.patches)).toThrow(/read-only/);
      const copy = path.join(tmp(), 'copy.json');
      const saved = await s.saveAs(copy);
      expect(saved.info.readOnly).toBe(false);
      expect(existsSync(copy)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});
