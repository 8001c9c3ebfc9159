import { promises as fs, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../electron/services/builtinEdition';
import { ProjectStore, backupFolder, listBackups } from '../../electron/services/projectStore';
import { ProblemError } from '../../shared/ipc/problem';
import { loadProjectText } from '../../shared/model/loadProject';
import { killDuringSaveLoop } from './helpers/killDuringSave';

const open: ProjectStore[] = [];
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'acec-store-'));

afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function created(dir: string, name = 'p.json', options = {}) {
  const store = await ProjectStore.create(path.join(dir, name), await loadBuiltinEdition(), options);
  open.push(store);
  return store;
}

describe('ProjectStore', () => {
  it('creates, saves and reopens a project with the change', async () => {
    const dir = tmp();
    const store = await created(dir);
    const p = structuredClone(store.project);
    p.framework.metadata.edition = '2026-2030';
    await store.save(p);
    await store.close();
    open.pop();
    const again = await ProjectStore.open(path.join(dir, 'p.json'));
    open.push(again);
    expect(again.project.framework.metadata.edition).toBe('2026-2030');
  });

  it('never leaves a temp file behind and writes complete JSON', async () => {
    const dir = tmp();
    const store = await created(dir);
    await Promise.all([1, 2, 3, 4, 5].map((i) => {
      const p = structuredClone(store.project);
      p.framework.metadata.edition = `e${i}`;
      return store.save(p);
    }));
    const files = await fs.readdir(dir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const r = loadProjectText(readFileSync(path.join(dir, 'p.json'), 'utf8'));
    expect(r.ok && r.project.framework.metadata.edition).toBe('e5');
  });

  it('refuses to save an invalid project and keeps the file as it was', async () => {
    const dir = tmp();
    const store = await created(dir);
    const before = readFileSync(path.join(dir, 'p.json'), 'utf8');
    const bad = structuredClone(store.project) as unknown as { framework: { metadata: { period: unknown } } };
    bad.framework.metadata.period = { start: 2030, end: 2020 };
    expect(() => store.save(bad as never)).toThrow();
    expect(readFileSync(path.join(dir, 'p.json'), 'utf8')).toBe(before);
  });

  it('keeps rolling backups of the last good file, capped', async () => {
    const dir = tmp();
    const store = await created(dir, 'p.json', { backupIntervalMs: 0, keepBackups: 3 });
    for (let i = 0; i < 6; i++) {
      const p = structuredClone(store.project);
      p.framework.metadata.edition = `e${i}`;
      await store.save(p);
      await new Promise((r) => setTimeout(r, 5));
    }
    const backups = await listBackups(path.join(dir, 'p.json'));
    expect(backups).toHaveLength(3);
    // The newest backup is the file as it was before the last save.
    const newest = loadProjectText(readFileSync(backups[0].file, 'utf8'));
    expect(newest.ok && newest.project.framework.metadata.edition).toBe('e4');
    expect(backupFolder(path.join(dir, 'p.json'))).toBe(path.join(dir, 'p.json.backups'));
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,,}', 'not-json'],
    ['not a project', '[1,2,3]', 'not-a-project'],
    ['a newer schema', '{"schemaVersion": 99, "framework": {}}', 'newer-schema'],
    ['the wrong shape', '{"schemaVersion": 1, "framework": {"id": "x"}}', 'invalid'],
  ])('rejects a file that is %s with a clear error and leaves it byte-for-byte unchanged', async (_name, content, code) => {
    const dir = tmp();
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, content);
    const err = await ProjectStore.open(file).catch((e) => e);
    expect(err).toBeInstanceOf(ProblemError);
    expect((err as ProblemError).code).toBe(`load-${code}`);
    expect((err as ProblemError).file).toBe(file);
    expect((err as Error).message).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe(content);
    // The lock is released after a failed open, and no backup or temp file was made.
    expect((await fs.readdir(dir)).sort()).toEqual(['bad.json']);
  });

  it('names the field that is wrong', async () => {
    const dir = tmp();
    const file = path.join(dir, 'bad.json');
    const p = await loadBuiltinEdition();
    (p.framework.components[2].title.en as { status: string }).status = 'finished';
    writeFileSync(file, JSON.stringify(p));
    const err = (await ProjectStore.open(file).catch((e) => e)) as ProblemError;
    expect(err.code).toBe('load-invalid');
    expect(err.details?.map((d) => d.path)).toContain('framework.components[2].title.en.status');
  });

  it('a process killed at random moments while saving always leaves the project and the newest offered backup loadable, and reopening sweeps its temp files', async () => {
    const dir = tmp();
    const file = path.join(dir, 'p.json');
    const store = await created(dir);
    await store.close();
    open.pop();
    const rounds = Number(process.env.ACEC_KILL_ROUNDS ?? 5);
    const result = await killDuringSaveLoop(file, rounds);
    expect(result.unreadable).toEqual([]);
    expect(result.notSwept).toBe(0);
    expect((await listBackups(file, { loadable: true })).length).toBeGreaterThan(0);
  }, 120_000);

  it('opening sweeps the temp files interrupted writes left: the project, its lock, its theirs/recovered copies, backups and versions; not a live writer\'s, not another project\'s', async () => {
    const dir = tmp();
    const store = await created(dir);
    await store.close();
    open.pop();
    const gone = 2 ** 22 + 4321;
    const leftovers = [
      `.p.json.${gone}.k1.tmp`,
      `.p.json.lock.${gone}.0a1b2c3d.tmp`,
      `.p.theirs-2026-12-04T10-00-00-000Z.json.${gone}.k2.tmp`,
      `.p.recovered-2026-12-04T10-00-00-000Z.json.${gone}.k3.tmp`,
      `p.json.backups/.2026-12-04T10-00-00-000Z.json.${gone}.k4.tmp`,
      `p.json.versions/named/.x.json.${gone}.k5.tmp`,
      `p.json.versions/history/.x.json.gz.${gone}.k6.tmp`,
    ];
    const kept = [`.p.json.${process.pid}.live.tmp`, `.other.json.${gone}.k7.tmp`, `.other.json.lock.${gone}.k8.tmp`];
    for (const f of [...leftovers, ...kept]) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), 'partial');
    }
    open.push(await ProjectStore.open(path.join(dir, 'p.json')));
    for (const f of leftovers) expect(existsSync(path.join(dir, f)), f).toBe(false);
    for (const f of kept) expect(existsSync(path.join(dir, f)), f).toBe(true);
  });

  it('refuses a second writer on the same project while the first has it open', async () => {
    const dir = tmp();
    await created(dir);
    const err = await ProjectStore.open(path.join(dir, 'p.json')).catch((e) => e);
    expect(err).toMatchObject({ code: 'locked', data: { pid: process.pid } });
    expect((err as Error).message).toContain(String(process.pid));
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = tmp();
    const store = await created(dir);
    await store.close();
    open.pop();
    writeFileSync(path.join(dir, 'p.json.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), since: 'then' }));
    const again = await ProjectStore.open(path.join(dir, 'p.json'));
    open.push(again);
    expect(again.project.framework.id).toBe('acec-2021-2025');
  });

  it('refuses to create over an existing file', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'p.json'), 'mine');
    await expect(ProjectStore.create(path.join(dir, 'p.json'), await loadBuiltinEdition())).rejects.toMatchObject({ code: 'file-exists' });
    expect(readFileSync(path.join(dir, 'p.json'), 'utf8')).toBe('mine');
    expect(existsSync(path.join(dir, 'p.json.lock'))).toBe(false);
  });
});
