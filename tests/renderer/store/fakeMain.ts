import { ApiError, type DocUpdate, type ProjectInfo, type Snapshot } from '../../../shared/ipc/contract';
import { applyPatches, type Patch } from '../../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import edition from '../../../resources/editions/framework-2021-2025.json';

export const builtinProject: Project = ProjectSchema.parse(edition);

/** A promise with its resolve exposed, so a test decides when main answers. */
export function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Main's side of the store protocol in memory: it applies patches, counts revisions, and queues
 * the events it broadcasts until the test delivers them (`deliver()`), so each ordering of reply
 * and event can be tried. Replies can be held back with `hold()`.
 */
export function fakeMain(project: Project = builtinProject) {
  let current = project;
  let revision = 1;
  const info = (): ProjectInfo => ({
    file: '/p.json', name: 'p.json', builtin: false, readOnly: false, saveState: 'unsaved', saveError: null, loadError: null,
    revision, undoLabel: null, redoLabel: null,
  });
  const listeners = { docChanged: new Set<(u: DocUpdate) => void>(), docSaveState: new Set<(i: ProjectInfo) => void>() };
  const queued: Array<() => void> = [];
  const history: Patch[][] = [];
  let gate: Promise<void> | null = null;
  const calls = { getSnapshot: 0, applyChange: 0 };

  const change = (patches: Patch[] | null, next: Project): DocUpdate => {
    current = next;
    revision++;
    const update = { revision, patches, info: info() };
    queued.push(() => listeners.docChanged.forEach((l) => l(update)));
    return update;
  };

  const main = {
    get project() {
      return current;
    },
    get revision() {
      return revision;
    },
    calls,
    /** Deliver the queued events in order. */
    deliver() {
      while (queued.length) queued.shift()!();
    },
    /** Drop the queued events (a lost connection). */
    drop() {
      queued.length = 0;
    },
    /** Hold replies until `release()`. */
    hold() {
      const d = deferred();
      gate = d.promise;
      return () => {
        gate = null;
        d.resolve();
      };
    },
    /** A change made elsewhere (another window): only an event tells the store. */
    external(patches: Patch[]) {
      return change(patches, applyPatches(current, patches).result);
    },
    /** Another file opened: the project replaced whole. */
    replaceWhole(next: Project) {
      return change(null, next);
    },
    saveState(saveState: ProjectInfo['saveState']) {
      const i = { ...info(), saveState };
      queued.push(() => listeners.docSaveState.forEach((l) => l(i)));
    },
    client: {
      getSnapshot: async (): Promise<Snapshot> => {
        calls.getSnapshot++;
        return { info: info(), project: current };
      },
      applyChange: async (req: { label: string; patches: Patch[]; baseRevision?: number }): Promise<DocUpdate> => {
        calls.applyChange++;
        if (gate) await gate;
        if (req.baseRevision !== undefined && req.baseRevision !== revision) {
          throw new ApiError({ code: 'stale-revision' });
        }
        const { result, inverse } = applyPatches(current, req.patches);
        history.push(inverse);
        return change(req.patches, result);
      },
      undo: async (): Promise<DocUpdate> => {
        if (gate) await gate;
        const inverse = history.pop()!;
        return change(inverse, applyPatches(current, inverse).result);
      },
      redo: async (): Promise<DocUpdate> => {
        throw new ApiError({ code: 'bad-index' });
      },
      on: ((event: 'docChanged' | 'docSaveState', listener: (payload: never) => void) => {
        const set = listeners[event] as Set<(p: never) => void>;
        set.add(listener);
        return () => set.delete(listener);
      }) as never,
    },
  };
  return main;
}
