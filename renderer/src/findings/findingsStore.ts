import { applyWaivers, countByElement, createChecker, type CheckResult } from '../../../shared/checks/registry';
import { elementParents } from '../../../shared/checks/locate';
import type { Framework } from '../../../shared/model/framework';
import type { Project } from '../../../shared/model/project';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';

/**
 * The renderer's checker: one for the window, so re-checks after an edit are incremental. The
 * project store applies main's patches, so what did not change keeps its identity, which is what
 * the rules' memory is keyed on. Results are kept per project object, so the outline markers and
 * the panel share one check per revision.
 */
const checker = createChecker();
const results = new WeakMap<Project, CheckResult>();

export function findingsFor(project: Project): CheckResult {
  const hit = results.get(project);
  if (hit) return hit;
  const result = applyWaivers(checker.check({ framework: project.framework, glossary: project.glossary, review: project.review }), project.waivers);
  results.set(project, result);
  return result;
}

const outlineIds = new WeakMap<Framework, { nodes: Set<string>; parents: Map<string, string | null> }>();

/**
 * Open findings per outline node: a finding counts on the nearest node the outline shows for
 * each element it involves (a paragraph's finding on its section, a main activity's on its component).
 */
export function findingCountsForOutline(project: Project): Map<string, { findings: number }> {
  const fw = project.framework;
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
  for (const [id, c] of countByElement(findingsFor(project).active)) {
    const node = nodeOf(id);
    if (!node) continue;
    const n = c.error + c.warning + c.info;
    out.set(node, { findings: (out.get(node)?.findings ?? 0) + n });
  }
  return out;
}
