import { countByElement, type CheckResult } from '../../../shared/checks/registry';
import { elementParents } from '../../../shared/checks/locate';
import type { Framework } from '../../../shared/model/framework';
import { perObject } from '../../../shared/model/perPart';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';

/** The ids the outline shows, per outline (one per framework revision). */
const outlineNodeIds = perObject((roots: readonly OutlineNode[]): ReadonlySet<string> => {
  const nodes = new Set<string>();
  const walk = (ns: readonly OutlineNode[]) => ns.forEach((n) => (nodes.add(n.id), walk(n.children)));
  walk(roots);
  return nodes;
});

/**
 * Open findings per outline node: a finding counts on the nearest node the outline shows for
 * each element it involves (a paragraph's finding on its section, a main activity's on its component).
 */
export function findingCountsForOutline(fw: Framework, findings: CheckResult): Map<string, { findings: number }> {
  const nodes = outlineNodeIds(buildOutline(fw));
  const parents = elementParents(fw);
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
