import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DocUpdate, Problem, ProjectInfo, Snapshot } from '../../shared/ipc/contract';
import { applyPatches, type Patch } from '../../shared/model/patch/patch';
import { EMPTY_HISTORY, recordChange, type History } from '../../shared/model/patch/history';
import { ProjectSchema, type Project } from '../../shared/model/project';
import { describeIssues } from '../../shared/model/loadProject';
import { withRecent } from '../../shared/model/settings';
import { assertReviewModeAllows, isReviewWorkspace } from '../../shared/review/guard';
import { writeFileAtomic } from './atomicFile';
import { loadBuiltinEdition } from './builtinEdition';
import { ProjectStore, listBackups, loadProblem, loadProjectBytes, type StoreOptions } from './projectStore';
import { problemFrom } from './problems';
import { ProblemError } from '../../shared/ipc/problem';
import { SettingsStore } from './settingsStore';

export interface SessionOptions {
  /** The app's data folder (Electron's userData, or a folder given to the web server / tests). */
  dataDir: string;
  store?: StoreOptions;
  /** Delay between the last change and the write; keystrokes inside it are saved together. */
  saveDebounceMs?: number;
}

/**
 * The open project, owned by the main process (or the web server). Renderers send intents; the
 * session applies them, persists (debounced, atomic) and tells listeners with a new revision.
 */
export class ProjectSession {
  private project!: Project;
  private store: ProjectStore | null = null;
  private builtin = true;
  private revision = 0;
  private saveState: ProjectInfo['saveState'] = 'saved';
  private saveError: Problem | null = null;
  private loadError: Problem | null = null;
  private saveTimer: NodeJS.Timeout | null = null;
  private savePromise: Promise<void> | null = null;
  private readonly listeners = new Set<(e: SessionEvent) => void>();
  /** The update of the latest revision, as broadcast (the reply to applyChange / undo / redo). */
  private last: DocUpdate | null = null;
  private readonly savedListeners = new Set<(project: Project, file: string) => void | Promise<void>>();
  private history: History = EMPTY_HISTORY;
  /** The typing run the last change belongs to (see applyChange's `coalesce`); any other change ends it. */
  private coalesceKey: string | null = null;

  private constructor(
    private readonly options: SessionOptions,
    private readonly settings: SettingsStore,
  ) {}

  /** Open the last project the user had open, or the built-in edition when there is none (or it fails). */
  static async start(options: SessionOptions): Promise<ProjectSession> {
    await fs.mkdir(options.dataDir, { recursive: true });
    const session = new ProjectSession(options, await SettingsStore.load(options.dataDir));
    session.project = await loadBuiltinEdition();
    const last = session.settings.value.lastProject;
    if (last) {
      try {
        await session.open(last);
      } catch (e) {
        session.loadError = problemFrom(e, last);
      }
    }
    return session;
  }

  get settingsStore(): SettingsStore {
    return this.settings;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  get current(): Project {
    return this.project;
  }

  snapshot(): Snapshot {
    return { info: this.info(), project: this.project };
  }

  info(): ProjectInfo {
    return {
      file: this.store?.file ?? null,
      // In review mode the title is the review copy's name, not its workspace file's.
      name: this.project.review.workspace?.copyName ?? (this.store ? path.basename(this.store.file) : `${this.project.framework.metadata.edition} (built-in)`),
      builtin: this.builtin,
      // A reviewer's workspace on a review copy: the text is read-only, comments are not (shared/review/guard.ts).
      readOnly: this.builtin || isReviewWorkspace(this.project) || this.store?.readOnly != null,
      readOnlyFile: this.store?.readOnly ?? null,
      saveState: this.saveState,
      saveError: this.saveError,
      loadError: this.loadError,
      revision: this.revision,
      undoLabel: this.history.undo.at(-1)?.label ?? null,
      redoLabel: this.history.redo.at(-1)?.label ?? null,
    };
  }

  /** The update that made the current revision (patches, or null when the project was replaced). */
  lastUpdate(): DocUpdate {
    return this.last && this.last.revision === this.revision ? this.last : { revision: this.revision, patches: null, info: this.info() };
  }

  /**
   * Listen to changes: `changed` carries the patches from the previous revision (never the whole
   * project), `saveState` only the small project info when saving starts or ends.
   */
  onChange(listener: (e: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Called after each successful write of the project file, with what was written (the version
   * history takes its automatic snapshots here). A failing listener never fails the save.
   */
  onSaved(listener: (project: Project, file: string) => void | Promise<void>): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  /** Default place for a new project in the data folder, with a name not yet taken. */
  async freshProjectPath(stem = 'framework'): Promise<string> {
    const dir = path.join(this.options.dataDir, 'projects');
    await fs.mkdir(dir, { recursive: true });
    for (let i = 1; ; i++) {
      const candidate = path.join(dir, i === 1 ? `${stem}.json` : `${stem}-${i}.json`);
      const exists = await fs.stat(candidate).then(() => true, () => false);
      if (!exists) return candidate;
    }
  }

  /** "New from the 2021-2025 edition": an editable copy of the built-in edition at `file`. */
  async newFromBuiltin(file: string): Promise<Snapshot> {
    const project = await loadBuiltinEdition();
    const store = await ProjectStore.create(file, project, this.options.store);
    await this.switchTo(store, false);
    return this.snapshot();
  }

  /** Open a project file. On failure nothing changes: the current project stays open, the file is untouched. */
  async open(file: string, { takeOver = false }: { takeOver?: boolean } = {}): Promise<Snapshot> {
    // Reopening the project this session already holds is a no-op (its lock is ours).
    if (this.store && this.store.file === path.resolve(file)) return this.snapshot();
    const store = await ProjectStore.open(file, { ...this.options.store, takeOver });
    await this.switchTo(store, false);
    return this.snapshot();
  }

  async openBuiltin(): Promise<Snapshot> {
    await this.closeStore();
    this.project = await loadBuiltinEdition();
    this.builtin = true;
    this.history = EMPTY_HISTORY;
    this.loadError = null;
    this.bump(null);
    return this.snapshot();
  }

  /** Backups of `file` that load as a project (the only ones recovery offers), newest first. */
  listBackups(file: string) {
    return listBackups(file, { loadable: true });
  }

  /**
   * The user's answer to "the file changed on disk": `reload` takes the file as it is now (it
   * must load; the edits here are dropped), `keepMine` keeps their file as a copy beside it and
   * writes ours. (*Save as* is saveAs.)
   */
  async resolveDiskChange(choice: 'reload' | 'keepMine'): Promise<Snapshot & { theirsCopy: string | null }> {
    const store = this.store;
    if (!store || !this.diskConflict) throw new ProblemError('no-disk-change');
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    await this.savePromise;
    let theirsCopy: string | null = null;
    if (choice === 'reload') {
      this.project = await store.reload();
      this.history = EMPTY_HISTORY;
      this.coalesceKey = null;
    } else {
      theirsCopy = await store.keepMine(this.project);
    }
    this.saveState = 'saved';
    this.saveError = null;
    this.bump(choice === 'reload' ? null : []);
    return { ...this.snapshot(), theirsCopy };
  }

  /**
   * Recover from a backup: copy it to `<name>.recovered-<time>.json` beside the damaged file and
   * open that copy. The damaged file is kept as it is, for whoever wants to look at it.
   */
  async openBackup(file: string, backup: string): Promise<Snapshot> {
    const known = (await listBackups(file)).some((b) => path.resolve(b.file) === path.resolve(backup));
    if (!known) throw new ProblemError('not-a-backup', { backup }, { file });
    const bytes = await fs.readFile(backup);
    const loaded = loadProjectBytes(bytes);
    if (!loaded.ok) throw loadProblem(backup, loaded.failure);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = path.join(path.dirname(file), `${path.basename(file, '.json')}.recovered-${stamp}.json`);
    await writeFileAtomic(target, bytes);
    return this.open(target);
  }

  /**
   * Apply a change (patches compiled from a domain operation) as one undoable step. The result is
   * validated against the project schema first: a change that would make the project invalid is
   * refused whole and nothing changes. `baseRevision` guards against a change computed from a view
   * that is no longer current.
   */
  applyChange(label: string, patches: readonly Patch[], baseRevision?: number, coalesce?: string): Snapshot {
    this.assertWritable();
    if (baseRevision !== undefined && baseRevision !== this.revision) {
      throw new ProblemError('stale-revision', { revision: this.revision, baseRevision });
    }
    assertReviewModeAllows(this.project, patches);
    const { result, inverse } = applyPatches(this.project, patches);
    const valid = this.validated(result);
    const last = this.history.undo.at(-1);
    if (coalesce !== undefined && coalesce === this.coalesceKey && last && this.history.redo.length === 0) {
      // Consecutive typing in one field is one undo step: extend the last change.
      const merged = { label, forward: [...last.forward, ...patches], inverse: [...inverse, ...last.inverse] };
      this.history = { undo: [...this.history.undo.slice(0, -1), merged], redo: [] };
    } else {
      this.history = recordChange(this.history, { label, forward: [...patches], inverse });
    }
    this.coalesceKey = coalesce ?? null;
    return this.commit(valid, [...patches]);
  }

  undo(): Snapshot {
    this.assertWritable();
    const change = this.history.undo.at(-1);
    if (!change) return this.snapshot();
    const { result } = applyPatches(this.project, change.inverse);
    this.coalesceKey = null;
    this.history = { undo: this.history.undo.slice(0, -1), redo: [...this.history.redo, change] };
    this.commit(result, change.inverse);
    return this.snapshot();
  }

  redo(): Snapshot {
    this.assertWritable();
    const change = this.history.redo.at(-1);
    if (!change) return this.snapshot();
    const { result } = applyPatches(this.project, change.forward);
    this.coalesceKey = null;
    this.history = { undo: [...this.history.undo, change], redo: this.history.redo.slice(0, -1) };
    this.commit(result, change.forward);
    return this.snapshot();
  }

  private validated(project: Project): Project {
    const parsed = ProjectSchema.safeParse(project);
    if (!parsed.success) {
      throw new ProblemError('invalid-change', {}, { details: describeIssues(parsed.error) });
    }
    return project;
  }

  private assertWritable(): void {
    if (this.builtin) throw new ProblemError('read-only');
    if (this.store?.readOnly) throw new ProblemError(`read-only-${this.store.readOnly}`, {}, { file: this.store.file });
  }

  /**
   * Replace the project with a changed one, then save later. Not undoable by itself: use
   * applyChange for user edits. The built-in edition is read-only.
   */
  replace(project: Project): Snapshot {
    this.assertWritable();
    return this.commit(project, null);
  }

  /** Take the changed project; `patches` turn the previous one into it (null: replaced whole). */
  private commit(project: Project, patches: Patch[] | null): Snapshot {
    this.project = project;
    this.saveState = 'unsaved';
    this.bump(patches);
    this.scheduleSave();
    return this.snapshot();
  }

  /**
   * Save the open project (with its unsaved edits and its undo history) to a new file and carry on
   * there. Used after a save failure (disk full, folder gone, no permission): the old file is not
   * written again, and nothing in memory is lost if the new place fails too.
   */
  async saveAs(file: string): Promise<Snapshot> {
    const store = await ProjectStore.create(file, this.project, this.options.store);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    const old = this.store;
    this.store = store;
    await old?.close().catch(() => undefined);
    this.builtin = false;
    this.saveState = 'saved';
    this.saveError = null;
    await this.settings.update((s) => withRecent(s, store.file)).catch(() => undefined);
    this.bump([]);
    return this.snapshot();
  }

  /** Try the last failed (or pending) save again now. */
  async retrySave(): Promise<Snapshot> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    await this.saveNow();
    return this.snapshot();
  }

  /** Write pending changes now (before quitting, exporting, or from tests). */
  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
      await this.saveNow();
    }
    await this.savePromise;
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    await this.closeStore();
  }

  /** The file changed on disk: saving waits for the user's choice (reload, keep mine, save as). */
  private get diskConflict(): boolean {
    return this.saveError?.code.startsWith('disk-') ?? false;
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    if (this.diskConflict) {
      // Edits stay in memory and keep the conflict on screen; nothing is written until the user chooses.
      this.saveState = 'error';
      return;
    }
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.saveNow();
    }, this.options.saveDebounceMs ?? 400);
  }

  private async saveNow(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const project = this.project;
    this.saveState = 'saving';
    this.emitSaveState();
    this.savePromise = store.save(project).then(
      () => {
        // Only "saved" if nothing changed while writing.
        if (this.project === project) this.saveState = 'saved';
        this.saveError = null;
        for (const l of this.savedListeners) void Promise.resolve().then(() => l(project, store.file)).catch(() => undefined);
      },
      (e) => {
        // The edits stay in memory; the user can retry or save elsewhere.
        this.saveState = 'error';
        this.saveError = problemFrom(e, store.file);
      },
    );
    await this.savePromise;
    this.emitSaveState();
  }

  private async switchTo(store: ProjectStore, builtin: boolean): Promise<void> {
    await this.closeStore();
    this.store = store;
    this.project = store.project;
    this.history = EMPTY_HISTORY;
    this.builtin = builtin;
    this.loadError = null;
    this.saveState = 'saved';
    this.saveError = null;
    await this.settings.update((s) => withRecent(s, store.file));
    this.bump(null);
  }

  private async closeStore(): Promise<void> {
    if (!this.store) return;
    await this.flush().catch(() => undefined);
    await this.store.close();
    this.store = null;
  }

  private bump(patches: Patch[] | null): void {
    this.revision++;
    this.last = { revision: this.revision, patches, info: this.info() };
    this.emit({ type: 'changed', update: this.last });
  }

  private emitSaveState(): void {
    this.emit({ type: 'saveState', info: this.info() });
  }

  private emit(e: SessionEvent): void {
    for (const l of this.listeners) l(e);
  }
}

/** What a session tells its listeners (see ProjectSession.onChange). */
export type SessionEvent = { type: 'changed'; update: DocUpdate } | { type: 'saveState'; info: ProjectInfo };
