import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { loadProjectText, type LoadFailure } from '../../shared/model/loadProject';
import { ProjectSchema, type Project } from '../../shared/model/project';
import { writeFileAtomic } from './atomicFile';
import { FileLock } from './fileLock';

/** A project file that could not be loaded; the file on disk has not been touched. */
export class ProjectLoadError extends Error {
  readonly code = 'load-failed';
  constructor(
    readonly file: string,
    readonly failure: LoadFailure | { code: 'io'; detail: string },
  ) {
    super(`${file}: ${describeFailure(failure)}`);
  }
}

/** English one-liner for logs and the command line; the UI words failures from their codes. */
export function describeFailure(f: LoadFailure | { code: 'io'; detail: string }): string {
  switch (f.code) {
    case 'io':
      return `cannot be read (${f.detail})`;
    case 'not-json':
      return `is not valid JSON (${f.detail})`;
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

/**
 * lowdb adapter that validates on read and writes atomically (temp + fsync + rename). lowdb's own
 * JSONFile neither fsyncs nor validates, and JSONFilePreset silently switches to memory under
 * NODE_ENV=test, which would make the store tests prove nothing.
 */
class ValidatedProjectFile implements Adapter<Project> {
  constructor(private readonly file: string) {}

  async read(): Promise<Project | null> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new ProjectLoadError(this.file, { code: 'io', detail: (e as Error).message });
    }
    const result = loadProjectText(text);
    if (!result.ok) throw new ProjectLoadError(this.file, result.failure);
    return result.project;
  }

  async write(data: Project): Promise<void> {
    await writeFileAtomic(this.file, `${JSON.stringify(data, null, 1)}\n`);
  }
}

export interface StoreOptions {
  /** Minimum time between two rolling backups (a backup is taken before an overwrite). */
  backupIntervalMs?: number;
  /** How many backups to keep. */
  keepBackups?: number;
  /** Take the advisory lock (default true). */
  lock?: boolean;
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

/** Backups of a project, newest first. */
export async function listBackups(projectFile: string): Promise<BackupInfo[]> {
  const dir = backupFolder(projectFile);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort().reverse()) {
    const stat = await fs.stat(path.join(dir, name));
    out.push({ file: path.join(dir, name), takenAt: stat.mtime.toISOString(), bytes: stat.size });
  }
  return out;
}

/**
 * One open project file. Load = parse → migrate → validate (a failure throws ProjectLoadError and
 * leaves the file alone). Save = validate → rolling backup of the previous good file → atomic write.
 */
export class ProjectStore {
  private lastBackupAt = 0;
  private writeChain: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly db: Low<Project>,
    private readonly lock: FileLock | null,
    private readonly options: Required<Omit<StoreOptions, 'lock'>>,
  ) {}

  /** Open an existing project file. */
  static async open(file: string, options: StoreOptions = {}): Promise<ProjectStore> {
    const abs = path.resolve(file);
    await fs.access(abs).catch((e: NodeJS.ErrnoException) => {
      throw new ProjectLoadError(abs, { code: 'io', detail: e.code === 'ENOENT' ? 'file does not exist' : e.message });
    });
    const lock = options.lock === false ? null : new FileLock(`${abs}.lock`);
    await lock?.acquire();
    try {
      const db = new Low<Project>(new ValidatedProjectFile(abs), null as unknown as Project); // null: lowdb refuses undefined; a missing file is reported below
      await db.read();
      if (db.data === null || db.data === undefined) throw new ProjectLoadError(abs, { code: 'io', detail: 'file does not exist' });
      return new ProjectStore(abs, db, lock, withDefaults(options));
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
    const exists = await fs.stat(abs).then(
      () => true,
      () => false,
    );
    if (exists) throw new Error(`${abs} already exists; choose another name`);
    const lock = options.lock === false ? null : new FileLock(`${abs}.lock`);
    await lock?.acquire();
    const db = new Low<Project>(new ValidatedProjectFile(abs), valid);
    await db.write();
    return new ProjectStore(abs, db, lock, withDefaults(options));
  }

  get project(): Project {
    return this.db.data;
  }

  /**
   * Validate and write. Writes are serialised, so two saves in flight never interleave; the
   * on-disk file always holds a complete, valid project.
   */
  save(project: Project): Promise<void> {
    const valid = ProjectSchema.parse(project);
    const run = async () => {
      await this.rotateBackup();
      this.db.data = valid;
      await this.db.write();
    };
    const next = this.writeChain.then(run, run);
    this.writeChain = next.catch(() => undefined);
    return next;
  }

  /** Write a copy elsewhere ("Save As"); this store keeps pointing at its own file. */
  async saveCopy(target: string, project: Project = this.project): Promise<void> {
    await writeFileAtomic(path.resolve(target), `${JSON.stringify(ProjectSchema.parse(project), null, 1)}\n`);
  }

  async close(): Promise<void> {
    await this.writeChain;
    await this.lock?.release();
  }

  private async rotateBackup(): Promise<void> {
    const now = Date.now();
    if (now - this.lastBackupAt < this.options.backupIntervalMs) return;
    const dir = backupFolder(this.file);
    await fs.mkdir(dir, { recursive: true });
    const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
    try {
      // The file on disk was loaded or written by us, so it is a last-good copy.
      await fs.copyFile(this.file, path.join(dir, `${stamp}.json`));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    this.lastBackupAt = now;
    const all = await listBackups(this.file);
    for (const old of all.slice(this.options.keepBackups)) await fs.rm(old.file, { force: true });
  }
}

function withDefaults(o: StoreOptions): Required<Omit<StoreOptions, 'lock'>> {
  return { backupIntervalMs: o.backupIntervalMs ?? 120_000, keepBackups: o.keepBackups ?? 10 };
}
