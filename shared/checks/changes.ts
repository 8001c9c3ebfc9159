import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';
import type { Waiver } from './waiver';

/**
 * The changes the findings panel makes, as patches for `applyChange` (so each is one undoable,
 * validated step): waiving a finding and restoring it, and confirming, rejecting or declining
 * the proposed links between action-plan activities and their component's main activities.
 */

/** Waive the finding with `waiver.key` (replacing an earlier waiver of the same key). */
export function waivePatches(project: Project, waiver: Waiver): Patch[] {
  const i = project.waivers.findIndex((w) => w.key === waiver.key);
  if (i >= 0) return [{ op: 'replace', path: ['waivers', i], value: waiver }];
  return [{ op: 'insert', path: ['waivers'], index: project.waivers.length, value: waiver }];
}

/** Restore a waived finding. */
export function unwaivePatches(project: Project, key: string): Patch[] {
  const i = project.waivers.findIndex((w) => w.key === key);
  return i < 0 ? [] : [{ op: 'remove', path: ['waivers'], index: i }];
}

/** The path of an activity's trace, or null when there is no such activity. */
function tracePath(project: Project, activityId: string): Array<string | number> | null {
  const plan = project.framework.actionPlan.components;
  for (let p = 0; p < plan.length; p++) {
    for (let a = 0; a < plan[p].actions.length; a++) {
      const x = plan[p].actions[a].activities.findIndex((act) => act.id === activityId);
      if (x >= 0) return ['framework', 'actionPlan', 'components', p, 'actions', a, 'activities', x, 'trace'];
    }
  }
  return null;
}

function traceOf(project: Project, activityId: string) {
  for (const pc of project.framework.actionPlan.components)
    for (const a of pc.actions) for (const x of a.activities) if (x.id === activityId) return x.trace;
  return null;
}

/** Confirm that the activity carries out `mainActivityId` (and forget an earlier rejection of it). */
export function confirmLinkPatches(project: Project, activityId: string, mainActivityId: string): Patch[] {
  const path = tracePath(project, activityId);
  const trace = traceOf(project, activityId);
  if (!path || !trace) return [];
  const value = {
    ...trace,
    mainActivityIds: trace.mainActivityIds.includes(mainActivityId) ? trace.mainActivityIds : [...trace.mainActivityIds, mainActivityId],
    rejected: trace.rejected.filter((id) => id !== mainActivityId),
    additional: false,
  };
  return [{ op: 'replace', path, value }];
}

/** Turn down a proposed link: it is not proposed again. */
export function rejectLinkPatches(project: Project, activityId: string, mainActivityId: string): Patch[] {
  const path = tracePath(project, activityId);
  const trace = traceOf(project, activityId);
  if (!path || !trace || trace.rejected.includes(mainActivityId)) return [];
  return [{ op: 'replace', path, value: { ...trace, rejected: [...trace.rejected, mainActivityId], mainActivityIds: trace.mainActivityIds.filter((id) => id !== mainActivityId) } }];
}

/** Mark the activity as intentionally additional (it traces to no main activity on purpose), or unmark it. */
export function markAdditionalPatches(project: Project, activityId: string, additional = true): Patch[] {
  const path = tracePath(project, activityId);
  const trace = traceOf(project, activityId);
  if (!path || !trace || trace.additional === additional) return [];
  return [{ op: 'replace', path, value: { ...trace, additional } }];
}
