import type { OutlineNode } from './buildOutline';

/**
 * One visible row of the outline: a node whose ancestors are all expanded, with what a tree item
 * needs to say where it is when most rows are not in the page (ARIA `aria-level`,
 * `aria-setsize`, `aria-posinset`).
 */
export interface OutlineRow {
  node: OutlineNode;
  /** 1 for a top-level node. */
  level: number;
  /** How many siblings the node has, itself included, and its 1-based position among them. */
  setSize: number;
  posInSet: number;
  /** Index of the parent's row, or -1 at the top level. */
  parent: number;
  /** Whether its children are shown (false for a leaf too). */
  expanded: boolean;
}

/**
 * The outline as the rows a reader sees, in document order, skipping the children of collapsed
 * nodes. Linear in the rows shown; rows keep no identity of their own (the nodes do).
 */
export function flattenOutline(roots: readonly OutlineNode[], collapsed: ReadonlySet<string>): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const walk = (nodes: readonly OutlineNode[], level: number, parent: number) => {
    nodes.forEach((node, i) => {
      const expanded = node.children.length > 0 && !collapsed.has(node.id);
      const at = rows.length;
      rows.push({ node, level, setSize: nodes.length, posInSet: i + 1, parent, expanded });
      if (expanded) walk(node.children, level + 1, at);
    });
  };
  walk(roots, 1, -1);
  return rows;
}

/** The nodes from a root down to the node with this id (itself last), or null when no node has it. */
export function pathTo(roots: readonly OutlineNode[], id: string): OutlineNode[] | null {
  for (const n of roots) {
    if (n.id === id) return [n];
    const below = pathTo(n.children, id);
    if (below) return [n, ...below];
  }
  return null;
}

/**
 * Type-ahead: the first row after `from` (wrapping round) whose text starts with `prefix`,
 * case-insensitively; -1 when none does.
 */
export function rowStartingWith(texts: readonly string[], from: number, prefix: string): number {
  const p = prefix.toLocaleLowerCase();
  for (let k = 1; k <= texts.length; k++) {
    const i = (from + k) % texts.length;
    if (texts[i].toLocaleLowerCase().startsWith(p)) return i;
  }
  return -1;
}
