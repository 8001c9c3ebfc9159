import type { PlanComponent } from '../../model/framework';
import { finding, type Finding, type Severity } from '../finding';
import { eachPart, type RuleDefinition } from '../rule';

/**
 * Activities carried over from the previous edition (shared/versions/newEdition.ts marks them)
 * that nobody has reviewed yet: each is listed until a drafter clears its "carried over" mark.
 * Their schedules are judged against the new period by the schedules rule.
 */
export const CARRIED_OVER_CODES = {
  'activity-carried-over': 'warning',
} as const satisfies Record<string, Severity>;

/** An action-plan component's activities still marked as carried over, naming the edition they come into. */
export function carriedOverFindings(pc: PlanComponent, edition: string): Finding[] {
  const out: Finding[] = [];
  for (const action of pc.actions) {
    for (const activity of action.activities) {
      if (activity.carriedOver !== true) continue;
      out.push(finding({ code: 'activity-carried-over', severity: 'warning', family: 'content', elementIds: [activity.id], field: 'text', data: { edition } }));
    }
  }
  return out;
}

export const carriedOverRule: RuleDefinition = {
  id: 'carriedOver',
  family: 'content',
  codes: CARRIED_OVER_CODES,
  steps: [eachPart('planComponent', carriedOverFindings, (input) => input.framework.metadata.edition)],
};
