import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';
import type { VersionInfo } from '../../../shared/ipc/methods/versions';
import { z } from 'zod';
import { describeIssues, loadProjectValue } from '../../../shared/model/loadProject';
import { TimestampSchema } from '../../../shared/model/timestamp';
import { describeJsonFailure } from '../../../shared/text/strictJson';
import { decodeJsonBytes } from '../strictJsonFile';
import type { Project } from '../../../shared/model/project';
import { historyToPrune, DEFAULT_HISTORY_POLICY, type HistoryPolicy } from '../../../shared/versions/historyPolicy';
import { writeFileAtomic } from '../atomicFile';
import { ProblemError } from '../../../shared/ipc/problem';

const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

/**
 * The most a history snapshot may unpack to. A snapshot is one project (1.3 MB at ten times the
 * published size); a damaged or planted file that inflates past this is refused, not read into memory.
 */
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;

/**
 * Named versions and automatic history of one project file, in a folder beside it:
 *
 *   <project>.json.versions/
 *     named/<time>-<slug>.json      { version: {name, author, note, createdAt}, project }
 *     history/<time>.json.gz        { version: {createdAt}, project }, gzip
 *
 * Every entry is a full snapshot, not a patch: a snapshot restores or compares on its own (no
 * chain to replay, no chain to break when one file is lost or pruned), and pruning is deleting
 * files. The cost is size: the bilingual built-in edition is ~210 kB of JSON; history snapshots
 * are gzipped (~30 kB each), so a working day of snapshots every 5 minutes is about 3 MB. Patches
 * would be ~1 kB per save but need an unbroken chain to replay. Named versions stay plain JSON,
 * readable and openable as a project by any tool.
 */

const STAMP = (d: Date) => d.toISOString().replace(/[:.]/g, '-');
/** `2026-11-29T14-50-00-123Z` → Date. */
function parseStamp(id: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(id);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
}

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'version';
}

/** A stored version's header, checked like every other file field (real times, bounded text). */
const StoredMetaSchema = z.object({
  name: z.string().max(200).optional(),
  author: z.string().max(200).optional(),
  note: z.string().max(10_000).optional(),
  createdAt: TimestampSchema,
});
type StoredMeta = z.infer<typeof StoredMetaSchema>;


/** The versions folder of a project file. */
export function versionsFolder(projectFile: string): string {
  return `${projectFile}.versions`;
}

export class VersionStore {
  private readonly namedDir: string;
  private readonly historyDir: string;

  constructor(
    readonly projectFile: string,
    private readonly policy: HistoryPolicy = DEFAULT_HISTORY_POLICY,
  ) {
    this.namedDir = path.join(versionsFolder(projectFile), 'named');
    this.historyDir = path.join(versionsFolder(projectFile), 'history');
  }

  /** Save a named version (a milestone) of `project`. */
  async saveNamed(project: Project, meta: { name: string; author: string; note?: string }, now = new Date()): Promise<VersionInfo> {
    await fs.mkdir(this.namedDir, { recursive: true });
    let id = `${STAMP(now)}-${slug(meta.name)}`;
    for (let i = 2; await exists(path.join(this.namedDir, `${id}.json`)); i++) id = `${STAMP(now)}-${slug(meta.name)}-${i}`;
    const version: StoredMeta = { name: meta.name, author: meta.author, ...(meta.note ? { note: meta.note } : {}), createdAt: now.toISOString() };
    const text = `${JSON.stringify({ version, project }, null, 1)}\n`;
    await writeFileAtomic(path.join(this.namedDir, `${id}.json`), text);
    return { id, kind: 'named', ...version, edition: project.framework.metadata.edition, bytes: Buffer.byteLength(text) };
  }

  /** Take an automatic snapshot; returns its info. */
  async saveHistory(project: Project, now = new Date()): Promise<VersionInfo> {
    await fs.mkdir(this.historyDir, { recursive: true });
    let id = STAMP(now);
    for (let i = 2; await exists(path.join(this.historyDir, `${id}.json.gz`)); i++) id = `${STAMP(now)}-${i}`;
    const version: StoredMeta = { createdAt: now.toISOString() };
    const bytes = await gzip(JSON.stringify({ version, project }));
    await writeFileAtomic(path.join(this.historyDir, `${id}.json.gz`), bytes);
    return { id, kind: 'history', ...version, edition: project.framework.metadata.edition, bytes: bytes.length };
  }

  /** Named versions, newest first. A damaged file is listed by name only when its header cannot be read. */
  async listNamed(): Promise<VersionInfo[]> {
    const out: VersionInfo[] = [];
    for (const name of (await readdir(this.namedDir)).filter((n) => n.endsWith('.json'))) {
      const file = path.join(this.namedDir, name);
      const id = name.slice(0, -'.json'.length);
      try {
        const [bytes, stat] = await Promise.all([fs.readFile(file), fs.stat(file)]);
        const json = decodeJsonBytes(bytes);
        if (!json.ok) continue;
        const raw = json.value as { version?: unknown; project?: { framework?: { metadata?: { edition?: unknown } } } } | null;
        const meta = StoredMetaSchema.safeParse(raw?.version);
        if (!meta.success) continue;
        const edition = raw?.project?.framework?.metadata?.edition;
        out.push({ id, kind: 'named', ...meta.data, edition: typeof edition === 'string' ? edition : '', bytes: stat.size });
      } catch {
        // Unreadable: skip it here; reading it by id reports the damage.
      }
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  /** History snapshots, newest first (times from the file names: listing does not unzip). */
  async listHistory(): Promise<VersionInfo[]> {
    const out: VersionInfo[] = [];
    for (const name of (await readdir(this.historyDir)).filter((n) => n.endsWith('.json.gz'))) {
      const id = name.slice(0, -'.json.gz'.length);
      const when = parseStamp(id);
      if (!when) continue;
      const stat = await fs.stat(path.join(this.historyDir, name)).catch(() => null);
      if (!stat) continue;
      out.push({ id, kind: 'history', createdAt: when.toISOString(), edition: '', bytes: stat.size });
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  /** Read a stored version's project (migrated and validated like any project file) and its header. */
  async read(kind: 'named' | 'history', id: string): Promise<{ project: Project; meta: StoredMeta }> {
    const file = kind === 'named' ? path.join(this.namedDir, `${id}.json`) : path.join(this.historyDir, `${id}.json.gz`);
    let bytes: Uint8Array;
    try {
      const stored = await fs.readFile(file);
      bytes = kind === 'named' ? stored : await gunzip(stored, { maxOutputLength: MAX_SNAPSHOT_BYTES });
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      throw new ProblemError(missing ? 'no-such-version' : 'damaged-version', missing ? { kind, id } : { detail: (e as Error).message }, { file, cause: e });
    }
    // The same strict decoding as a project file: bad UTF-8, depth and syntax each said as such.
    const json = decodeJsonBytes(bytes);
    if (!json.ok) throw new ProblemError('damaged-version', { detail: `the file ${describeJsonFailure(json.failure)}` }, { file });
    const raw = json.value as { version?: unknown; project?: unknown } | null;
    const meta = StoredMetaSchema.safeParse(raw?.version);
    if (!meta.success) throw new ProblemError('damaged-version', { detail: `version header: ${describeIssues(meta.error).map((i) => `${i.path}: ${i.message}`).join('; ')}` }, { file });
    const loaded = loadProjectValue(raw?.project ?? null);
    if (!loaded.ok) throw new ProblemError('damaged-version', { detail: loaded.failure.code }, { file });
    return { project: loaded.project, meta: meta.data };
  }

  /** Delete history snapshots the policy no longer keeps; returns how many went. */
  async prune(now = new Date()): Promise<number> {
    const all = await this.listHistory();
    const doomed = historyToPrune(all.map((v) => ({ id: v.id, takenAt: Date.parse(v.createdAt) })), now.getTime(), this.policy);
    for (const id of doomed) await fs.rm(path.join(this.historyDir, `${id}.json.gz`), { force: true });
    return doomed.length;
  }
}

/** A fingerprint of a project's content, to skip history snapshots identical to the last one. */
export function contentHash(project: Project): string {
  return createHash('sha1').update(JSON.stringify(project)).digest('hex');
}

async function readdir(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch {
    return [];
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
