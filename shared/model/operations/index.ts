/**
 * Domain operations on a project: each takes the current project and returns the patches that
 * make the change (`Operation`), to be sent with `applyChange` as one undoable step. Pure.
 */
export * from './types';
export * from './text';
export * from './structure';
export * from './metadata';
export * from './factories';
export { isMovable, locateSlot, type MovableKind, type Slot } from './locate';
export * from './empty';
export * from './carriedOver';
