import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { FileLock, ProjectLockedError, processStartTime } from '../../../electron/services/fileLock';
import { ProjectSession } from '../../../electron/services/projectSession';
import { importProgressBytes } from '../../../electron/services/record/progressFiles';
import { buildTemplatePacket, buildTemplateWorkbook } from '../../../electron/services/record/progressTemplate';
import { exportReviewCopy, importPackets, openReviewCopy, workspaceFileFor } from '../../../electron/services/review/reviewFiles';
import { exportReviewDocx, importReviewDocx } from '../../../electron/services/review/wordFiles';
import { SettingsStore } from '../../../electron/services/settingsStore';
import { VersionStore } from '../../../electron/services/versions/versionStore';
import { glossaryToCsv } from '../../../shared/glossary/csv';
import { glossaryFromFile } from '../../../shared/glossary/importFile';
import { GlossaryImportError } from '../../../shared/glossary/importResult';
import { glossaryToTbx } from '../../../shared/glossary/tbx';
import { ProblemError } from '../../../shared/ipc/problem';
import { GlossaryTermSchema } from '../../../shared/model/glossary';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import { SettingsSchema } from '../../../shared/model/settings';
import { contentHash, seal } from '../../../shared/review/seal';
import { DARA } from '../../shared/review/builtin';
import { samplePacket } from '../../shared/review/packets';

/**
 * Fuzzing every loader and importer with files made from valid ones (fast-check, fixed seed):
 * bytes flipped, cut, inserted or deleted, a BOM, deep nesting, and (for JSON kinds) a value
 * replaced, deleted or duplicated anywhere in the tree, re-sealed so that the schema is reached.
 * Every input must be accepted and valid, or refused with a code that has words in the UI; a
 * refused file leaves the open project (and its file on disk) as it was. Used by the test (a small
 * count) and the bench (`npm run bench -- fuzz`, many more).
 */

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const en = JSON.parse(readFileSync(path.join(ROOT, 'renderer/i18n/locales/en.json'), 'utf8')) as {
  problems: { codes: Record<string, string> };
  review: { refusal: Record<string, string> };
  record: { fileProblem: Record<string, string> };
};
const GLOSSARY_CODES = new Set<string>(['bad-encoding', 'csv-columns', 'csv-malformed', 'tbx-not-xml', 'tbx-not-termbase', 'unknown-format']);

/** How one input ended: accepted, or refused with its code. Anything else is thrown (a finding). */
export type Outcome = { accepted: true } | { accepted: false; code: string };

type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

/** One change to a file. Positions are fractions of its length, so one arbitrary serves every size. */
type Mutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'bom' }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'json'; at: number; op: 'replace' | 'delete' | 'duplicate'; value: JsonValue; reseal: boolean };

// Uniform over the file (fast-check's doubles and integers lean towards the extremes by default).
const frac = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: frac, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: frac }),
  fc.record({ kind: fc.constant('insert' as const), at: frac, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: frac, length: fc.integer({ min: 1, max: 64 }) }),
  fc.constant({ kind: 'bom' as const }),
  fc.record({ kind: fc.constant('nest' as const), at: frac, depth: fc.integer({ min: 50, max: 5000 }) }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      at: frac,
      op: fc.constantFrom('replace' as const, 'delete' as const, 'duplicate' as const),
      value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>,
      reseal: fc.boolean(),
    }),
  },
);
/** One to three changes, applied in order. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

/** Every container/value position in a JSON tree, as paths (computed once per seed file). */
function jsonPaths(v: JsonValue, base: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(base);
  if (Array.isArray(v)) v.forEach((x, i) => jsonPaths(x, [...base, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) jsonPaths(v[k], [...base, k], out);
  return out;
}

function mutateJson(root: JsonValue, m: Extract<Mutation, { kind: 'json' }>, reseal: (o: Record<string, unknown>) => unknown): Uint8Array {
  const doc = structuredClone(root);
  const paths = jsonPaths(doc);
  const p = paths[Math.floor(m.at * paths.length)];
  if (p.length === 0) return Buffer.from(JSON.stringify(m.value));
  let parent = doc as Record<string | number, JsonValue>;
  for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, JsonValue>;
  const key = p[p.length - 1];
  if (m.op === 'replace') parent[key] = m.value;
  else if (Array.isArray(parent)) {
    // Deleting or duplicating an array element: a missing item, or the same id twice.
    if (m.op === 'delete') parent.splice(key as number, 1);
    else parent.splice(key as number, 0, structuredClone(parent[key as number]));
  } else if (m.op === 'delete') delete parent[key];
  else parent[key] = structuredClone(parent[key]);
  const out = m.reseal && doc && typeof doc === 'object' && !Array.isArray(doc) ? reseal(doc) : doc;
  return Buffer.from(JSON.stringify(out));
}

/** Apply mutations to a seed file's bytes: the structural ones first (while it is JSON), then the byte ones. */
export function applyMutations(seed: Uint8Array, ms: readonly Mutation[], json?: { reseal: (o: Record<string, unknown>) => unknown }): Uint8Array {
  let b = Buffer.from(seed);
  for (const m of [...ms].sort((x, y) => Number(y.kind === 'json') - Number(x.kind === 'json'))) {
    const at = (n: number) => Math.floor(('at' in m ? m.at : 0) * n);
    switch (m.kind) {
      case 'flip': {
        if (b.length === 0) break;
        b = Buffer.from(b);
        b[at(b.length)] ^= m.xor;
        break;
      }
      case 'truncate':
        b = b.subarray(0, at(b.length));
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at(b.length + 1)), m.bytes, b.subarray(at(b.length + 1))]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at(b.length)), b.subarray(at(b.length) + m.length)]);
        break;
      case 'bom':
        b = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
        break;
      case 'nest':
        b = Buffer.concat([b.subarray(0, at(b.length)), Buffer.from('['.repeat(m.depth)), b.subarray(at(b.length))]);
        break;
      case 'json':
        if (json) b = Buffer.from(mutateJson(JSON.parse(b.toString('utf8').replace(/^\uFEFF/, '')) as JsonValue, m, json.reseal));
        break;
    }
  }
  return b;
}

/** A loader under fuzz: its seed file, how to re-seal a changed tree, and how to run it on bytes. */
export interface FuzzTarget {
  name: string;
  seed: Uint8Array;
  /** For JSON kinds: re-seal a changed document so the schema check is reached past the hash. */
  reseal?: (o: Record<string, unknown>) => unknown;
  run: (bytes: Uint8Array) => Promise<Outcome>;
  /** Runs in CI; the bench multiplies it. */
  runs: number;
}

function expectValidProject(p: Project, what: string): void {
  const r = ProjectSchema.safeParse(p);
  if (!r.success) throw new Error(`${what}: accepted a project that does not validate: ${r.error.issues[0]?.path.join(".")}: ${r.error.issues[0]?.message}`);
}

function coded(e: unknown, allowed: (code: string) => boolean, what: string): Outcome {
  if (e instanceof ProblemError && allowed(e.code)) return { accepted: false, code: e.code };
  throw new Error(`${what}: failed without a specific code: ${e instanceof ProblemError ? e.code : String(e)}`, { cause: e });
}

const refusalCode = (code: string) => code in en.review.refusal;
const loadCode = (code: string) => code.startsWith('load-') && code in en.problems.codes;

/** Build the targets on a fresh folder (two sessions: a drafter's project and a reviewer's). */
export async function fuzzTargets(): Promise<{ targets: FuzzTarget[]; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-fuzz-'));
  const drafter = await ProjectSession.start({ dataDir: path.join(dir, 'drafter'), saveDebounceMs: 0 });
  const projectFile = path.join(dir, 'drafter', 'framework.json');
  await drafter.newFromBuiltin(projectFile);
  await drafter.flush();
  const reviewer = await ProjectSession.start({ dataDir: path.join(dir, 'reviewer'), saveDebounceMs: 0 });
  const opener = await ProjectSession.start({ dataDir: path.join(dir, 'opener'), saveDebounceMs: 0 });
  const project = drafter.current;

  const copy = await exportReviewCopy(drafter, 'Draft 1', path.join(dir, 'copy.acec-review.json'));
  await drafter.flush();
  const docx = await exportReviewDocx(drafter, path.join(dir, 'review.docx'));
  await drafter.flush();
  const opened = await openReviewCopy(reviewer, { file: copy.file }, DARA);
  if (!opened.ok) throw new Error('the seed review copy does not open');
  await reviewer.flush();
  const workspaceSeed = readFileSync(workspaceFileFor(copy.file, DARA));
  const versions = new VersionStore(projectFile);
  const version = await versions.saveNamed(project, { name: 'Milestone', author: 'fuzz' });
  const versionFile = path.join(`${projectFile}.versions`, 'named', `${version.id}.json`);
  const snapshot = await versions.saveHistory(project);
  const historyFile = path.join(`${projectFile}.versions`, 'history', `${snapshot.id}.json.gz`);
  const historySeed = readFileSync(historyFile);
  const readHistory = async (bytes: Uint8Array): Promise<Outcome> => {
    writeFileSync(historyFile, bytes);
    try {
      const r = await versions.read('history', snapshot.id);
      expectValidProject(r.project, 'history version');
      return { accepted: true };
    } catch (e) {
      return coded(e, (c) => c === 'damaged-version', 'history version');
    }
  };
  // A lock held by a live process of this host (this one): mutations make it unreadable, stale
  // (another pid), foreign (another host) or leave it held.
  const lockDir = path.join(dir, 'locks');
  const lockSeed = Buffer.from(JSON.stringify({ user: 'dara', host: os.hostname(), pid: process.pid, pidStart: processStartTime(process.pid), since: '2026-12-04T09:00:00.000Z', token: 'seed-token' }));
  const projectBytes = readFileSync(projectFile);
  const settingsDir = path.join(dir, 'settings');

  /** The drafter's project, in memory and on disk, is what a refused import must not change. */
  const unchanged = async (what: string, before: { review: string; disk: Buffer }) => {
    await drafter.flush();
    if (JSON.stringify(drafter.current.review) !== before.review) throw new Error(`${what}: a refused file changed the open project`);
    if (!readFileSync(projectFile).equals(before.disk)) throw new Error(`${what}: a refused file changed the project on disk`);
  };
  const state = async () => {
    await drafter.flush();
    return { review: JSON.stringify(drafter.current.review), disk: readFileSync(projectFile) };
  };
  let n = 0;
  const fileFor = (ext: string) => path.join(dir, 'inputs', `${++n}${ext}`);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(path.join(dir, 'inputs'), { recursive: true });

  const openFile = (what: string) => async (bytes: Uint8Array): Promise<Outcome> => {
    const file = fileFor('.json');
    writeFileSync(file, bytes);
    try {
      await opener.open(file);
      expectValidProject(opener.current, what);
      return { accepted: true };
    } catch (e) {
      const out = coded(e, loadCode, what);
      if (!readFileSync(file).equals(Buffer.from(bytes))) throw new Error(`${what}: a refused file was changed on disk`);
      return out;
    }
  };

  const resealCopy = (o: Record<string, unknown>) => {
    const { hash: _h, ...rest } = o;
    const project = rest.project as { framework?: unknown } | undefined;
    const version = rest.version as Record<string, unknown> | undefined;
    if (project && version && typeof version === 'object') version.contentHash = contentHash(project.framework ?? null);
    return seal(rest);
  };
  const resealPlain = (o: Record<string, unknown>) => {
    const { hash: _h, ...rest } = o;
    return seal(rest);
  };

  const packetSeed = Buffer.from(JSON.stringify(samplePacket(project, DARA, 'dara'), null, 1));
  const progressPacketSeed = Buffer.from(JSON.stringify(buildTemplatePacket(project, 'KH', '2026-01-05T00:00:00.000Z')));
  const xlsxSeed = await buildTemplateWorkbook(project, 'KH', '2026-01-05T00:00:00.000Z');
  const csvSeed = readFileSync(path.join(ROOT, 'tests/fixtures/record/events-2021-2025.csv'));

  const progress = (ext: string) => async (bytes: Uint8Array): Promise<Outcome> => {
    try {
      const r = await importProgressBytes(project, `report${ext}`, bytes);
      expectValidProject(r.project, `progress ${ext}`);
      return { accepted: true };
    } catch (e) {
      const out = coded(e, (c) => c === 'progress-refused' && String((e as ProblemError).data.reason) in en.record.fileProblem, `progress ${ext}`);
      return out.accepted ? out : { accepted: false, code: `progress-refused:${String((e as ProblemError).data.reason)}` };
    }
  };
  const glossary = (name: string) => async (bytes: Uint8Array): Promise<Outcome> => {
    try {
      const r = glossaryFromFile(name, bytes);
      for (const t of r.terms) if (!GlossaryTermSchema.safeParse(t).success) throw new Error(`${name}: accepted a term that does not validate: ${JSON.stringify(t)}`);
      return { accepted: true };
    } catch (e) {
      if (e instanceof GlossaryImportError && GLOSSARY_CODES.has(e.code)) return { accepted: false, code: e.code };
      throw e;
    }
  };

  const targets: FuzzTarget[] = [
    { name: 'project', seed: projectBytes, run: openFile('project'), runs: 25 },
    { name: 'workspace', seed: workspaceSeed, run: openFile('workspace'), runs: 15 },
    {
      name: 'packet',
      seed: packetSeed,
      reseal: resealPlain,
      runs: 40,
      run: async (bytes) => {
        const before = await state();
        const r = importPackets(drafter, [{ name: 'p.acec-comments.json', base64: Buffer.from(bytes).toString('base64') }]);
        if (r.ok) {
          expectValidProject(drafter.current, 'packet');
          // Leave the next run the same project to refuse against.
          if (r.changed) drafter.undo();
          return { accepted: true };
        }
        await unchanged('packet', before);
        const bad = r.refusals.find((x) => !refusalCode(x.code));
        if (bad) throw new Error(`packet: refused with a code without words: ${bad.code}`);
        return { accepted: false, code: r.refusals[0].code };
      },
    },
    {
      name: 'review copy',
      seed: readFileSync(copy.file),
      reseal: resealCopy,
      runs: 20,
      run: async (bytes) => {
        const s = await ProjectSession.start({ dataDir: path.join(dir, `copy-${++n}`), saveDebounceMs: 0 });
        try {
          const r = await openReviewCopy(s, { name: 'c.acec-review.json', base64: Buffer.from(bytes).toString('base64') }, DARA);
          if (r.ok) {
            expectValidProject(s.current, 'review copy');
            return { accepted: true };
          }
          if (!refusalCode(r.refusal.code)) throw new Error(`review copy: refused with a code without words: ${r.refusal.code}`);
          return { accepted: false, code: r.refusal.code };
        } finally {
          await s.close();
        }
      },
    },
    {
      name: 'settings',
      seed: Buffer.from(JSON.stringify({ uiLanguage: 'zh', recentProjects: [projectFile], lastProject: projectFile, reviewer: DARA, drafter: null })),
      runs: 30,
      run: async (bytes) => {
        writeFileSync(path.join(settingsDir, 'settings.json'), bytes);
        const s = await SettingsStore.load(settingsDir);
        if (!SettingsSchema.safeParse(s.value).success) throw new Error('settings: loaded values that do not validate');
        if (!s.damaged) return { accepted: true };
        // Refused: defaults used, and the file kept as it was beside.
        if (!readFileSync(s.damaged.keptAs).equals(Buffer.from(bytes))) throw new Error('settings: a refused file was not kept as it was');
        return { accepted: false, code: s.damaged.reason };
      },
    },
    {
      name: 'version',
      seed: readFileSync(versionFile),
      runs: 20,
      run: async (bytes) => {
        writeFileSync(versionFile, bytes);
        try {
          const r = await versions.read('named', version.id);
          expectValidProject(r.project, 'version');
          return { accepted: true };
        } catch (e) {
          return coded(e, (c) => c === 'damaged-version', 'version');
        }
      },
    },
    {
      name: 'review .docx',
      seed: readFileSync(docx.file),
      runs: 8,
      run: async (bytes) => {
        const before = await state();
        const r = await importReviewDocx(drafter, 'r.docx', bytes);
        if (r.ok) {
          expectValidProject(drafter.current, 'review .docx');
          if (r.changed) drafter.undo();
          return { accepted: true };
        }
        await unchanged('review .docx', before);
        if (!refusalCode(r.refusal.code)) throw new Error(`review .docx: refused with a code without words: ${r.refusal.code}`);
        return { accepted: false, code: r.refusal.code };
      },
    },
    // History snapshots: the gzipped bytes mutated (gunzip must refuse, not throw), and the JSON inside mutated then gzipped.
    { name: 'history .json.gz', seed: historySeed, run: readHistory, runs: 15 },
    { name: 'history .json.gz (content)', seed: gunzipSync(historySeed), run: (bytes) => readHistory(gzipSync(bytes)), runs: 15 },
    {
      name: 'lock file',
      seed: lockSeed,
      runs: 40,
      run: async (bytes) => {
        const lockPath = path.join(lockDir, `${++n}.json.lock`);
        writeFileSync(lockPath, bytes);
        const lock = new FileLock(lockPath);
        try {
          await lock.acquire();
        } catch (e) {
          if (!(e instanceof ProjectLockedError)) throw new Error(`lock file: failed without a specific code: ${String(e)}`, { cause: e });
          // Refused: the record someone else holds is left as it was.
          if (!readFileSync(lockPath).equals(Buffer.from(bytes))) throw new Error('lock file: a lock that was not taken over was changed');
          return { accepted: false, code: e.code };
        }
        // Taken over (its holder is gone): the lock now names us, and releasing removes it.
        const now = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number };
        if (now.pid !== process.pid || !(await lock.stillHeld()).held) throw new Error('lock file: acquired without our record in the lock');
        await lock.release();
        rmSync(lockPath, { force: true });
        return { accepted: true };
      },
    },
    { name: 'progress packet', seed: progressPacketSeed, reseal: resealPlain, run: progress('.json'), runs: 30 },
    { name: 'progress .xlsx', seed: xlsxSeed, run: progress('.xlsx'), runs: 8 },
    { name: 'progress .csv', seed: csvSeed, run: progress('.csv'), runs: 30 },
    { name: 'glossary .csv', seed: Buffer.from(glossaryToCsv(project.glossary)), run: glossary('terms.csv'), runs: 40 },
    { name: 'glossary .tbx', seed: Buffer.from(glossaryToTbx(project.glossary)), run: glossary('terms.tbx'), runs: 40 },
  ];
  mkdirSync(settingsDir, { recursive: true });
  mkdirSync(lockDir, { recursive: true });
  return {
    targets,
    close: async () => {
      await Promise.all([drafter.close(), reviewer.close(), opener.close()]);
    },
  };
}

/** Fuzz one target; returns how many inputs ended how (by code). Throws on the first finding. */
export async function fuzzTarget(t: FuzzTarget, numRuns: number, seed = 15): Promise<Map<string, number>> {
  const tally = new Map<string, number>();
  // JSON kinds also get structural mutations (re-sealed where the kind is sealed).
  const isJson = t.reseal !== undefined || Buffer.from(t.seed).toString('utf8', 0, 4).replace(/^\uFEFF/, '').startsWith('{');
  const json = isJson ? { reseal: t.reseal ?? ((o: Record<string, unknown>) => o) } : undefined;
  await fc.assert(
    fc.asyncProperty(mutations, async (ms) => {
      const out = await t.run(applyMutations(t.seed, ms, json));
      const key = out.accepted ? 'accepted' : out.code;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }),
    { seed, numRuns, endOnFailure: true },
  );
  return tally;
}
