import type { Patch } from './patch';

/** One undoable change: what was done and how to undo it, with a label for the Edit menu. */
export interface Change {
  label: string;
  forward: Patch[];
  inverse: Patch[];
}

/**
 * Operation-based undo/redo: the stacks hold patches, not document copies, so memory grows with
 * the size of the edits, not of the document. Pure: returns new stacks.
 */
export interface History {
  undo: Change[];
  redo: Change[];
}

export const EMPTY_HISTORY: History = { undo: [], redo: [] };
export const MAX_UNDO = 500;

export function recordChange(h: History, change: Change): History {
  const undo = [...h.undo, change];
  return { undo: undo.length > MAX_UNDO ? undo.slice(undo.length - MAX_UNDO) : undo, redo: [] };
}
