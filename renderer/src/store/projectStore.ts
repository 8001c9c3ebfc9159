import type { DesktopApi, DocUpdate, ProjectInfo, Snapshot } from '../../../shared/ipc/contract';
import { applyPatches, type Patch } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';

/**
 * What changed the store's project, for followers that keep a copy of their own (the checker
 * worker): the patches of one revision, or the whole project (first snapshot, another project, a gap).
 */
export type ProjectChange = { revision: number; patches: Patch[] } | { revision: number; project: Project };

/**
 * The renderer's one copy of the open project. Main owns the document and broadcasts, after each
 * change, the patches from the previous revision (`doc:changed`) and, while saving, the small
 * project info (`doc:saveState`). The store applies the patches with the shared patch engine, so
 * every untouched subtree keeps its object identity: memoised views and the checker's per-part
 * caches skip what did not change without any structure sharing after the fact. A full snapshot
 * is fetched only at start, when the project is replaced (another file opened) and when an update
 * does not follow the revision the store holds (a gap).
 *
 * React reads it through the hooks in `useProjectStore.ts` (useSyncExternalStore).
 */
export interface ProjectStore {
  /** The current state, or null until the first snapshot arrived. A new object after every change. */
  getState(): Snapshot | null;
  subscribe(listener: () => void): () => void;
  /** Follow the project's changes as patches (see {@link ProjectChange}); not called for info-only changes. */
  subscribeChanges(listener: (change: ProjectChange) => void): () => void;
  /** Take an update (an event, or the reply to applyChange / undo / redo); the older of the two is ignored. */
  receive(update: DocUpdate): void;
  /** Take a new save state (or other info) for the revision the store holds. */
  receiveInfo(info: ProjectInfo): void;
  /** Take a full snapshot (the reply to open, new, save as…) unless the store is already past it. */
  reset(snapshot: Snapshot): void;
  /** Fetch a full snapshot now; resolves when the store holds one at least as new as main's reply. */
  resync(): Promise<void>;
  /** Subscribe to main's events and fetch the first snapshot; returns the function that stops. */
  start(): () => void;
}

/** What the store needs of the API (tests pass a fake). */
export type StoreClient = Pick<DesktopApi, 'getSnapshot' | 'on'>;

export function createProjectStore(client: StoreClient): ProjectStore {
  let state: Snapshot | null = null;
  const listeners = new Set<() => void>();
  const changeListeners = new Set<(change: ProjectChange) => void>();
  const changed = (change: ProjectChange) => {
    for (const l of [...changeListeners]) l(change);
  };
  let pending: Promise<void> | null = null;
  let again = false;

  const set = (next: Snapshot) => {
    state = next;
    for (const l of [...listeners]) l();
  };

  const reset = (s: Snapshot) => {
    if (state && s.info.revision < state.info.revision) return;
    const replaced = state?.project !== s.project;
    set(s);
    if (replaced) changed({ revision: s.info.revision, project: s.project });
  };

  const resync = (): Promise<void> => {
    // One fetch at a time; a gap noticed during a fetch asks for one more after it.
    if (pending) {
      again = true;
      return pending;
    }
    pending = (async () => {
      do {
        again = false;
        try {
          reset(await client.getSnapshot({}));
        } catch {
          // The next update (or the next call) tries again; the view keeps what it has.
        }
      } while (again);
    })().finally(() => {
      pending = null;
    });
    return pending;
  };

  const receive = (u: DocUpdate) => {
    if (!state) {
      void resync();
      return;
    }
    const at = state.info.revision;
    if (u.revision <= at) return;
    if (u.patches === null || u.revision !== at + 1 || u.info.file !== state.info.file) {
      void resync();
      return;
    }
    let project: Project;
    try {
      project = applyPatches(state.project, u.patches).result;
    } catch {
      // Patches that do not fit what the store holds: it missed something; start again from main's copy.
      void resync();
      return;
    }
    set({ info: u.info, project });
    changed({ revision: u.revision, patches: u.patches });
  };

  const receiveInfo = (info: ProjectInfo) => {
    if (state && info.revision === state.info.revision && info.file === state.info.file) set({ info, project: state.project });
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    subscribeChanges: (listener) => {
      changeListeners.add(listener);
      return () => {
        changeListeners.delete(listener);
      };
    },
    receive,
    receiveInfo,
    reset,
    resync,
    start: () => {
      const offChanged = client.on('docChanged', receive);
      const offSaveState = client.on('docSaveState', receiveInfo);
      void resync();
      return () => {
        offChanged();
        offSaveState();
      };
    },
  };
}
