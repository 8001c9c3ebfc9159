import { NOTES_ID, indexElements, type ElementKind, type ElementRef } from '../elements';
import type { Path } from '../patch/patch';
import type { Project } from '../project';
import { ProblemError } from '../../ipc/problem';

/** Kinds of elements that live in an ordered collection and so can be added, removed, duplicated and moved. */
export type MovableKind = Extract<
  ElementKind,
  'section' | 'paragraph' | 'list' | 'listItem' | 'component' | 'mainActivity' | 'planComponent' | 'action' | 'activity' | 'note' | 'priorityArea' | 'annexEntry'
>;

const MOVABLE = new Set<ElementKind>(['section', 'paragraph', 'list', 'listItem', 'component', 'mainActivity', 'planComponent', 'action', 'activity', 'note', 'priorityArea', 'annexEntry']);

export function isMovable(kind: ElementKind): kind is MovableKind {
  return MOVABLE.has(kind);
}

/** Where an element sits: its array's path, its index in it, and the array's length. */
export interface Slot {
  element: ElementRef;
  arrayPath: Path;
  index: number;
  length: number;
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/** The collection slot of a movable element; throws for unknown ids and for singletons. */
export function locateSlot(project: Project, elementId: string, index?: ReadonlyMap<string, ElementRef>): Slot {
  const el = (index ?? indexElements(project.framework)).get(elementId);
  if (!el) throw new ProblemError('no-such-element', {}, { message: `No element ${elementId}` });
  if (!isMovable(el.kind)) throw new ProblemError('not-movable', {}, { message: `${el.kind} ${elementId} is not in a list` });
  const arrayPath = el.path.slice(0, -1);
  const position = el.path[el.path.length - 1] as number;
  const arr = valueAt(project, arrayPath) as unknown[];
  return { element: el, arrayPath, index: position, length: arr.length };
}

/**
 * The array a new child of `kind` goes into, under `parentId` (null for top-level sections and
 * components). Section blocks (paragraph/list) go into the section's blocks; a paragraph under a
 * component into its paragraphs.
 */
export function childArrayPath(index: ReadonlyMap<string, ElementRef>, kind: MovableKind, parentId: string | null): Path {
  const F: Path = ['framework'];
  const parent = parentId === null ? null : (index.get(parentId) ?? null);
  if (parentId !== null && parent === null) throw new ProblemError('no-such-element', {}, { message: `No element ${parentId}` });
  const under = (k: ElementKind) => parent?.kind === k;
  switch (kind) {
    case 'section':
      if (parent === null) return [...F, 'sections'];
      if (under('section')) return [...parent!.path, 'subsections'];
      break;
    case 'paragraph':
      if (under('section')) return [...parent!.path, 'blocks'];
      if (under('component')) return [...parent!.path, 'paragraphs'];
      break;
    case 'list':
      if (under('section')) return [...parent!.path, 'blocks'];
      break;
    case 'listItem':
      if (under('list')) return [...parent!.path, 'items'];
      break;
    case 'component':
      if (parent === null) return [...F, 'components'];
      break;
    case 'mainActivity':
      if (under('component')) return [...parent!.path, 'mainActivities'];
      break;
    case 'planComponent':
      if (parent === null) return [...F, 'actionPlan', 'components'];
      break;
    case 'action':
      if (under('planComponent')) return [...parent!.path, 'actions'];
      break;
    case 'activity':
      if (under('action')) return [...parent!.path, 'activities'];
      break;
    case 'note':
      if (parentId === NOTES_ID || parent === null) return [...F, 'notes', 'items'];
      break;
    case 'priorityArea':
      if (parent === null || parent?.kind === 'annex') return [...F, 'annex', 'areas'];
      break;
    case 'annexEntry':
      if (under('priorityArea')) return [...parent!.path, 'entries'];
      break;
  }
  throw new ProblemError('not-insertable', {}, { message: `A ${kind} cannot go under ${parent ? `${parent.kind} ${parentId}` : 'the top level'}` });
}

export function arrayLength(project: Project, path: Path): number {
  const arr = valueAt(project, path);
  if (!Array.isArray(arr)) throw new ProblemError('bad-index', {}, { message: `${path.join('/')} is not a list` });
  return arr.length;
}

export { valueAt };
