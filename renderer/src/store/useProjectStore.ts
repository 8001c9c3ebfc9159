import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import type { ProjectInfo, Snapshot } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import type { ProjectStore } from './projectStore';

/**
 * React's way into the one project store (see README.md beside this file). Components read what
 * they need with a selector and re-render only when that value changes:
 *
 *   const title = useProject((p) => p.framework.metadata.title);   // re-renders when the title changes
 *   const { readOnly, saveState } = useProjectInfo();
 *   const revision = useRevision();
 *
 * Changing the document goes through the editor (`useEditorActions().apply(project => operation)`),
 * which sends the operation to main; the change comes back as patches into this store.
 */
export const ProjectStoreContext = createContext<ProjectStore | null>(null);

export function useProjectStore(): ProjectStore {
  const store = useContext(ProjectStoreContext);
  if (!store) throw new Error('useProjectStore outside <ProjectStoreContext.Provider>');
  return store;
}

/**
 * A value derived from the store's state. The selector runs again only when the state changes
 * (or the selector does); when its result is `isEqual` to the last one the component does not
 * re-render. Selectors should return parts of the project (kept by identity across unrelated
 * changes) or values cached by them, not new objects each time.
 */
export function useStoreSelector<T>(select: (state: Snapshot | null) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const store = useProjectStore();
  const memo = useRef<{ state: Snapshot | null; select: (state: Snapshot | null) => T; value: T } | null>(null);
  const read = () => {
    const state = store.getState();
    const m = memo.current;
    if (m && m.state === state && m.select === select) return m.value;
    const value = select(state);
    memo.current = { state, select, value: m && isEqual(m.value, value) ? m.value : value };
    return memo.current.value;
  };
  return useSyncExternalStore(store.subscribe, read, read);
}

function required(state: Snapshot | null): Snapshot {
  if (!state) throw new Error('the project store has no snapshot yet (render below <App>, which waits for it)');
  return state;
}

/** The whole state ({ info, project }), or null before the first snapshot. Re-renders on every change. */
export function useStoreState(): Snapshot | null {
  return useStoreSelector(identity);
}

/** A part of the open project; re-renders only when the selected value changes. */
export function useProject<T>(select: (project: Project) => T, isEqual?: (a: T, b: T) => boolean): T {
  return useStoreSelector((s) => select(required(s).project), isEqual);
}

/** File, name, read-only, save state, revision, undo/redo labels. */
export function useProjectInfo(): ProjectInfo {
  return useStoreSelector(infoOf);
}

/**
 * One value of the project info (`useInfo((i) => i.readOnly)`): unlike useProjectInfo, does not
 * re-render on every change (each change brings a new info object with a new revision).
 * Values that are objects (loadError…) are compared as JSON unless `isEqual` is given.
 */
export function useInfo<T>(select: (info: ProjectInfo) => T, isEqual: (a: T, b: T) => boolean = sameJson): T {
  return useStoreSelector((s) => select(required(s).info), isEqual);
}

/** Small values compared by content (info arrives as new objects with each update). */
function sameJson<T>(a: T, b: T): boolean {
  return Object.is(a, b) || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

/** The revision the store holds (a number that grows with every change). */
export function useRevision(): number {
  return useStoreSelector(revisionOf);
}

const identity = (s: Snapshot | null) => s;
const infoOf = (s: Snapshot | null) => required(s).info;
const revisionOf = (s: Snapshot | null) => required(s).info.revision;
