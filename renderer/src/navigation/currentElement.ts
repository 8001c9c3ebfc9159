import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * The element the user is on: the one last gone to (outline, Go to, findings, the review walk) or
 * the one whose field last took focus in the editor (Tab, F6, a new row, a click). The outline
 * follows it. A small external store rather than React state so that moving from field to field
 * re-renders only the outline rows whose highlight changes, not the workspace.
 */
export interface CurrentElementStore {
  get: () => string | null;
  set: (elementId: string | null) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createCurrentElementStore(): CurrentElementStore {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(elementId) {
      if (elementId === current) return;
      current = elementId;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export const CurrentElementContext = createContext<CurrentElementStore>(createCurrentElementStore());

/** The store itself (to set it from an event handler). */
export function useCurrentElementStore(): CurrentElementStore {
  return useContext(CurrentElementContext);
}

/** The current element's id; re-renders when it changes. */
export function useCurrentElement(): string | null {
  const store = useContext(CurrentElementContext);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** The element a focused control in the editor belongs to (fields carry data-element-id, rows data-row-id). */
export function elementOfControl(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const holder = target.closest<HTMLElement>('[data-element-id], [data-row-id]');
  return holder?.dataset.elementId ?? holder?.dataset.rowId ?? null;
}
