import { useCallback, useMemo, useRef } from 'react';
import type { DesktopApi, DocUpdate, Problem } from '../../../shared/ipc/contract';
import { problemOf } from '../components/problemText';
import type { Operation } from '../../../shared/model/operations';
import type { Project } from '../../../shared/model/project';
import { api } from '../api';
import type { ProjectStore } from '../store/projectStore';

/**
 * The editor's one way to change the document. Operations are compiled against the latest
 * project when their turn comes (a queue), so a change never uses paths from a view that an
 * earlier change has already altered: main's reply (the patches) goes into the project store
 * before the next operation is compiled from it. Fields with typing not yet committed register a "draft"
 * so that undo, structure edits, find-and-replace and Save As commit it first.
 */
export interface DocumentEditor extends EditorActions {
  /** The same functions as a stable object (its identity never changes): pass this to memoized views. */
  actions: EditorActions;
}

export interface EditorActions {
  /** Compile and send an operation; resolves true when applied. */
  apply(compile: (project: Project) => Operation | null, options?: ApplyOptions): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Commit every field's uncommitted typing and wait for it to be applied. */
  flushDrafts(): Promise<void>;
  /** A field with uncommitted typing registers how to commit it; the returned function unregisters. */
  registerDraft(key: string, commit: () => void): () => void;
  /** A fresh element id (ids match the schema's /^[A-Za-z0-9_.:-]+$/). */
  newId(): string;
  /** Whether some typing is not yet committed or a change is not yet applied (shown as "Unsaved changes"). */
  hasDrafts(): boolean;
  /** Called when `hasDrafts()` changes; returns the unsubscribe function. */
  subscribeDrafts(listener: () => void): () => void;
}

export interface ApplyOptions {
  /** Typing in one field: consecutive commits with the same key are one undo step. */
  coalesce?: string;
}


export function newElementId(): string {
  return `n${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** What the editor needs of the API (tests pass a fake). */
export type EditorClient = Pick<DesktopApi, 'applyChange' | 'undo' | 'redo'>;

/** Put main's reply into the store; when it does not follow what the store holds, fetch a snapshot first. */
async function take(store: ProjectStore, update: DocUpdate): Promise<void> {
  store.receive(update);
  if ((store.getState()?.info.revision ?? -1) < update.revision) await store.resync();
}

export function useDocumentEditor(store: ProjectStore, onProblem: (p: Problem | null) => void, client: EditorClient = api): DocumentEditor {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const drafts = useRef(new Map<string, () => void>());
  const draftListeners = useRef(new Set<() => void>());
  // Typing not yet committed, or changes sent and not yet answered: either way not on disk yet.
  const inFlight = useRef(0);
  const busy = () => drafts.current.size > 0 || inFlight.current > 0;
  const lastBusy = useRef(false);
  const draftsChanged = useCallback(() => {
    const now = busy();
    if (now !== lastBusy.current) {
      lastBusy.current = now;
      for (const l of draftListeners.current) l();
    }
  }, []);

  const enqueue = useCallback(
    <T,>(task: () => Promise<T>): Promise<T> => {
      inFlight.current++;
      draftsChanged();
      const run = queue.current.then(task).finally(() => {
        inFlight.current--;
        draftsChanged();
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [draftsChanged],
  );

  /** Run `task` counted as pending work, so "has drafts" does not flicker off between its steps. */
  const pending = useCallback(
    <T,>(task: () => T): T => {
      inFlight.current++;
      const done = () => {
        inFlight.current--;
        draftsChanged();
      };
      let result: T;
      try {
        result = task();
      } catch (e) {
        done();
        throw e;
      }
      if (result instanceof Promise) return result.finally(done) as T;
      done();
      return result;
    },
    [draftsChanged],
  );

  const commitDrafts = useCallback(
    (except?: string) =>
      pending(() => {
        for (const [key, commit] of [...drafts.current]) {
          if (key === except) continue;
          drafts.current.delete(key);
          commit();
        }
      }),
    [pending],
  );

  const apply = useCallback(
    (compile: (project: Project) => Operation | null, options: ApplyOptions = {}) => {
      commitDrafts(options.coalesce);
      return enqueue(async () => {
        for (let attempt = 0; attempt < 2; attempt++) {
          const snap = store.getState();
          if (!snap) return false;
          let op: Operation | null;
          try {
            op = compile(snap.project);
          } catch (e) {
            const p = problemOf(e);
            onProblem(p.code === 'unexpected' ? { code: 'bad-operation', data: p.data } : p);
            return false;
          }
          if (!op || op.patches.length === 0) return false;
          try {
            await take(store, await client.applyChange({ label: op.label, patches: op.patches, baseRevision: snap.info.revision, coalesce: options.coalesce }));
            return true;
          } catch (e) {
            const p = problemOf(e);
            if (p.code === 'stale-revision' && attempt === 0) {
              await store.resync();
              continue;
            }
            onProblem(p);
            return false;
          }
        }
        return false;
      });
    },
    [store, client, commitDrafts, enqueue, onProblem],
  );

  const flushDrafts = useCallback(async () => {
    commitDrafts();
    await queue.current;
  }, [commitDrafts]);

  const history = useCallback(
    (which: 'undo' | 'redo') =>
      pending(async () => {
        await flushDrafts();
        await enqueue(async () => {
          try {
            await take(store, await (which === 'undo' ? client.undo({}) : client.redo({})));
          } catch (e) {
            onProblem(problemOf(e));
          }
        });
      }),
    [store, client, enqueue, flushDrafts, pending, onProblem],
  );

  const registerDraft = useCallback(
    (key: string, commit: () => void) => {
      drafts.current.set(key, commit);
      draftsChanged();
      return () => {
        if (drafts.current.get(key) === commit) drafts.current.delete(key);
        draftsChanged();
      };
    },
    [draftsChanged],
  );

  const hasDrafts = useCallback(() => busy(), []);
  const subscribeDrafts = useCallback((listener: () => void) => {
    draftListeners.current.add(listener);
    return () => {
      draftListeners.current.delete(listener);
    };
  }, []);

  const actions = useMemo<EditorActions>(
    () => ({
      apply,
      undo: () => history('undo'),
      redo: () => history('redo'),
      flushDrafts,
      registerDraft,
      newId: newElementId,
      hasDrafts,
      subscribeDrafts,
    }),
    [apply, history, flushDrafts, registerDraft, hasDrafts, subscribeDrafts],
  );
  return useMemo(() => ({ ...actions, actions }), [actions]);
}
