import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DocUpdate, Problem, ProjectInfo, Snapshot } from '../../shared/ipc/contract';
import type { Patch } from '../../shared/model/patch/patch';
import {
  applyEdit, assertCurrent, redoEdit, redoLabel, replaceDoc, startEditing, touch, undoEdit, undoLabel, type EditState, type EditStep,
} from '../../shared/model/patch/editHistory';
import type { Project } from '../../shared/model/project';
import { describeIssues } from '../../shared/model/loadProject';
import { validateChange } from '../../shared/model/validateChange';
import { withRecent } from '../../shared/model/settings';
import { assertReviewModeAllows, isReviewWorkspace } from '../../shared/review/guard';
import { assertProgressModeAllows } from '../../shared/record/progressWorkspace';
import { writeFileAtomic } from './atomicFile';
import { AutoSaver } from './autoSaver';
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
 * session applies them and tells listeners with a new revision. A facade: the rules of editing
 * (patches, undo/redo, coalescing, revisions) are the pure edit history in
 * shared/model/patch/editHistory.ts, writing is the AutoSaver's; the session holds which file is
 * open, whether it may be written, the settings and recent files, and the listeners.
 */
export class ProjectSession {
  private edits!: EditState<Project>;
  private store: ProjectStore | null = null;
  private builtin = true;
  private loadError: Problem | null = null;
  private readonly saver: AutoSaver;
  private readonly listeners = new Set<(e: SessionEvent) => void>();
  /** The update of the latest revision, as broadcast (the reply to applyChange / undo / redo). */
  private last: DocUpdate | null = null;

  private constructor(
    private readonly options: SessionOptions,
    private readonly settings: SettingsStore,
  ) {
    this.saver = new AutoSaver({
      current: () => this.edits.doc,
      debounceMs: options.saveDebounceMs ?? 400,
      onSaveState: () => this.emit({ type: 'saveState', info: this.info() }),
    });
  }

  /** Open the last project the user had open, or the built-in edition when there is none (or it fails). */
  static async start(options: SessionOptions): Promise<ProjectSession> {
    await fs.mkdir(options.dataDir, { recursive: true });
    const session = new ProjectSession(options, await SettingsStore.load(options.dataDir));
    session.edits = startEditing(await loadBuiltinEdition());
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
    return this.edits.doc;
  }

  snapshot(): Snapshot {
    return { info: this.info(), project: this.edits.doc };
  }

  info(): ProjectInfo {
    const project = this.edits.doc;
    return {
      file: this.store?.file ?? null,
      // In review mode the title is the review copy's name, not its workspace file's.
      name: project.review.workspace?.copyName ?? project.progress?.packetName ?? (this.store ? path.basename(this.store.file) : `${project.framework.metadata.edition} (built-in)`),
      builtin: this.builtin,
      // A reviewer's workspace on a review copy: the text is read-only, comments are not (shared/review/guard.ts).
      // An NFP's progress workspace: the text is read-only, the country's record is not (shared/record/progressWorkspace.ts).
      readOnly: this.builtin || isReviewWorkspace(project) || project.progress !== undefined || this.store?.readOnly != null,
      readOnlyFile: this.store?.readOnly ?? null,
      saveState: this.saver.saveState,
      saveError: this.saver.saveError,
      loadError: this.loadError,
      revision: this.edits.revision,
      undoLabel: undoLabel(this.edits),
      redoLabel: redoLabel(this.edits),
    };
  }

  /** The update that made the current revision (patches, or null when the project was replaced). */
  lastUpdate(): DocUpdate {
    const revision = this.edits.revision;
    return this.last && this.last.revision === revision ? this.last : { revision, patches: null, info: this.info() };
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
    return this.saver.onSaved(listener);
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
    await this.switchTo(store);
    return this.snapshot();
  }

  /** Open a project file. On failure nothing changes: the current project stays open, the file is untouched. */
  async open(file: string, { takeOver = false }: { takeOver?: boolean } = {}): Promise<Snapshot> {
    // Reopening the project this session already holds is a no-op (its lock is ours).
    if (this.store && this.store.file === path.resolve(file)) return this.snapshot();
    const store = await ProjectStore.open(file, { ...this.options.store, takeOver });
    await this.switchTo(store);
    return this.snapshot();
  }

  async openBuiltin(): Promise<Snapshot> {
    await this.closeStore();
    const project = await loadBuiltinEdition();
    this.builtin = true;
    this.loadError = null;
    this.saver.attach(null);
    this.take(replaceDoc(this.edits, project));
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
    if (!store || !this.saver.diskConflict) throw new ProblemError('no-disk-change');
    await this.saver.settle();
    let theirsCopy: string | null = null;
    let step: EditStep<Project>;
    if (choice === 'reload') {
      step = replaceDoc(this.edits, await store.reload());
    } else {
      theirsCopy = await store.keepMine(this.edits.doc);
      step = touch(this.edits);
    }
    this.saver.markSaved();
    this.take(step);
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
   * that is no longer current; changes with the same `coalesce` key in a row are one undo step.
   */
  applyChange(label: string, patches: readonly Patch[], baseRevision?: number, coalesce?: string): Snapshot {
    this.assertWritable();
    assertCurrent(this.edits, baseRevision);
    assertReviewModeAllows(this.edits.doc, patches);
    assertProgressModeAllows(this.edits.doc, patches);
    return this.commit(applyEdit(this.edits, { label, patches, coalesce }, (project) => assertValidChange(patches, project)));
  }

  undo(): Snapshot {
    this.assertWritable();
    const step = undoEdit(this.edits);
    return step ? this.commit(step) : this.snapshot();
  }

  redo(): Snapshot {
    this.assertWritable();
    const step = redoEdit(this.edits);
    return step ? this.commit(step) : this.snapshot();
  }

  /**
   * Replace the project with a changed one (an imported review copy), then save later. Not
   * undoable, and it ends the undo history: the old steps' patches describe the old project. Use
   * applyChange for user edits. The built-in edition is read-only.
   */
  replace(project: Project): Snapshot {
    this.assertWritable();
    return this.commit(replaceDoc(this.edits, project));
  }

  /**
   * Save the open project (with its unsaved edits and its undo history) to a new file and carry on
   * there. Used after a save failure (disk full, folder gone, no permission): the old file is not
   * written again, and nothing in memory is lost if the new place fails too.
   */
  async saveAs(file: string): Promise<Snapshot> {
    const store = await ProjectStore.create(file, this.edits.doc, this.options.store);
    const old = this.store;
    this.saver.attach(store);
    this.store = store;
    await old?.close().catch(() => undefined);
    this.builtin = false;
    await this.settings.update((s) => withRecent(s, store.file)).catch(() => undefined);
    this.take(touch(this.edits));
    return this.snapshot();
  }

  /** Try the last failed (or pending) save again now. */
  async retrySave(): Promise<Snapshot> {
    await this.saver.retry();
    return this.snapshot();
  }

  /** Write pending changes now (before quitting, exporting, or from tests). */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    await this.closeStore();
  }

  private assertWritable(): void {
    if (this.builtin) throw new ProblemError('read-only');
    if (this.store?.readOnly) throw new ProblemError(`read-only-${this.store.readOnly}`, {}, { file: this.store.file });
  }

  /** An edit of the open project: keep it, tell listeners, save it later. */
  private commit(step: EditStep<Project>): Snapshot {
    this.saver.changed();
    this.take(step);
    return this.snapshot();
  }

  private async switchTo(store: ProjectStore): Promise<void> {
    await this.closeStore();
    this.store = store;
    this.builtin = false;
    this.loadError = null;
    this.saver.attach(store);
    const step = replaceDoc(this.edits, store.project);
    this.edits = step.state; // the recent-files list is written before listeners hear of the new file
    await this.settings.update((s) => withRecent(s, store.file));
    this.announce(step.patches);
  }

  private async closeStore(): Promise<void> {
    if (!this.store) return;
    await this.flush().catch(() => undefined);
    await this.store.close();
    this.store = null;
  }

  /** Move to a new revision and tell listeners what made it. */
  private take(step: EditStep<Project>): void {
    this.edits = step.state;
    this.announce(step.patches);
  }

  private announce(patches: Patch[] | null): void {
    this.last = { revision: this.edits.revision, patches, info: this.info() };
    this.emit({ type: 'changed', update: this.last });
  }

  private emit(e: SessionEvent): void {
    for (const l of this.listeners) l(e);
  }
}

/**
 * Schema validation of a changed project, by the parts the patches touched (validateChange: the
 * project before was valid): an invalid result refuses the change whole, with the issues the
 * whole-project validation names.
 */
function assertValidChange(patches: readonly Patch[], project: Project): void {
  const error = validateChange(patches, project);
  if (error) throw new ProblemError('invalid-change', {}, { details: describeIssues(error) });
}

/** What a session tells its listeners (see ProjectSession.onChange). */
export type SessionEvent = { type: 'changed'; update: DocUpdate } | { type: 'saveState'; info: ProjectInfo };
