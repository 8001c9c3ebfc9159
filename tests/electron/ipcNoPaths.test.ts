import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/ipc/contract';
import { dispatch } from '../../electron/services/dispatch';
import { fileHandlesOf } from '../../electron/services/fileHandles';
import { createHandlers } from '../../electron/services/handlers';
import { ProjectSession } from '../../electron/services/projectSession';

/**
 * No IPC method takes a path from the renderer. The contract is walked, so a method added later is
 * covered without touching this file: every string a request can carry either refuses every raw
 * path (a file handle, an enum, a bare name), or is listed below as text that never names a file.
 * Then every method is called with paths where a file could go, and every handle field with paths
 * and forged handles: each is refused with a code, and nothing on disk or in the session changes.
 */

type Segment = string | '[]';
interface Leaf {
  method: MethodName;
  at: Segment[];
  schema: z.ZodType;
}

const RAW_PATHS = ['/etc/passwd', '/tmp/acec-probe/x.json', 'C:\\Users\\x\\p.json', '..\\..\\x.json', '../../etc/passwd', '~/.ssh/id_rsa', 'file:///etc/passwd', 'projects/framework.json'];

/** Strings that carry text, never a file the services open (`method.field`, `[]` for any index). */
const NOT_FILES: Record<string, string> = {
  'applyChange.label': 'the Undo label',
  'applyChange.coalesce': 'a typing-run key',
  'applyChange.patches.[].path.[]': 'a key inside the project document',
  'saveVersion.name': 'a version name', 'saveVersion.author': 'a person', 'saveVersion.note': 'a note',
  'setReviewer.reviewer.name': 'a person', 'setReviewer.reviewer.organisation': 'an organisation', 'setReviewer.reviewer.country': 'a country', 'setReviewer.reviewer.role': 'a role',
  'setDrafter.drafter.name': 'a person', 'setDrafter.drafter.organisation': 'an organisation', 'setDrafter.drafter.country': 'a country', 'setDrafter.drafter.role': 'a role',
  'exportReviewCopy.versionName': 'a version name',
  'openReviewCopy.name': 'the picked file\'s name, for messages', 'openReviewCopy.text': 'the picked file\'s content', 'openReviewCopy.base64': 'the picked file\'s bytes',
  'importPackets.files.[].name': 'a picked file\'s name, for messages', 'importPackets.files.[].text': 'content', 'importPackets.files.[].base64': 'bytes',
  'importReviewDocx.name': 'the picked file\'s name, for messages', 'importReviewDocx.base64': 'bytes', 'importReviewDocx.organisation': 'an organisation', 'importReviewDocx.country': 'a country',
  'importProgress.files.[].name': 'a picked file\'s name (its extension says csv/xlsx/packet)', 'importProgress.files.[].base64': 'bytes',
  'openProgressPacket.name': 'the picked template\'s name, for messages and the title (its base name, made safe, names the copy main keeps in progress/)', 'openProgressPacket.base64': 'bytes',
  'exportMatrix.filter.reviewer': 'a filter', 'exportMatrix.filter.country': 'a filter', 'exportMatrix.filter.component': 'a filter',
  'flushDone.id': 'a flush id',
};

/** Every string leaf of a zod schema, with where it sits. */
function leaves(method: MethodName, schema: z.ZodType, at: Segment[] = []): Leaf[] {
  const def = (schema as unknown as { def: Record<string, unknown> & { type: string } }).def;
  switch (def.type) {
    case 'string':
      return [{ method, at, schema }];
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => leaves(method, v, [...at, k]));
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'readonly': case 'nonoptional': case 'catch':
      return leaves(method, def.innerType as z.ZodType, at);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => leaves(method, o, at));
    case 'intersection':
      return [...leaves(method, def.left as z.ZodType, at), ...leaves(method, def.right as z.ZodType, at)];
    case 'array':
      return leaves(method, def.element as z.ZodType, [...at, '[]']);
    case 'tuple':
      return (def.items as z.ZodType[]).flatMap((i) => leaves(method, i, [...at, '[]']));
    case 'record':
      return leaves(method, def.valueType as z.ZodType, [...at, '[]']);
    case 'pipe':
      return leaves(method, def.in as z.ZodType, at);
    case 'lazy':
      return leaves(method, (def.getter as () => z.ZodType)(), at);
    default:
      // Numbers, booleans, literals, enums: no path fits. Unknown values only occur in patch values
      // (content of the project document, validated by the project schema, never opened as files).
      return [];
  }
}

const ALL = METHOD_NAMES.flatMap((m) => leaves(m, contract[m].req));
const key = (l: Leaf) => [l.method, ...l.at].join('.');
const acceptsSomePath = (l: Leaf) => RAW_PATHS.filter((p) => l.schema.safeParse(p).success);
const FORGED = `fh1.${'Q'.repeat(32)}`;
/** Handle fields: strings that take a minted handle's shape and nothing else (no path, no plain name like a version id). */
const HANDLE_LEAVES = ALL.filter((l) => l.schema.safeParse(FORGED).success && !l.schema.safeParse('framework-1').success && acceptsSomePath(l).length === 0);

/** A request for each method with a handle field, with every handle field forged (a valid shape). */
const BASE: Partial<Record<MethodName, Record<string, unknown>>> = {
  openProject: { project: FORGED },
  listBackups: { project: FORGED },
  openBackup: { project: FORGED, backup: FORGED },
  saveAs: { target: FORGED },
  exportOpen: { file: FORGED },
  exportShowInFolder: { file: FORGED },
  restoreVersion: { source: { kind: 'file', file: FORGED } },
  compareVersions: { before: { kind: 'file', file: FORGED }, after: { kind: 'file', file: FORGED } },
  exportCompareReport: { before: { kind: 'file', file: FORGED }, after: { kind: 'file', file: FORGED }, format: 'docx', lang: 'en' },
};

function setAt(value: Record<string, unknown>, at: Segment[], v: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  let o = copy as Record<string, unknown>;
  for (const s of at.slice(0, -1)) o = o[s] as Record<string, unknown>;
  o[at[at.length - 1]] = v;
  return copy;
}

const sessions: ProjectSession[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

/** A session with an open project, and a victim folder whose files no request may touch. */
async function setup() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'acec-nopaths-'));
  const session = await ProjectSession.start({ dataDir, saveDebounceMs: 5 });
  sessions.push(session);
  await session.newFromBuiltin(path.join(dataDir, 'projects', 'framework.json'));
  const victims = mkdtempSync(path.join(os.tmpdir(), 'acec-victim-'));
  const victim = path.join(victims, 'precious.json');
  writeFileSync(victim, '{"precious": true}');
  // Hooks that would pick the victim if a handler ever fell back to a dialog on a refused request.
  const handlers = createHandlers(session);
  const files = fileHandlesOf(session);
  const call = (m: MethodName, req: unknown) => dispatch(handlers, m, req, files);
  const untouched = () => {
    expect(readdirSync(victims)).toEqual(['precious.json']);
    expect(readFileSync(victim, 'utf8')).toBe('{"precious": true}');
  };
  return { session, call, victim, victims, files, untouched };
}

describe('no IPC method takes a path', () => {
  it('every string a request can carry refuses raw paths, or is text that never names a file', () => {
    const accepting = ALL.filter((l) => acceptsSomePath(l).length > 0).map(key);
    const unexplained = accepting.filter((k) => !(k in NOT_FILES));
    expect(unexplained).toEqual([]);
    // The list names only fields that exist (a renamed field must be looked at again).
    expect(Object.keys(NOT_FILES).filter((k) => !accepting.includes(k))).toEqual([]);
  });

  it('the handle fields are the ones expected, and each method with one has a base request here', () => {
    expect(HANDLE_LEAVES.map(key).sort()).toEqual([
      'compareVersions.after.file', 'compareVersions.before.file', 'exportCompareReport.after.file', 'exportCompareReport.before.file',
      'exportOpen.file', 'exportShowInFolder.file', 'listBackups.project', 'openBackup.backup', 'openBackup.project', 'openProject.project',
      'restoreVersion.source.file', 'saveAs.target',
    ]);
    for (const l of HANDLE_LEAVES) expect(BASE[l.method], l.method).toBeDefined();
  });

  it('every method refuses a path under any file-like key, with a code, touching nothing', async () => {
    const { session, call, victim, untouched } = await setup();
    const before = { revision: session.info().revision, file: session.info().file };
    for (const m of METHOD_NAMES) {
      for (const k of ['file', 'path', 'target', 'project', 'backup', 'folder', 'dir', 'output', 'out']) {
        for (const p of [victim, path.join(path.dirname(victim), 'new.json')]) {
          const r = await call(m, { ...(BASE[m] ?? {}), [k]: p });
          expect(r.ok, `${m} ${k}`).toBe(false);
          if (!r.ok) expect(['bad-request', 'unknown-handle'], `${m} ${k}`).toContain(r.problem.code);
        }
      }
    }
    untouched();
    expect({ revision: session.info().revision, file: session.info().file }).toEqual(before);
  });

  it('every handle field refuses raw paths (bad-request naming the field) and forged handles (unknown-handle)', async () => {
    const { session, call, victim, untouched } = await setup();
    const before = session.info().file;
    for (const l of HANDLE_LEAVES) {
      const base = BASE[l.method]!;
      for (const p of [...RAW_PATHS, victim]) {
        const r = await call(l.method, setAt(base, l.at, p));
        expect(r.ok, key(l)).toBe(false);
        if (!r.ok) {
          expect(r.problem.code, key(l)).toBe('bad-request');
          expect(r.problem.details?.map((d) => d.path), key(l)).toContain(l.at.join('.'));
        }
      }
      const forged = await call(l.method, base);
      expect(!forged.ok && forged.problem.code, key(l)).toBe('unknown-handle');
    }
    untouched();
    expect(session.info().file).toBe(before);
  });

  it('a handle minted for one use is refused for another: a recent project is no place to save, an export no project to open', async () => {
    const { session, call, victim, files, untouched } = await setup();
    const project = files.mint(victim, 'project').handle;
    const written = files.mint(victim, 'written').handle;
    const backup = files.mint(victim, 'backup', session.info().file).handle;
    expect(await call('saveAs', { target: project })).toMatchObject({ ok: false, problem: { code: 'wrong-handle-kind' } });
    expect(await call('openProject', { project: written })).toMatchObject({ ok: false, problem: { code: 'wrong-handle-kind' } });
    expect(await call('exportOpen', { file: project })).toMatchObject({ ok: false, problem: { code: 'wrong-handle-kind' } });
    expect(await call('openBackup', { project, backup: written })).toMatchObject({ ok: false, problem: { code: 'wrong-handle-kind' } });
    // A backup handle listed for the open project is not a backup of another one.
    expect(await call('openBackup', { project, backup })).toMatchObject({ ok: false, problem: { code: 'wrong-handle-kind' } });
    untouched();
    expect(existsSync(`${victim}.lock`)).toBe(false);
  });

  it('replies name files, never locate them: the open project by handle, a problem\'s file by its base name', async () => {
    const { session, call, files } = await setup();
    const snap = await call('getSnapshot', {});
    const info = (snap as { value: { info: { file: string; name: string } } }).value.info;
    expect(info.file).not.toContain(path.sep);
    expect(files.resolve(info.file, 'project')).toBe(session.info().file);
    const missing = files.mint(path.join(session.dataDir, 'gone', 'p.json'), 'project').handle;
    const r = await call('openProject', { project: missing });
    expect(r).toMatchObject({ ok: false, problem: { file: 'p.json' } });
    // The failed file comes back as a handle the banner can act on (open a backup), not as a path.
    expect(!r.ok && r.problem.handle).toBe(missing);
    const recent = await call('recentProjects', {});
    expect(JSON.stringify(recent)).not.toContain(session.dataDir);
  });

  it('recovery goes by handles alone: a failed open names the file by handle, its backups are listed as handles, one opens', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'acec-nopaths-backup-'));
    const session = await ProjectSession.start({ dataDir, saveDebounceMs: 5, store: { backupIntervalMs: 0 } });
    sessions.push(session);
    const file = path.join(dataDir, 'projects', 'framework.json');
    await session.newFromBuiltin(file);
    for (const text of ['One', 'Two']) {
      session.applyChange('edit', [{ op: 'replace', path: ['framework', 'sections', 0, 'title', 'en', 'text'], value: text }]);
      await session.flush();
    }
    await session.openBuiltin();
    writeFileSync(file, '{"schemaVersion": 2, "fram');
    const files = fileHandlesOf(session);
    const call = (m: MethodName, req: unknown) => dispatch(createHandlers(session), m, req, files);
    const failed = await call('openProject', { project: (await call('recentProjects', {}) as { value: Array<{ handle: string }> }).value[0].handle });
    expect(failed).toMatchObject({ ok: false, problem: { code: 'load-truncated', file: 'framework.json' } });
    const project = (failed as { problem: { handle: string } }).problem.handle;
    const listed = await call('listBackups', { project });
    const backups = (listed as { value: Array<{ handle: string; name: string }> }).value;
    expect(backups.length).toBeGreaterThan(0);
    expect(JSON.stringify(backups)).not.toContain(dataDir);
    const opened = await call('openBackup', { project, backup: backups[0].handle });
    expect(opened.ok).toBe(true);
    expect(session.info().file).toMatch(/framework\.recovered-.*\.json$/);
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 2, "fram');
  });

  it('the browser build\'s Save As: a bare name lands in main\'s projects folder; a name with a folder is refused', async () => {
    const { session, call, victims, untouched } = await setup();
    const target = await call('chooseSaveTarget', { name: 'rescued' });
    expect(target).toMatchObject({ ok: true, value: { name: 'rescued.json' } });
    const saved = await call('saveAs', { target: (target as { value: { handle: string } }).value.handle });
    expect(saved.ok).toBe(true);
    expect(session.info().file).toBe(path.join(session.dataDir, 'projects', 'rescued.json'));
    for (const name of ['../x.json', 'a/b.json', 'a\\b.json', path.join(victims, 'precious.json'), '.hidden', 'C:x.json', '..', '']) {
      expect(await call('chooseSaveTarget', { name })).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
    }
    untouched();
  });
});
