import type { Problem, ProjectInfo } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';
import type { ProjectStore } from './projectStore';
import { problemFrom } from './problems';

export type SaveState = ProjectInfo['saveState'];

export interface AutoSaverOptions {
  /** The document as it is now; read when the write starts, so edits made while waiting are in it. */
  current: () => Project;
  /** Delay between the last change and the write; changes inside it are saved together. */
  debounceMs: number;
  /** The save state moved on its own (a write started or ended), not because of an edit. */
  onSaveState: () => void;
}

/**
 * Writes the open project some time after the last change, through its ProjectStore (atomic
 * write, backup, and the check that the file on disk is still the one we last read or wrote).
 * It never loses an edit: a failed write leaves the edits in memory with the problem for the
 * banner, and while the file changed on disk nothing is written until the user chooses.
 */
export class AutoSaver {
  private store: ProjectStore | null = null;
  private state: SaveState = 'saved';
  private problem: Problem | null = null;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private readonly savedListeners = new Set<(project: Project, file: string) => void | Promise<void>>();

  constructor(private readonly options: AutoSaverOptions) {}

  get saveState(): SaveState {
    return this.state;
  }

  get saveError(): Problem | null {
    return this.problem;
  }

  /** The file changed on disk: saving waits for the user's choice (reload, keep mine, save as). */
  get diskConflict(): boolean {
    return this.problem?.code.startsWith('disk-') ?? false;
  }

  /**
   * Save into `store` from now on, with nothing pending: the document is what the file holds (it
   * was just opened, created, reloaded or written). Null: nothing to save into (built-in edition).
   */
  attach(store: ProjectStore | null): void {
    this.cancel();
    this.store = store;
    this.markSaved();
  }

  /** The file holds the document as it is now (written or re-read outside the auto-saver). */
  markSaved(): void {
    this.state = 'saved';
    this.problem = null;
  }

  /** The document changed: write it after the debounce (or keep it in memory during a disk conflict). */
  changed(): void {
    this.cancel();
    if (this.diskConflict) {
      // Edits stay in memory and keep the conflict on screen; nothing is written until the user chooses.
      this.state = 'error';
      return;
    }
    this.state = 'unsaved';
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, this.options.debounceMs);
  }

  /** Write pending changes now (before quitting, closing, exporting, or from tests). */
  async flush(): Promise<void> {
    if (this.timer) {
      this.cancel();
      await this.saveNow();
    }
    await this.writing;
  }

  /** Try the last failed (or pending) save again now. */
  async retry(): Promise<void> {
    this.cancel();
    await this.saveNow();
  }

  /** Drop the pending write and wait for one in flight: the caller writes or re-reads the file itself. */
  async settle(): Promise<void> {
    this.cancel();
    await this.writing;
  }

  /**
   * Called after each successful write, with what was written (the version history takes its
   * automatic snapshots here). A failing listener never fails the save.
   */
  onSaved(listener: (project: Project, file: string) => void | Promise<void>): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  private cancel(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
  }

  private async saveNow(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const project = this.options.current();
    this.state = 'saving';
    this.options.onSaveState();
    this.writing = store.save(project).then(
      () => {
        // Only "saved" if nothing changed while writing.
        if (this.options.current() === project) this.state = 'saved';
        this.problem = null;
        for (const l of this.savedListeners) void Promise.resolve().then(() => l(project, store.file)).catch(() => undefined);
      },
      (e) => {
        // The edits stay in memory; the user can retry or save elsewhere.
        this.state = 'error';
        this.problem = problemFrom(e, store.file);
      },
    );
    await this.writing;
    this.options.onSaveState();
  }
}
