import os from 'node:os';
import path from 'node:path';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { CompareReply, SourceDescription, VersionInfo, VersionSource } from '../../../shared/ipc/methods/versions';
import type { Period } from '../../../shared/model/framework';
import type { Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/model/bilingual';
import { compareFrameworks } from '../../../shared/versions/compare';
import { buildCompareReport } from '../../../shared/versions/compareReport';
import { reportTranslate } from '../../../shared/versions/reportWords';
import { writeFileAtomic } from '../atomicFile';
import { defaultOutput, fileStamp } from '../review/outputPath';
import { deriveNewEdition, editionName } from '../../../shared/versions/newEdition';
import { loadBuiltinEdition } from '../builtinEdition';
import { ProjectStore, readProjectFile } from '../projectStore';
import type { ProjectSession } from '../projectSession';
import { contentHash, VersionStore } from './versionStore';
import { ProblemError } from '../../../shared/ipc/problem';

export interface VersionServiceOptions {
  /** Minimum time between two automatic history snapshots (default 5 minutes). */
  historyIntervalMs?: number;
  /** The clock (tests move it). */
  now?: () => Date;
}

const DEFAULT_INTERVAL_MS = 5 * 60_000;


/**
 * Editions, named versions and automatic history for the open project. History snapshots are
 * taken from the session's save path (`onSaved`), at most one per interval and never twice the
 * same content; restore is one undoable `applyChange`, so undo gives back exactly what was there.
 */
export class VersionService {
  private lastSnapshotAt = new Map<string, number>();
  private lastHash = new Map<string, string>();
  private pending: Promise<unknown> = Promise.resolve();
  private readonly off: () => void;

  constructor(
    private readonly session: ProjectSession,
    private readonly options: VersionServiceOptions = {},
  ) {
    this.off = session.onSaved((project, file) => {
      void this.queue(() => this.maybeSnapshot(project, file));
    });
  }

  dispose(): void {
    this.off();
  }

  /** Resolves when every history snapshot started so far is written (tests, shutdown). */
  async idle(): Promise<void> {
    await this.pending;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private queue(task: () => Promise<unknown>): Promise<unknown> {
    const next = this.pending.then(task).catch(() => undefined);
    this.pending = next;
    return next;
  }

  private store(): VersionStore {
    const file = this.session.info().file;
    if (!file) throw new ProblemError('read-only');
    return new VersionStore(file);
  }

  private async maybeSnapshot(project: Project, file: string, force = false): Promise<void> {
    const now = this.now();
    const store = new VersionStore(file);
    if (!this.lastSnapshotAt.has(file)) {
      // First save in this process: pick up where the folder left off.
      const newest = (await store.listHistory())[0];
      this.lastSnapshotAt.set(file, newest ? Date.parse(newest.createdAt) : -Infinity);
    }
    const hash = contentHash(project);
    if (hash === this.lastHash.get(file)) return;
    if (!force && now.getTime() - this.lastSnapshotAt.get(file)! < (this.options.historyIntervalMs ?? DEFAULT_INTERVAL_MS)) return;
    await store.saveHistory(project, now);
    this.lastSnapshotAt.set(file, now.getTime());
    this.lastHash.set(file, hash);
    await store.prune(now);
  }

  async list(): Promise<{ named: VersionInfo[]; history: VersionInfo[] }> {
    const file = this.session.info().file;
    if (!file) return { named: [], history: [] };
    await this.idle();
    const store = new VersionStore(file);
    return { named: await store.listNamed(), history: await store.listHistory() };
  }

  async saveNamed(req: { name: string; author?: string; note?: string }): Promise<VersionInfo> {
    const store = this.store();
    await this.session.flush();
    let author = req.author?.trim();
    if (!author) {
      try {
        author = os.userInfo().username;
      } catch {
        author = '';
      }
    }
    return store.saveNamed(this.session.current, { name: req.name.trim(), author, note: req.note?.trim() || undefined }, this.now());
  }

  /** The project a source stands for, and how to name it. */
  async load(source: VersionSource): Promise<{ project: Project; description: SourceDescription }> {
    switch (source.kind) {
      case 'current': {
        const project = this.session.current;
        return { project, description: { source, name: null, edition: project.framework.metadata.edition, createdAt: null } };
      }
      case 'builtin': {
        const project = await loadBuiltinEdition();
        return { project, description: { source, name: null, edition: project.framework.metadata.edition, createdAt: null } };
      }
      case 'named':
      case 'history': {
        const { project, meta } = await this.store().read(source.kind, source.id);
        return { project, description: { source, name: meta.name ?? null, edition: project.framework.metadata.edition, createdAt: meta.createdAt } };
      }
      case 'file': {
        const abs = path.resolve(source.file);
        const project = await readProjectFile(abs);
        return { project, description: { source, name: path.basename(abs), edition: project.framework.metadata.edition, createdAt: null } };
      }
    }
  }

  async compare(before: VersionSource, after: VersionSource): Promise<CompareReply> {
    const [a, b] = await Promise.all([this.load(before), this.load(after)]);
    return { before: a.description, after: b.description, result: compareFrameworks(a.project.framework, b.project.framework) };
  }

  /**
   * Put a stored version's document back, as one undoable change. Only the framework (the text) is
   * replaced: review comments, waivers and other project data refer to elements by id and stay.
   * The state being replaced is first kept as a history snapshot, so it survives even a restart.
   */
  async restore(source: VersionSource, baseRevision?: number): Promise<Snapshot> {
    if (source.kind === 'current') throw new ProblemError('nothing-to-restore');
    const { project, description } = await this.load(source);
    const file = this.session.info().file;
    if (file) await this.queue(() => this.maybeSnapshot(this.session.current, file, true));
    const name = description.name ?? description.createdAt ?? description.edition;
    return this.session.applyChange(`Restore version “${name}”`, [{ op: 'replace', path: ['framework'], value: project.framework }], baseRevision);
  }

  /**
   * Start the next edition from the open project: derive it (shared/versions/newEdition), write it
   * to a new file (never over an existing one), and open it. The previous edition's file is only read.
   */
  async newEdition(period: Period, file: string | undefined, pick?: () => Promise<string | null>): Promise<Snapshot> {
    const project = deriveNewEdition(this.session.current, { period });
    const target = file ?? (pick ? await pick() : await this.session.freshProjectPath(`framework-${editionName(period)}`));
    if (!target) throw new ProblemError('cancelled');
    const store = await ProjectStore.create(target, project);
    await store.close();
    return this.session.open(target);
  }

  /**
   * Write the redline comparison report of two sources as .docx (tracked insertions and
   * deletions) or PDF (underlined / struck through), rendered by the export back ends. Atomic: on
   * failure nothing is left at `file`.
   */
  async exportReport(before: VersionSource, after: VersionSource, format: 'docx' | 'pdf', lang: Language, file?: string): Promise<{ file: string; bytes: number }> {
    const [a, b] = await Promise.all([this.load(before), this.load(after)]);
    const tr = reportTranslate(lang);
    const nameOf = (d: SourceDescription) => {
      switch (d.source.kind) {
        case 'current':
          return `${tr('report.current')} (${tr('report.edition', { edition: d.edition })})`;
        case 'builtin':
          return tr('report.builtin');
        case 'history':
          return tr('report.historyName', { date: (d.createdAt ?? '').replace('T', ' ').slice(0, 16) });
        default:
          return d.name ?? d.edition;
      }
    };
    const now = this.now();
    const model = buildCompareReport({
      beforeName: nameOf(a.description),
      afterName: nameOf(b.description),
      before: a.project.framework,
      after: b.project.framework,
      result: compareFrameworks(a.project.framework, b.project.framework),
      lang,
      date: now.toISOString().slice(0, 10),
    });
    const render =
      format === 'docx' ? (await import('../export/docx/renderDocx')).renderDocx : (await import('../export/pdf/renderPdf')).renderPdf;
    const bytes = await render(model);
    const target = file ? path.resolve(file) : await defaultOutput(this.session.dataDir, `compare-${fileStamp(now)}.${format}`);
    await writeFileAtomic(target, bytes);
    return { file: target, bytes: bytes.byteLength };
  }
}
