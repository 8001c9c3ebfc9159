import type { Component, PlanComponent } from '../../model/framework';
import { listItemLabel } from '../../model/labels';
import { finding, type Finding, type Severity } from '../finding';
import { proposeLinks } from '../proposals';
import { eachOf, type RuleDefinition } from '../rule';
import type { TokenMemo } from '../text';

/**
 * Coverage between components and the action plan: every component has its rows in the plan;
 * each main activity is carried out by at least one action-plan activity of its component; each
 * activity traces to a main activity or is marked as intentionally additional. Links are stored
 * on the activity (`trace`); where none are, likely links are proposed for the drafter to confirm.
 */
export const COVERAGE_CODES = {
  'plan-component-missing': 'error',
  'plan-component-unknown': 'error',
  'plan-component-duplicate': 'error',
  'plan-order': 'warning',
  'coverage-trace-invalid': 'error',
  'coverage-uncovered': 'warning',
  'coverage-untraced': 'warning',
  'coverage-proposed': 'info',
} as const satisfies Record<string, Severity>;
type Code = keyof typeof COVERAGE_CODES;

const make = (code: Code, elementIds: string[], data: Finding['data'] = {}, field?: 'text') =>
  finding({ code, severity: COVERAGE_CODES[code], family: 'coverage', elementIds, field, data });

/** Coverage findings of one component and its action-plan rows. */
export function checkComponentCoverage(component: Component, plan: PlanComponent, acronyms?: ReadonlyMap<string, string[]>, tokens?: TokenMemo): Finding[] {
  const out: Finding[] = [];
  const mainIds = new Set(component.mainActivities.map((m) => m.id));
  const numberOf = new Map(component.mainActivities.map((m, i) => [m.id, listItemLabel('decimal-dot', i).replace(/\.$/, '')]));
  const covered = new Set<string>();
  const proposals = proposeLinks(component, plan, acronyms, tokens);
  for (const action of plan.actions) {
    for (const x of action.activities) {
      const invalid = x.trace.mainActivityIds.filter((id) => !mainIds.has(id));
      if (invalid.length) out.push(make('coverage-trace-invalid', [x.id], { mainActivityIds: invalid }));
      const valid = x.trace.mainActivityIds.filter((id) => mainIds.has(id));
      valid.forEach((id) => covered.add(id));
      if (valid.length || x.trace.additional) continue;
      const proposed = proposals.get(x.id) ?? [];
      if (proposed.length === 0) {
        out.push(make('coverage-untraced', [x.id], {}, 'text'));
        continue;
      }
      proposed.forEach((p) => covered.add(p.mainActivityId));
      out.push(
        make(
          'coverage-proposed',
          [x.id],
          {
            mainActivityIds: proposed.map((p) => p.mainActivityId),
            numbers: proposed.map((p) => numberOf.get(p.mainActivityId) ?? '?'),
            scores: proposed.map((p) => p.score),
          },
          'text',
        ),
      );
    }
  }
  component.mainActivities.forEach((m, i) => {
    if (!covered.has(m.id)) out.push(make('coverage-uncovered', [m.id, component.id], { number: i + 1 }, 'text'));
  });
  return out;
}

/** Rows of components that do not exist, rows out of the components' order, components with no rows or with several. */
function structuralFindings(plan: readonly PlanComponent[], componentIds: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const known = new Set(componentIds);
  const plansFor = new Map<string, PlanComponent[]>();
  for (const pc of plan) {
    if (!known.has(pc.componentId)) out.push(make('plan-component-unknown', [pc.id], { componentId: pc.componentId }));
    else plansFor.set(pc.componentId, [...(plansFor.get(pc.componentId) ?? []), pc]);
  }
  // The plan's rows follow the components' order (their labels are the components').
  const planOrder = plan.filter((pc) => known.has(pc.componentId)).map((pc) => pc.componentId);
  const componentOrder = componentIds.filter((id) => plansFor.has(id));
  const firstMisplaced = planOrder.findIndex((id, i) => id !== componentOrder[i]);
  if (firstMisplaced >= 0) {
    const pc = plan.find((p) => p.componentId === planOrder[firstMisplaced])!;
    out.push(make('plan-order', [pc.id, pc.componentId]));
  }
  for (const id of componentIds) {
    const plans = plansFor.get(id) ?? [];
    if (plans.length === 0) out.push(make('plan-component-missing', [id]));
    else if (plans.length > 1) out.push(make('plan-component-duplicate', plans.map((p) => p.id)));
  }
  return out;
}

export const coverageRule: RuleDefinition = {
  id: 'coverage',
  family: 'coverage',
  codes: COVERAGE_CODES,
  steps: [
    // Structural findings (rare) first: rows of unknown components, rows out of order, components without rows or with two.
    eachOf(
      (input) => [[input.framework.actionPlan.components, { componentIds: input.framework.components.map((c) => c.id) }] as const],
      (plan: readonly PlanComponent[], { componentIds }: { componentIds: string[] }) => structuralFindings(plan, componentIds),
    ),
    // Then each component against its (first) rows of the action plan.
    eachOf(
      function* (input, derived) {
        const fw = input.framework;
        const first = new Map<string, PlanComponent>();
        for (const pc of fw.actionPlan.components) if (!first.has(pc.componentId)) first.set(pc.componentId, pc);
        for (const c of fw.components) {
          const plan = first.get(c.id);
          if (plan) yield [c, { plan, acronyms: derived.acronyms, tokens: derived.tokens }] as const;
        }
      },
      (c: Component, { plan, acronyms, tokens }: { plan: PlanComponent; acronyms: ReadonlyMap<string, string[]>; tokens: TokenMemo }) => checkComponentCoverage(c, plan, acronyms, tokens),
      (input, derived) => [input.framework.components, input.framework.actionPlan.components, derived.acronyms],
    ),
  ],
};
