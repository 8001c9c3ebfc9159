import type { ElementRef } from '../../../shared/model/elements';

/** Which editor page shows an element: the page holds the element and its neighbours. */
export type EditorPage =
  | { kind: 'metadata' }
  | { kind: 'section'; id: string }
  | { kind: 'component'; id: string }
  | { kind: 'plan'; id: string | null }
  | { kind: 'notes' }
  | { kind: 'annex' }
  | { kind: 'area'; id: string };

/** The page for the selected element (the cover page when nothing, or something unknown, is selected). */
export function pageFor(index: ReadonlyMap<string, ElementRef>, elementId: string | null): EditorPage {
  if (elementId === '#actionPlan' || elementId === '#actionPlanColumns') return { kind: 'plan', id: null };
  let el = elementId ? index.get(elementId) : undefined;
  // Walk up until an element that is a page of its own.
  for (let guard = 0; el && guard < 64; guard++) {
    switch (el.kind) {
      case 'section':
        return { kind: 'section', id: el.id };
      case 'component':
        return { kind: 'component', id: el.id };
      case 'planComponent':
        return { kind: 'plan', id: el.id };
      case 'notes':
      case 'note':
        return { kind: 'notes' };
      case 'annex':
        return { kind: 'annex' };
      case 'priorityArea':
        return { kind: 'area', id: el.id };
      case 'metadata':
      case 'publisher':
      case 'contents':
        return { kind: 'metadata' };
      default:
        el = el.parentId ? index.get(el.parentId) : undefined;
    }
  }
  return { kind: 'metadata' };
}
