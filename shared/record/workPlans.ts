import type { BiText } from '../model/bilingual';
import type { Framework } from '../model/framework';
import type { Operation } from '../model/operations/types';
import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';
import type { ForeseenEvent, WorkPlan } from './model';
import { planIndex } from './planIndex';

/**
 * The annual work plans (section 5.1 (iii)): for a year of the plan period, the activities planned
 * and the events foreseen. A year's plan starts as a proposal read from each activity's schedule
 * (the activities whose schedule plans that year); the secretariat then adds and removes
 * activities, writes a note per activity, and lists the events it foresees. Every edit is one
 * undoable operation that puts the year's plan in place whole with a higher `rev`, so a plan
 * merges like the other record entries (./merge.ts: the later version of a year's plan wins).
 */

const PLANS = ['record', 'workPlans'] as const;

/** The activities a year's plan starts with: those whose parsed schedule plans that year, in plan order. */
export function proposedActivities(fw: Framework, year: number): string[] {
  return planIndex(fw).activities.filter((a) => a.plannedYears.includes(year)).map((a) => a.activity.id);
}

/** The year's plan, if one was made. */
export const workPlanFor = (project: Pick<Project, 'record'>, year: number): WorkPlan | undefined => project.record.workPlans.find((w) => w.year === year);

/** The plan's activities in plan order (ids not in the plan any more kept last, so nothing is lost). */
function inPlanOrder(fw: Framework, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  const ordered = planIndex(fw).activities.map((a) => a.activity.id).filter((id) => wanted.has(id));
  const known = new Set(ordered);
  return [...ordered, ...[...new Set(ids)].filter((id) => !known.has(id))];
}

/** The patch putting `plan` in place (its year's entry replaced, or inserted in year order). */
function putPlan(project: Pick<Project, 'record'>, plan: WorkPlan): Patch {
  const plans = project.record.workPlans;
  const at = plans.findIndex((w) => w.year === plan.year);
  if (at >= 0) return { op: 'replace', path: [...PLANS, at], value: plan };
  const index = plans.findIndex((w) => w.year > plan.year);
  return { op: 'insert', path: [...PLANS], index: index < 0 ? plans.length : index, value: plan };
}

/** The next version of the year's plan (or its first, from the schedule's proposal) with `change` made. */
function nextPlan(project: Project, year: number, now: string, change: (plan: WorkPlan) => Partial<WorkPlan>): WorkPlan {
  const old = workPlanFor(project, year) ?? { year, activityIds: proposedActivities(project.framework, year), notes: {}, events: [], rev: 0, updatedAt: now };
  return { ...old, ...change(old), year, rev: old.rev + 1, updatedAt: now };
}

function checkYear(project: Project, year: number): void {
  const { start, end } = project.framework.metadata.period;
  if (!Number.isInteger(year) || year < start || year > end) throw new RangeError(`${year} is outside the plan period ${start}-${end}`);
}

/** Makes the year's plan from the schedule's proposal. Null when the year already has one. */
export function startWorkPlan(project: Project, year: number, now: string): Operation | null {
  checkYear(project, year);
  if (workPlanFor(project, year)) return null;
  return { label: 'recordWorkPlan', patches: [putPlan(project, nextPlan(project, year, now, () => ({})))] };
}

/** Sets the activities planned in the year (kept in plan order); notes of removed activities go with them. Null when nothing changes. */
export function setPlannedActivities(project: Project, year: number, activityIds: readonly string[], now: string): Operation | null {
  checkYear(project, year);
  const before = workPlanFor(project, year);
  const ids = inPlanOrder(project.framework, activityIds);
  if (before && before.activityIds.join('\n') === ids.join('\n')) return null;
  const plan = nextPlan(project, year, now, (old) => ({
    activityIds: ids,
    notes: Object.fromEntries(Object.entries(old.notes).filter(([id]) => ids.includes(id))),
  }));
  return { label: 'recordWorkPlan', patches: [putPlan(project, plan)] };
}

/** Writes the note on a planned activity (empty removes it). Null when nothing changes or the activity is not planned. */
export function setPlannedNote(project: Project, year: number, activityId: string, note: string, now: string): Operation | null {
  checkYear(project, year);
  const text = note.trim();
  const before = workPlanFor(project, year);
  const activities = before?.activityIds ?? proposedActivities(project.framework, year);
  if (!activities.includes(activityId) || (before?.notes[activityId] ?? '') === text) return null;
  const plan = nextPlan(project, year, now, (old) => {
    const notes = { ...old.notes };
    if (text) notes[activityId] = text;
    else delete notes[activityId];
    return { notes };
  });
  return { label: 'recordWorkPlan', patches: [putPlan(project, plan)] };
}

/** What the foreseen-event form submits. */
export interface ForeseenEventFields {
  title: BiText;
  /** `YYYY-MM` (or another event-date form), null when not fixed. */
  date: string | null;
  place: string;
  activityIds: string[];
}

/** Adds (`id` null) or changes a foreseen event of the year's plan. Returns the event's id with the operation. */
export function saveForeseenEvent(project: Project, year: number, id: string | null, fields: ForeseenEventFields, now: string, newId: () => string): Operation & { eventId: string } {
  checkYear(project, year);
  const eventId = id ?? `fe-${newId()}`;
  const event: ForeseenEvent = { id: eventId, title: fields.title, date: fields.date, place: fields.place.trim(), activityIds: [...new Set(fields.activityIds)] };
  const plan = nextPlan(project, year, now, (old) => ({
    events: old.events.some((e) => e.id === eventId) ? old.events.map((e) => (e.id === eventId ? event : e)) : [...old.events, event],
  }));
  return { label: 'recordForeseenEvent', patches: [putPlan(project, plan)], eventId };
}

/** Removes a foreseen event from the year's plan. Null when it is not there. */
export function removeForeseenEvent(project: Project, year: number, id: string, now: string): Operation | null {
  checkYear(project, year);
  if (!workPlanFor(project, year)?.events.some((e) => e.id === id)) return null;
  const plan = nextPlan(project, year, now, (old) => ({ events: old.events.filter((e) => e.id !== id) }));
  return { label: 'recordForeseenEvent', patches: [putPlan(project, plan)] };
}
