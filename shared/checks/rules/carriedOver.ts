import type { Framework } from '../../model/framework';
import { finding, type Finding, type Severity } from '../finding';
import type { RuleDefinition } from '../rule';

/**
 * Activities carried over from the previous edition (shared/versions/newEdition.ts marks them)
 * that nobody has reviewed yet: each is listed until a drafter clears its "carried over" mark.
 * Their schedules are judged against the new period by the schedules rule.
 */
export const CARRIED_OVER_CODES = {
  'activity-carried-over': 'warning',
} as const satisfies Record<string, Severity>;

export const carriedOverRule: RuleDefinition = {
  id: 'carriedOver',
  family: 'content',
  codes: CARRIED_OVER_CODES,
  create() {
    return {
      id: 'carriedOver',
      family: 'content',
      check(fw: Framework) {
        const out: Finding[] = [];
        for (const pc of fw.actionPlan.components) {
          for (const action of pc.actions) {
            for (const activity of action.activities) {
              if (activity.carriedOver !== true) continue;
              out.push(
                finding({
                  code: 'activity-carried-over',
                  severity: 'warning',
                  family: 'content',
                  elementIds: [activity.id],
                  field: 'text',
                  data: { edition: fw.metadata.edition },
                }),
              );
            }
          }
        }
        return out;
      },
    };
  },
};
