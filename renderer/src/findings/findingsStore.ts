import { countByElement, type CheckResult } from '../../../shared/checks/registry';
import { elementParents } from '../../../shared/checks/locate';
import type { Framework } from '../../../shared/model/framework';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';

const outlineIds = new WeakMap<Framework, { nodes: Set<string>; parents: Map<string, string | null> }>();

/**
 * Open findings per outline node: a finding counts on the nearest node the outline shows for
 * each element it involves (a paragraph's finding on its section, a main activity's on its component).
 */
export function findingCountsForOutline(fw: Framework, findings: CheckResult): Map<string, { findings: number }> {
  let ids = outlineIds.get(fw);
  if (!ids) {
    const nodes = new Set<string>();
    const walk = (ns: OutlineNode[]) => ns.forEach((n) => (nodes.add(n.id), walk(n.children)));
    walk(buildOutline(fw));
    ids = { nodes, parents: elementParents(fw) };
    outlineIds.set(fw, ids);
  }
  const { nodes, parents } = ids;
  const nodeOf = (id: string): string | null => {
    for (let at: string | null | undefined = id; at; at = parents.get(at)) if (nodes.has(at)) return at;
    return null;
  };
  const out = new Map<string, { findings: number }>();
  for (const [id, c] of countByElement(findings.active)) {
    const node = nodeOf(id);
    if (!node) continue;
    const n = c.error + c.warning + c.info;
    out.set(node, { findings: (out.get(node)?.findings ?? 0) + n });
  }
  return out;
}
