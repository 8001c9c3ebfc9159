import type { Project } from '../model/project';
import { ProblemError } from '../ipc/problem';
import { workPlanFor } from '../record/workPlans';
import { WorkPlanAnchorSchema, type WorkPlanAnchor } from './model';

/**
 * Where a new work-plan comment may point, in this project: the plan of a year of the plan period
 * as a whole (`activityId` null), or an activity that is in that year's plan. The item schema
 * (./model.ts) only checks the shape: it cannot see the record, and an item must stay valid when
 * the plan later drops the activity (the thread is kept). So the check is made where a comment is
 * written, with a coded reason.
 */
export function workPlanAnchorSchemaFor(project: Pick<Project, 'framework' | 'record'>) {
  const { start, end } = project.framework.metadata.period;
  return WorkPlanAnchorSchema.superRefine((a, ctx) => {
    if (a.year < start || a.year > end) {
      ctx.addIssue({ code: 'custom', path: ['year'], params: { problem: 'year-outside-period', year: a.year, start, end } });
    } else if (a.activityId !== null && !workPlanFor(project, a.year)?.activityIds.includes(a.activityId)) {
      ctx.addIssue({ code: 'custom', path: ['activityId'], params: { problem: 'not-in-work-plan', activity: a.activityId, year: a.year } });
    }
  });
}

/** The anchor, checked against the project; a ProblemError (year-outside-period, not-in-work-plan, bad-request) otherwise. */
export function checkWorkPlanAnchor(project: Pick<Project, 'framework' | 'record'>, anchor: unknown): WorkPlanAnchor {
  const r = workPlanAnchorSchemaFor(project).safeParse(anchor);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const params = (issue.code === 'custom' ? issue.params : undefined) as { problem?: 'year-outside-period' | 'not-in-work-plan' } & Record<string, string | number> | undefined;
  if (params?.problem) {
    const { problem, ...data } = params;
    throw new ProblemError(problem, data);
  }
  throw new ProblemError('bad-request', { where: issue.path.join('.'), reason: issue.message });
}
