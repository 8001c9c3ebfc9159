import { describe, expect, it } from 'vitest';
import { applyWaivers, countByElement, createChecker, type CheckResult } from '../../../shared/checks/registry';
import { elementParents } from '../../../shared/checks/locate';
import type { Framework } from '../../../shared/model/framework';
import { generateLargeFramework } from '../../../shared/model/generate/largeFramework';
import { applyPatch } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';
import { findingCountsForOutline } from '../../../renderer/src/findings/findingsStore';
import { collectOutlineMarkers } from '../../../renderer/src/panels/outlineMarkers';
import { builtinProject } from '../store/fakeMain';

/** The outline's findings counts worked out from scratch: each element's findings on its nearest outline node. */
function fromScratch(fw: Framework, result: CheckResult): Map<string, { findings: number }> {
  const nodes = new Set<string>();
  const walk = (ns: readonly OutlineNode[]) => ns.forEach((n) => (nodes.add(n.id), walk(n.children)));
  walk(buildOutline(fw));
  const parents = elementParents(fw);
  const out = new Map<string, { findings: number }>();
  for (const [id, c] of countByElement(result.active)) {
    let node: string | null = null;
    for (let at: string | null | undefined = id; at && !node; at = parents.get(at)) if (nodes.has(at)) node = at;
    if (node) out.set(node, { findings: (out.get(node)?.findings ?? 0) + c.error + c.warning + c.info });
  }
  return out;
}

const activityText = ['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'text', 'en', 'text'];
const schedule = ['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'schedule', 'text', 'en', 'text'];

describe("the outline's findings counts", () => {
  it.each([
    ['the published size', builtinProject],
    ['ten times the published size', generateLargeFramework(builtinProject, { scale: 10 })],
  ])('equal a count from scratch through a sequence of edits, at %s', (_, start: Project) => {
    const checker = createChecker();
    let p = start;
    const text = p.framework.actionPlan.components[0].actions[0].activities[0].text.en.text;
    const edits: Array<[Array<string | number>, string]> = [
      [activityText, `${text} jointly`],
      [schedule, '2030-2020'],
      [activityText, 'Placeholder [TBD]'],
      [schedule, '2026-2030'],
    ];
    for (const [path, value] of edits) {
      p = applyPatch(p, { op: 'replace', path, value }).result;
      const result = applyWaivers(checker.check(p), p.waivers);
      expect(findingCountsForOutline(p.framework, result)).toEqual(fromScratch(p.framework, result));
    }
  });

  it('keeps the markers map while findings change but no node count does, so the outline does not re-render', () => {
    const checker = createChecker();
    const p0 = builtinProject;
    const r0 = applyWaivers(checker.check(p0), p0.waivers);
    const before = collectOutlineMarkers(p0, r0);
    // The same findings in a new result object (as after typing that changed a proposed link's score elsewhere in the node).
    const again: CheckResult = { ...r0, active: [...r0.active] };
    expect(collectOutlineMarkers(p0, again)).toBe(before);
    // One finding fewer: the node's count changes, and so does the map.
    const fewer: CheckResult = { ...r0, active: r0.active.slice(1) };
    const after = collectOutlineMarkers(p0, fewer);
    expect(after).not.toBe(before);
    const expected = fromScratch(p0.framework, fewer);
    for (const [id, m] of after) expect(m.findings).toBe(expected.get(id)?.findings);
  });
});
