import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { loadProjectJson, type LoadFailure, type LoadResult } from '../../shared/model/loadProject';
import { ProjectSchema, type Project } from '../../shared/model/project';
import { describeJsonFailure } from '../../shared/text/strictJson';
import { sweepTempFiles, writeFileAtomic } from './atomicFile';
import { compareWithDisk, identityOf, sha256Of, type FileIdentity } from './fileIdentity';
import { FileLock, lockLostProblem } from './fileLock';
import { versionsFolder } from './versions/versionStore';
import { ProblemError } from '../../shared/ipc/problem';
import { decodeJsonBytes } from './strictJsonFile';

/**
 * A project file that could not be loaded (the file on disk has not been touched), as a problem
 * `load-<reason>` whose data the UI words: the reader's detail, the schema versions, and for an
 * invalid file each wrong field in `details`.
 */
export function loadProblem(file: string, failure: LoadFailure | { code: 'io'; detail: string }): ProblemError {
  const { code, ...rest } = failure;
  const data = 'issues' in rest ? {} : (rest as Record<string, string | number>);
  return new ProblemError(`load-${code}`, data, {
    file,
    details: failure.code === 'invalid' ? failure.issues : undefined,
    message: `${file}: ${describeFailure(failure)}`,
  });
}

/** How the project file on disk differs from what this app last read or wrote. */
export type DiskChange = 'deleted' | 'modified' | 'unreadable' | 'other-project';

/**
 * The project file was changed on disk by someone else since we last read or wrote it. Saving
 * stops until the user chooses: reload theirs, keep mine (theirs kept as a copy), or save as.
 */
export function diskChanged(file: string, change: DiskChange): ProblemError {
  return new ProblemError(`disk-${change}`, {}, { file, message: `${file} ${DISK_CHANGE_WORDS[change]} since it was opened or last saved; it has not been overwritten` });
}

const DISK_CHANGE_WORDS: Record<DiskChange, string> = {
  deleted: 'was deleted',
  modified: 'was changed by another program',
  unreadable: 'was replaced by a file that is not a readable project',
  'other-project': 'was replaced by another framework project',
};

/** English one-liner for logs and the command line; the UI words failures from their codes. */
export function describeFailure(f: LoadFailure | { code: 'io'; detail: string }): string {
  switch (f.code) {
    case 'io':
      return `cannot be read (${f.detail})`;
    case 'bad-encoding':
    case 'too-deep':
    case 'truncated':
    case 'not-json':
      return describeJsonFailure(f);
    case 'not-a-project':
      return `is not a framework project (${f.detail})`;
    case 'newer-schema':
      return `was written by a newer version of the application (schema ${f.found}; this version reads up to ${f.supported})`;
    case 'migration-failed':
      return `could not be upgraded to schema ${f.to} (${f.detail})`;
    case 'invalid':
      return `does not match the project format: ${f.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
  }
}

/** Load a project from its bytes: strict decoding, migrations, validation. */
export function loadProjectBytes(bytes: Uint8Array): LoadResult {
  return loadProjectJson(decodeJsonBytes(bytes));
}

/** Read and load a project file (for the command-line tools); throws a load-… ProblemError. */
export async function readProjectFile(file: string): Promise<Project> {
  const bytes = await fs.readFile(file).catch((e: Error) => {
    throw loadProblem(file, { code: 'io', detail: e.message });
  });
  const result = loadProjectBytes(bytes);
  if (!result.ok) throw loadProblem(file, result.failure);
  return result.project;
}

function serialise(project: Project): string {
  return `${JSON.stringify(project, null, 1)}\n`;
}

/**
 * lowdb adapter that validates on read, writes atomically (temp + fsync + rename), and remembers
 * the file's identity at each read and write so that a change by someone else is noticed before
 * the next write. lowdb's own JSONFile neither fsyncs nor validates, and JSONFilePreset silently
 * switches to memory under NODE_ENV=test, which would make the store tests prove nothing.
 */
class ValidatedProjectFile implements Adapter<Project> {
  identity: FileIdentity | null = null;
  constructor(private readonly file: string) {}

  async read(): Promise<Project | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw loadProblem(this.file, { code: 'io', detail: (e as Error).message });
    }
    const result = loadProjectBytes(bytes);
    if (!result.ok) throw loadProblem(this.file, result.failure);
    this.identity = identityOf(bytes);
    return result.project;
  }

  async write(data: Project): Promise<void> {
    const bytes = Buffer.from(serialise(data), 'utf8');
    await writeFileAtomic(this.file, bytes);
    this.identity = identityOf(bytes);
  }
}

export interface StoreOptions {
  /** Minimum time between two rolling backups (a backup is taken before an overwrite). */
  backupIntervalMs?: number;
  /** How many backups to keep. */
  keepBackups?: number;
  /** Take the advisory lock (default true). */
  lock?: boolean;
  /** Take the lock over from whoever holds it (the user confirmed). */
  takeOver?: boolean;
}

/** Why a project opened read-only: the file itself, or its folder (no lock, backups or temp files possible). */
export type ReadOnlyReason = 'file' | 'folder';

async function writable(p: string): Promise<boolean> {
  return fs.access(p, fsConstants.W_OK).then(() => true, () => false);
}

function isPermissionError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

export interface BackupInfo {
  file: string;
  takenAt: string;
  bytes: number;
}

/** Where the rolling backups of a project live: a folder beside it. */
export function backupFolder(projectFile: string): string {
  return path.join(path.dirname(projectFile), `${path.basename(projectFile)}.backups`);
}

/** Backups of a project, newest first: all of them, or (`loadable`) only those that load as a project. */
export async function listBackups(projectFile: string, { loadable = false } = {}): Promise<BackupInfo[]> {
  const dir = backupFolder(projectFile);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort().reverse()) {
    const file = path.join(dir, name);
    const stat = await fs.lstat(file).catch(() => null);
    if (!stat?.isFile()) continue;
    if (loadable && !(await backupLoads(file))) continue;
    out.push({ file, takenAt: stat.mtime.toISOString(), bytes: stat.size });
  }
  return out;
}

async function backupLoads(file: string): Promise<boolean> {
  const bytes = await fs.readFile(file).catch(() => null);
  return bytes !== null && loadProjectBytes(bytes).ok;
}

/**
 * The temp files (`.<target>.<pid>.<random>.tmp`) that interrupted writes of this project left:
 * its own saves; its lock record (`<name>.json.lock`, written to a temp file then linked or
 * renamed); the copies written beside it (`<name>.theirs-<time>.json` by *Keep mine*,
 * `<name>.recovered-<time>.json` by recovery); its backups and version files. Only those whose
 * writing process is gone (atomicFile.ts).
 */
export async function sweepProjectTempFiles(file: string): Promise<string[]> {
  const name = path.basename(file);
  const stem = path.basename(file, '.json');
  const ours = (target: string) =>
    target === name || target === `${name}.lock` || (target.endsWith('.json') && (target.startsWith(`${stem}.theirs-`) || target.startsWith(`${stem}.recovered-`)));
  const versions = versionsFolder(file);
  const swept = await Promise.all([
    sweepTempFiles(path.dirname(file), ours),
    sweepTempFiles(backupFolder(file)),
    sweepTempFiles(path.join(versions, 'named')),
    sweepTempFiles(path.join(versions, 'history')),
  ]);
  return swept.flat();
}

/**
 * One open project file. Load = parse → migrate → validate (a failure throws a load-… ProblemError and
 * leaves the file alone). Save = compare with disk → verified backup of the previous good file →
 * atomic write. Opening sweeps the temp files that interrupted saves left beside the project.
 */
export class ProjectStore {
  private lastBackupAt = 0;
  private writeChain: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly db: Low<Project>,
    private readonly adapter: ValidatedProjectFile,
    private readonly lock: FileLock | null,
    private readonly options: Required<Omit<StoreOptions, 'lock' | 'takeOver'>>,
    /** Non-null: opened read-only (a read-only file or folder); every write is refused. */
    readonly readOnly: ReadOnlyReason | null = null,
  ) {}

  /** Open an existing project file. */
  static async open(file: string, options: StoreOptions = {}): Promise<ProjectStore> {
    const abs = path.resolve(file);
    await fs.access(abs).catch((e: NodeJS.ErrnoException) => {
      throw loadProblem(abs, { code: 'io', detail: e.code === 'ENOENT' ? 'file does not exist' : e.message });
    });
    // A file or folder we may not write opens read-only: no lock (it could not be created), no sweep.
    let readOnly: ReadOnlyReason | null = !(await writable(path.dirname(abs))) ? 'folder' : !(await writable(abs)) ? 'file' : null;
    let lock = options.lock === false || readOnly === 'folder' ? null : new FileLock(`${abs}.lock`);
    try {
      await lock?.acquire({ takeOver: options.takeOver });
    } catch (e) {
      if (!isPermissionError(e)) throw e;
      readOnly = 'folder';
      lock = null;
    }
    try {
      if (readOnly !== 'folder') {
        // Holding the lock, any temp file of this project is left from a write that was interrupted.
        await sweepProjectTempFiles(abs);
      }
      const adapter = new ValidatedProjectFile(abs);
      const db = new Low<Project>(adapter, null as unknown as Project); // null: lowdb refuses undefined; a missing file is reported below
      await db.read();
      if (db.data === null || db.data === undefined) throw loadProblem(abs, { code: 'io', detail: 'file does not exist' });
      return new ProjectStore(abs, db, adapter, lock, withDefaults(options), readOnly);
    } catch (e) {
      await lock?.release();
      throw e;
    }
  }

  /** Create a new project file; refuses to replace an existing file. */
  static async create(file: string, project: Project, options: StoreOptions = {}): Promise<ProjectStore> {
    const abs = path.resolve(file);
    const valid = ProjectSchema.parse(project);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    const exists = await fs.lstat(abs).then(
      () => true,
      () => false,
    );
    if (exists) throw new ProblemError('file-exists', {}, { file: abs });
    const lock = options.lock === false ? null : new FileLock(`${abs}.lock`);
    await lock?.acquire();
    try {
      const adapter = new ValidatedProjectFile(abs);
      const db = new Low<Project>(adapter, valid);
      await db.write();
      return new ProjectStore(abs, db, adapter, lock, withDefaults(options));
    } catch (e) {
      await lock?.release();
      throw e;
    }
  }

  get project(): Project {
    return this.db.data;
  }

  /**
   * Validate and write. Writes are serialised, so two saves in flight never interleave; the
   * on-disk file always holds a complete, valid project. Throws a disk-… ProblemError (and writes
   * nothing) when the file is no longer what this store last read or wrote.
   */
  save(project: Project): Promise<void> {
    const valid = ProjectSchema.parse(project);
    return this.serialised(async () => {
      await this.assertMayWrite();
      const current = await this.checkDisk();
      await this.backup(current);
      this.db.data = valid;
      await this.db.write();
    });
  }

  /** "Reload theirs": read the file as it is on disk now (it must load) and take it as ours. */
  reload(): Promise<Project> {
    return this.serialised(async () => {
      await this.db.read();
      if (this.db.data === null) throw loadProblem(this.file, { code: 'io', detail: 'file does not exist' });
      return this.db.data;
    });
  }

  /**
   * "Keep mine": their file (if any) is kept byte for byte as `<name>.theirs-<time>.json` beside
   * it, then ours is written. Returns the copy's path (null when their file was deleted).
   */
  keepMine(project: Project): Promise<string | null> {
    const valid = ProjectSchema.parse(project);
    return this.serialised(async () => {
      await this.assertMayWrite();
      const theirs = await fs.readFile(this.file).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return null;
        throw e;
      });
      let copy: string | null = null;
      if (theirs) {
        copy = path.join(path.dirname(this.file), `${path.basename(this.file, '.json')}.theirs-${timeStamp()}.json`);
        await writeFileAtomic(copy, theirs);
      }
      this.db.data = valid;
      await this.db.write();
      return copy;
    });
  }

  /** Write a copy elsewhere ("Save As"); this store keeps pointing at its own file. */
  async saveCopy(target: string, project: Project = this.project): Promise<void> {
    await writeFileAtomic(path.resolve(target), serialise(ProjectSchema.parse(project)));
  }

  async close(): Promise<void> {
    await this.writeChain;
    await this.lock?.release();
  }

  private serialised<T>(run: () => Promise<T>): Promise<T> {
    const next = this.writeChain.then(run, run);
    this.writeChain = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  /** Refuse to write a read-only project, or one whose lock someone else took over. */
  private async assertMayWrite(): Promise<void> {
    if (this.readOnly) {
      throw new ProblemError(`read-only-${this.readOnly}`, {}, { file: this.file, message: `${this.file} is read-only (${this.readOnly === 'file' ? 'the file' : 'its folder'} cannot be written); use Save as` });
    }
    if (!this.lock) return;
    const state = await this.lock.stillHeld();
    if (!state.held) throw lockLostProblem(this.file, state.owner);
  }

  /** The file's bytes if it is still what we last read or wrote; otherwise why not. */
  private async checkDisk(): Promise<Buffer> {
    const known = this.adapter.identity;
    if (!known) throw diskChanged(this.file, 'modified');
    const state = await compareWithDisk(this.file, known);
    if (state.kind === 'same') return state.bytes;
    if (state.kind === 'deleted') throw diskChanged(this.file, 'deleted');
    const theirs = loadProjectBytes(state.bytes);
    if (!theirs.ok) throw diskChanged(this.file, 'unreadable');
    if (theirs.project.framework.id !== this.project.framework.id) throw diskChanged(this.file, 'other-project');
    throw diskChanged(this.file, 'modified');
  }

  /**
   * Keep the file as it was before this overwrite: written atomically (temp, fsync, rename, folder
   * fsync) and read back to check it is byte for byte what was verified on disk. Only bytes that
   * are ours (identity checked) and load as a project are ever backed up.
   */
  private async backup(current: Buffer): Promise<void> {
    const now = Date.now();
    if (now - this.lastBackupAt < this.options.backupIntervalMs) return;
    if (!loadProjectBytes(current).ok) return;
    const dir = backupFolder(this.file);
    await fs.mkdir(dir, { recursive: true });
    const target = path.join(dir, `${timeStamp(now)}.json`);
    await writeFileAtomic(target, current);
    const back = await fs.readFile(target);
    if (sha256Of(back) !== sha256Of(current)) {
      await fs.rm(target, { force: true });
      throw new ProblemError('backup-unverified', {}, { file: target });
    }
    this.lastBackupAt = now;
    const all = await listBackups(this.file);
    for (const old of all.slice(this.options.keepBackups)) await fs.rm(old.file, { force: true });
  }
}

function timeStamp(at = Date.now()): string {
  return new Date(at).toISOString().replace(/[:.]/g, '-');
}

function withDefaults(o: StoreOptions): Required<Omit<StoreOptions, 'lock' | 'takeOver'>> {
  return { backupIntervalMs: o.backupIntervalMs ?? 120_000, keepBackups: o.keepBackups ?? 10 };
}
