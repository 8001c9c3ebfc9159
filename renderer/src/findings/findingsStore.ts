import type { CheckResult } from '../../../shared/checks/registry';
import type { Finding } from '../../../shared/checks/finding';
import { elementParents } from '../../../shared/checks/locate';
import type { Framework } from '../../../shared/model/framework';
import { perObject, perPart } from '../../../shared/model/perPart';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';

/** The ids the outline shows, per outline (one per framework revision). */
const outlineNodeIds = perObject((roots: readonly OutlineNode[]): ReadonlySet<string> => {
  const nodes = new Set<string>();
  const walk = (ns: readonly OutlineNode[]) => ns.forEach((n) => (nodes.add(n.id), walk(n.children)));
  walk(roots);
  return nodes;
});

/**
 * The nearest node the outline shows for an element (a paragraph's section, a main activity's
 * component), remembered per element for one outline and one set of parents: typing changes
 * neither, so while findings come and go with the typing each element is placed once.
 */
const nodeFinder = perPart((nodes: ReadonlySet<string>, [parents]: readonly [ReadonlyMap<string, string | null>]) => {
  const placed = new Map<string, string | null>();
  return (id: string): string | null => {
    let node = placed.get(id);
    if (node === undefined) {
      node = null;
      for (let at: string | null | undefined = id; at; at = parents.get(at)) {
        if (nodes.has(at)) {
          node = at;
          break;
        }
      }
      placed.set(id, node);
    }
    return node;
  };
});

/** A finding's elements, each once (a finding keeps its object while it stays open, so this is worked out once). */
const distinctElements = perObject((f: Finding): readonly string[] => (f.elementIds.length < 2 ? f.elementIds : [...new Set(f.elementIds)]));

/**
 * Open findings per outline node: a finding counts on the nearest node the outline shows for
 * each element it involves (a paragraph's finding on its section, a main activity's on its
 * component). Runs each time the findings change (at 10× thousands of findings, and while typing
 * they change every few keys), so it is one pass that allocates nothing per finding.
 */
export function findingCountsForOutline(fw: Framework, findings: CheckResult): Map<string, { findings: number }> {
  const nodeOf = nodeFinder(outlineNodeIds(buildOutline(fw)), [elementParents(fw)]);
  const counts = new Map<string, number>();
  for (const f of findings.active) {
    for (const id of distinctElements(f)) {
      const node = nodeOf(id);
      if (node !== null) counts.set(node, (counts.get(node) ?? 0) + 1);
    }
  }
  return new Map([...counts].map(([node, n]) => [node, { findings: n }]));
}
