import { useSyncExternalStore } from 'react';
import type { Snapshot } from '../../../shared/ipc/contract';
import { commentCountsByField, fieldKey, type CommentCount } from '../../../shared/review/threads';
import { api } from '../api';

/**
 * Comment counts per field for the markers beside each field in the editor. One subscription to
 * doc:changed for the whole editor (not one per field), counts recomputed once per revision.
 */
let counts = new Map<string, CommentCount>();
let revision = -1;
let file: string | null = null;
const listeners = new Set<() => void>();
let started = false;

function accept(s: Snapshot): void {
  if (s.info.revision === revision && s.info.file === file) return;
  revision = s.info.revision;
  file = s.info.file;
  counts = commentCountsByField(s.project.review);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  if (!started) {
    started = true;
    api.on('docChanged', accept);
    void api.getSnapshot({}).then(accept, () => undefined);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const NONE: CommentCount = { total: 0, open: 0 };

/** Threads on one field in one language (total and still open). */
export function useFieldCommentCount(elementId: string, field: string, lang: string): CommentCount {
  return useSyncExternalStore(subscribe, () => counts.get(fieldKey({ elementId, field: field as never, lang: lang as never })) ?? NONE);
}
