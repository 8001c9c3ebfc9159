import { indexElements, type ElementRef } from '../elements';
import type { Activity, Framework } from '../framework';
import type { Patch } from '../patch/patch';
import type { Project } from '../project';
import { valueAt } from './locate';
import { ProblemError } from '../../ipc/problem';
import type { Operation } from './types';

/**
 * Reviewing the activities a new edition carried over from the previous one
 * (shared/versions/newEdition.ts marks them `carriedOver`): *Keep* clears the mark, *Drop* removes
 * the activity, *Revise* is an edit the drafter confirms, which then clears the mark like Keep.
 * Each works on one activity or on all carried-over activities of an action or a component, and
 * is one undoable step.
 */

/** Elements whose carried-over activities can be reviewed together. */
export type CarriedOverScope = 'activity' | 'action' | 'planComponent' | 'component';

/**
 * The carried-over activities at or under `scopeId` (an activity, an action, an action-plan
 * component, or a component: its action-plan rows), in document order. Empty for any other id.
 */
export function carriedOverUnder(fw: Framework, scopeId: string, index?: ReadonlyMap<string, ElementRef>): string[] {
  const idx = index ?? indexElements(fw);
  const el = idx.get(scopeId);
  if (!el) return [];
  const out: string[] = [];
  const take = (a: Activity) => {
    if (a.carriedOver === true) out.push(a.id);
  };
  for (const pc of fw.actionPlan.components) {
    const wholeComponent = pc.id === scopeId || (el.kind === 'component' && pc.componentId === scopeId);
    for (const action of pc.actions) {
      for (const a of action.activities) if (wholeComponent || action.id === scopeId || a.id === scopeId) take(a);
    }
  }
  return out;
}

/** How many activities are still marked carried over in the whole framework. */
export function carriedOverCount(fw: Framework): number {
  let n = 0;
  for (const pc of fw.actionPlan.components) for (const action of pc.actions) for (const a of action.activities) if (a.carriedOver === true) n++;
  return n;
}

function activityRefs(project: Project, activityIds: readonly string[]): ElementRef[] {
  const idx = indexElements(project.framework);
  return activityIds.map((id) => {
    const el = idx.get(id);
    if (!el || el.kind !== 'activity') throw new ProblemError('no-such-element', {}, { message: `No activity ${id}` });
    return el;
  });
}

/**
 * Keep the activities as they are in the new edition: their "carried over" mark is cleared (the
 * checker stops listing them). Activities not marked are left alone. `label` is `reviseCarriedOver`
 * when the drafter confirms a revision.
 */
export function keepCarriedOver(project: Project, activityIds: readonly string[], label: 'keepCarriedOver' | 'reviseCarriedOver' = 'keepCarriedOver'): Operation {
  const patches: Patch[] = [];
  for (const el of activityRefs(project, activityIds)) {
    const activity = valueAt(project, el.path) as Activity;
    if (activity.carriedOver === true) patches.push({ op: 'replace', path: [...el.path, 'carriedOver'], value: false });
  }
  return { label, patches };
}

/**
 * Drop the activities from the new edition. Removals within one action go from the last to the
 * first, so each patch's index is still right when it is applied (and undo puts them back in place).
 */
export function dropCarriedOver(project: Project, activityIds: readonly string[]): Operation {
  const refs = activityRefs(project, activityIds);
  const byIndexDesc = [...refs].sort((a, b) => {
    const pa = a.path.slice(0, -1).join('/');
    const pb = b.path.slice(0, -1).join('/');
    if (pa !== pb) return pa < pb ? -1 : 1;
    return (b.path[b.path.length - 1] as number) - (a.path[a.path.length - 1] as number);
  });
  const patches: Patch[] = byIndexDesc.map((el) => ({ op: 'remove', path: el.path.slice(0, -1), index: el.path[el.path.length - 1] as number }));
  return { label: 'dropCarriedOver', patches };
}
