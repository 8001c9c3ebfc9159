import { elementParents } from '../../../shared/checks/locate';
import type { Framework } from '../../../shared/model/framework';
import { needsTranslation } from '../../../shared/model/operations';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';
import { pathTo } from '../../../shared/outline/flattenOutline';

/**
 * The outline's nodes for a framework. `buildOutline` keeps the identity of every node whose
 * part is unchanged, so after an edit only the rows on the edited element's path re-render; the
 * roots array too is kept while its nodes are the same.
 */
export function outlineOf(fw: Framework, prev: readonly OutlineNode[] | undefined): readonly OutlineNode[] {
  const next = buildOutline(fw);
  return prev && prev.length === next.length && prev.every((n, i) => n === next[i]) ? prev : next;
}

/** Per node (by identity: a node is new when any of its texts is), whether a field misses a language or is stale. */
const untranslatedNode = new WeakMap<OutlineNode, boolean>();

/** The outline nodes whose element has a field missing a language or stale; the previous set is kept while equal. */
export function untranslatedOf(roots: readonly OutlineNode[], prev: ReadonlySet<string> | undefined): ReadonlySet<string> {
  const ids = new Set<string>();
  const walk = (nodes: readonly OutlineNode[]) => {
    for (const n of nodes) {
      let flag = untranslatedNode.get(n);
      if (flag === undefined) {
        flag = n.texts.some(needsTranslation);
        untranslatedNode.set(n, flag);
      }
      if (flag) ids.add(n.id);
      walk(n.children);
    }
  };
  walk(roots);
  return prev !== undefined && prev.size === ids.size && [...ids].every((id) => prev.has(id)) ? prev : ids;
}

/**
 * The outline node that stands for an element: itself when the outline shows it, else its
 * nearest ancestor that it shows (a paragraph's section, the publisher's cover); null when none.
 */
export function nearestOutlineNode(fw: Framework, roots: readonly OutlineNode[], elementId: string): string | null {
  if (pathTo(roots, elementId)) return elementId;
  const parents = elementParents(fw);
  for (let at = parents.get(elementId); at; at = parents.get(at)) if (pathTo(roots, at)) return at;
  return null;
}
