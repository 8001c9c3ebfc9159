import { ProblemError } from '../../ipc/problem';
import { applyPatches, type Patch } from './patch';
import { EMPTY_HISTORY, recordChange, type Change, type History } from './history';

/**
 * The document being edited, as a value: the document, the revision every view is measured
 * against, and the undo/redo stacks. Every function here is pure (returns a new state, never
 * touches the old one) so the session only decides *when* to edit, and the rules of editing can be
 * tested without files, timers or processes.
 */
export interface EditState<T> {
  readonly doc: T;
  /** Moves on by one with every change that listeners hear of (edits, undo, redo, replacements). */
  readonly revision: number;
  readonly history: History;
  /** The typing run the last change belongs to (see EditRequest.coalesce); any other change ends it. */
  readonly coalesceKey: string | null;
}

/** What a step did: the new state and the patches from the previous revision (null: replaced whole). */
export interface EditStep<T> {
  readonly state: EditState<T>;
  readonly patches: Patch[] | null;
}

export interface EditRequest {
  /** Shown in the Edit menu ("Undo Edit title"). */
  label: string;
  patches: readonly Patch[];
  /** The revision the change was computed from; another one means a stale view and the change is refused. */
  baseRevision?: number;
  /** Changes with the same key in a row (typing in one field) are one undo step. */
  coalesce?: string;
}

export function startEditing<T>(doc: T, revision = 0): EditState<T> {
  return { doc, revision, history: EMPTY_HISTORY, coalesceKey: null };
}

/**
 * Apply a change as one undoable step. `check` sees the resulting document before anything is
 * kept and may throw (schema validation): then nothing changes. Patches that do not fit the
 * document throw `bad-patch`; a stale `baseRevision` throws `stale-revision`.
 */
export function applyEdit<T>(state: EditState<T>, request: EditRequest, check: (doc: T) => void = () => undefined): EditStep<T> {
  const { label, patches, baseRevision, coalesce } = request;
  assertCurrent(state, baseRevision);
  const { result, inverse } = applyPatches(state.doc, patches);
  check(result);
  const forward = [...patches];
  return {
    state: {
      doc: result,
      revision: state.revision + 1,
      history: continuesRun(state, coalesce)
        ? extendLast(state.history, { label, forward, inverse })
        : recordChange(state.history, { label, forward, inverse }),
      coalesceKey: coalesce ?? null,
    },
    patches: forward,
  };
}

/** A change computed from `baseRevision` fits only that revision: otherwise `stale-revision`. */
export function assertCurrent(state: EditState<unknown>, baseRevision: number | undefined): void {
  if (baseRevision !== undefined && baseRevision !== state.revision) {
    throw new ProblemError('stale-revision', { revision: state.revision, baseRevision });
  }
}

/** Undo the last change; null when there is nothing to undo. */
export function undoEdit<T>(state: EditState<T>): EditStep<T> | null {
  const change = state.history.undo.at(-1);
  if (!change) return null;
  const { result } = applyPatches(state.doc, change.inverse);
  const history = { undo: state.history.undo.slice(0, -1), redo: [...state.history.redo, change] };
  return { state: { doc: result, revision: state.revision + 1, history, coalesceKey: null }, patches: change.inverse };
}

/** Redo the last undone change; null when there is nothing to redo. */
export function redoEdit<T>(state: EditState<T>): EditStep<T> | null {
  const change = state.history.redo.at(-1);
  if (!change) return null;
  const { result } = applyPatches(state.doc, change.forward);
  const history = { undo: [...state.history.undo, change], redo: state.history.redo.slice(0, -1) };
  return { state: { doc: result, revision: state.revision + 1, history, coalesceKey: null }, patches: change.forward };
}

/**
 * A different document (opened, reloaded, imported): the undo stacks described the old one, so
 * they go; listeners need the whole document (patches null).
 */
export function replaceDoc<T>(state: EditState<T>, doc: T): EditStep<T> {
  return { state: startEditing(doc, state.revision + 1), patches: null };
}

/** Something listeners show changed (the file, say) but not the document: a new revision, no patches. */
export function touch<T>(state: EditState<T>): EditStep<T> {
  return { state: { ...state, revision: state.revision + 1 }, patches: [] };
}

/** Labels for the Edit menu. */
export function undoLabel(state: EditState<unknown>): string | null {
  return state.history.undo.at(-1)?.label ?? null;
}

export function redoLabel(state: EditState<unknown>): string | null {
  return state.history.redo.at(-1)?.label ?? null;
}

/** Only a change right after one with the same key, with nothing undone in between, extends it. */
function continuesRun(state: EditState<unknown>, coalesce: string | undefined): boolean {
  return coalesce !== undefined && coalesce === state.coalesceKey && state.history.undo.length > 0 && state.history.redo.length === 0;
}

/** Consecutive typing in one field is one undo step: the last change grows; undoing it undoes the run. */
function extendLast(history: History, next: Change): History {
  const last = history.undo[history.undo.length - 1];
  const merged: Change = { label: next.label, forward: [...last.forward, ...next.forward], inverse: [...next.inverse, ...last.inverse] };
  return { undo: [...history.undo.slice(0, -1), merged], redo: [] };
}
