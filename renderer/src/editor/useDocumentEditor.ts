import { useCallback, useMemo, useRef } from 'react';
import { ApiError, type Problem, type Snapshot } from '../../../shared/ipc/contract';
import type { Operation } from '../../../shared/model/operations';
import type { Project } from '../../../shared/model/project';
import { api } from '../api';

/**
 * The editor's one way to change the document. Operations are compiled against the latest
 * project when their turn comes (a queue), so a change never uses paths from a view that an
 * earlier change has already altered. Fields with typing not yet committed register a "draft"
 * so that undo, structure edits, find-and-replace and Save As commit it first.
 */
export interface DocumentEditor extends EditorActions {
  snapshot: Snapshot;
  readOnly: boolean;
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

function toProblem(e: unknown): Problem {
  return e instanceof ApiError ? e.problem : { code: 'error', message: String(e) };
}

export function newElementId(): string {
  return `n${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

export function useDocumentEditor(snapshot: Snapshot, setSnapshot: (s: Snapshot) => void, onProblem: (p: Problem | null) => void): DocumentEditor {
  const latest = useRef(snapshot);
  // Events can bring a newer snapshot than the last reply (and a reopened file starts again).
  if (snapshot.info.revision > latest.current.info.revision || snapshot.info.file !== latest.current.info.file) latest.current = snapshot;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const drafts = useRef(new Map<string, () => void>());
  const draftListeners = useRef(new Set<() => void>());
  // Typing not yet committed, or changes sent and not yet answered: either way not on disk yet.
  const inFlight = useRef(0);
  const busy = () => drafts.current.size > 0 || inFlight.current > 0;
  const lastBusy = useRef(false);
  const draftsChanged = useCallback((_before?: number) => {
    const now = drafts.current.size > 0 || inFlight.current > 0;
    if (now !== lastBusy.current) {
      lastBusy.current = now;
      for (const l of draftListeners.current) l();
    }
  }, []);

  const accept = useCallback(
    (s: Snapshot) => {
      latest.current = s;
      setSnapshot(s);
    },
    [setSnapshot],
  );

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

  const commitDrafts = useCallback(
    (except?: string) => {
      const before = drafts.current.size;
      for (const [key, commit] of [...drafts.current]) {
        if (key === except) continue;
        drafts.current.delete(key);
        commit();
      }
      draftsChanged(before);
    },
    [draftsChanged],
  );

  const apply = useCallback(
    (compile: (project: Project) => Operation | null, options: ApplyOptions = {}) => {
      commitDrafts(options.coalesce);
      return enqueue(async () => {
        for (let attempt = 0; attempt < 2; attempt++) {
          const snap = latest.current;
          let op: Operation | null;
          try {
            op = compile(snap.project);
          } catch (e) {
            onProblem({ code: 'bad-operation', message: (e as Error).message });
            return false;
          }
          if (!op || op.patches.length === 0) return false;
          try {
            accept(await api.applyChange({ label: op.label, patches: op.patches, baseRevision: snap.info.revision, coalesce: options.coalesce }));
            return true;
          } catch (e) {
            const p = toProblem(e);
            if (p.code === 'stale-revision' && attempt === 0) {
              accept(await api.getSnapshot({}));
              continue;
            }
            onProblem(p);
            return false;
          }
        }
        return false;
      });
    },
    [accept, commitDrafts, enqueue, onProblem],
  );

  const flushDrafts = useCallback(async () => {
    commitDrafts();
    await queue.current;
  }, [commitDrafts]);

  const history = useCallback(
    async (which: 'undo' | 'redo') => {
      await flushDrafts();
      await enqueue(async () => {
        try {
          accept(await (which === 'undo' ? api.undo({}) : api.redo({})));
        } catch (e) {
          onProblem(toProblem(e));
        }
      });
    },
    [accept, enqueue, flushDrafts, onProblem],
  );

  const registerDraft = useCallback(
    (key: string, commit: () => void) => {
      const before = drafts.current.size;
      drafts.current.set(key, commit);
      draftsChanged(before);
      return () => {
        const size = drafts.current.size;
        if (drafts.current.get(key) === commit) drafts.current.delete(key);
        draftsChanged(size);
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
  return useMemo(() => ({ ...actions, actions, snapshot, readOnly: snapshot.info.readOnly }), [actions, snapshot]);
}
