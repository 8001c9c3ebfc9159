import { useSyncExternalStore } from 'react';
import type { OutlineMarkers } from '../panels/outlineMarkers';

/**
 * What changes per outline row without its node changing: the current element, the row Tab
 * reaches, the untranslated ones and the findings / comments counts. Rows read one value each,
 * so a new current element or a findings update re-renders only the rows whose own value changed.
 */
export interface Marks {
  /** The outline node of the element the user is on (highlighted, aria-selected). */
  current: string | null;
  /** The one row in the tab order (roving tabindex), and where F6 enters the outline. */
  tabbable: string | null;
  untranslated: ReadonlySet<string>;
  markers?: OutlineMarkers;
}

export function createMarks(initial: Marks) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next: Marks) {
      if (next.current === state.current && next.tabbable === state.tabbable && next.untranslated === state.untranslated && next.markers === state.markers) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => {
        listeners.delete(l);
      };
    },
  };
}
export type MarksStore = ReturnType<typeof createMarks>;

/** One value of the marks for a row; the row re-renders only when that value changes. */
export function useMark<T>(marks: MarksStore, select: (m: Marks) => T): T {
  const read = () => select(marks.get());
  return useSyncExternalStore(marks.subscribe, read, read);
}
