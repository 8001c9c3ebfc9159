import { describe, expect, it } from 'vitest';
import { bi } from '../../../shared/model/bilingual';
import { applyPatches } from '../../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import type { Operation } from '../../../shared/model/operations/types';
import { mergeRecords } from '../../../shared/record/merge';
import { planIndex } from '../../../shared/record/planIndex';
import { proposedActivities, removeForeseenEvent, saveForeseenEvent, setPlannedActivities, setPlannedNote, startWorkPlan, workPlanFor } from '../../../shared/record/workPlans';
import { builtinProject } from '../review/builtin';

const base = builtinProject();
const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';
let n = 0;
const newId = () => `id${++n}`;
/** Applies an operation as the session does, and validates the whole project like it. */
const run = (p: Project, op: Operation | null): Project => {
  if (!op) throw new Error('expected an operation');
  return ProjectSchema.parse(applyPatches(p, op.patches).result);
};
const index = planIndex(base.framework);

describe('annual work plans', () => {
  it('proposes the activities whose schedule plans the year, in plan order', () => {
    const ids = proposedActivities(base.framework, 2023);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.length).toBeLessThan(index.activities.length + 1);
    for (const id of ids) expect(index.byId.get(id)!.plannedYears).toContain(2023);
    const order = index.activities.map((a) => a.activity.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    // An activity scheduled only for other years is not proposed.
    const notIn2023 = index.activities.find((a) => a.plannedYears.length > 0 && !a.plannedYears.includes(2023));
    if (notIn2023) expect(ids).not.toContain(notIn2023.activity.id);
  });

  it('starts a year from the proposal, then adds and removes activities and writes notes, each one step', () => {
    const started = run(base, startWorkPlan(base, 2023, NOW));
    expect(workPlanFor(started, 2023)).toMatchObject({ year: 2023, activityIds: proposedActivities(base.framework, 2023), rev: 1 });
    expect(startWorkPlan(started, 2023, NOW)).toBeNull();

    const extra = index.activities.find((a) => !a.plannedYears.includes(2023))!.activity.id;
    const first = workPlanFor(started, 2023)!.activityIds[0];
    const added = run(started, setPlannedActivities(started, 2023, [extra, ...workPlanFor(started, 2023)!.activityIds], NOW));
    const plan = workPlanFor(added, 2023)!;
    expect(plan.activityIds).toContain(extra);
    // Kept in plan order, whatever order they were given in.
    const order = index.activities.map((a) => a.activity.id);
    expect(plan.activityIds).toEqual(order.filter((id) => plan.activityIds.includes(id)));
    expect(plan.rev).toBe(2);

    const noted = run(added, setPlannedNote(added, 2023, first, '  Forum in Nanning, September  ', NOW));
    expect(workPlanFor(noted, 2023)!.notes).toEqual({ [first]: 'Forum in Nanning, September' });
    expect(setPlannedNote(noted, 2023, first, 'Forum in Nanning, September', NOW)).toBeNull();
    // A note only on a planned activity.
    expect(setPlannedNote(noted, 2023, 'no-such-activity', 'x', NOW)).toBeNull();

    // Removing an activity takes its note with it.
    const removed = run(noted, setPlannedActivities(noted, 2023, workPlanFor(noted, 2023)!.activityIds.filter((id) => id !== first), NOW));
    expect(workPlanFor(removed, 2023)!.activityIds).not.toContain(first);
    expect(workPlanFor(removed, 2023)!.notes).toEqual({});
    expect(workPlanFor(removed, 2023)!.rev).toBe(4);
  });

  it('a first edit of a year without a plan starts it from the proposal; years stay in order', () => {
    const first = proposedActivities(base.framework, 2022)[0];
    const p = run(base, setPlannedNote(base, 2022, first, 'Planned', NOW));
    expect(workPlanFor(p, 2022)).toMatchObject({ activityIds: proposedActivities(base.framework, 2022), notes: { [first]: 'Planned' } });
    const q = run(p, startWorkPlan(p, 2024, NOW));
    const r = run(q, startWorkPlan(q, 2021, NOW));
    expect(r.record.workPlans.map((w) => w.year)).toEqual([2021, 2022, 2024]);
    expect(() => startWorkPlan(base, 2031, NOW)).toThrow(/outside the plan period/);
  });

  it('foreseen events: added with title, month, place and activity; changed; removed', () => {
    const activity = proposedActivities(base.framework, 2024)[0];
    const add = saveForeseenEvent(base, 2024, null, { title: bi('Forum 2024', '2024年论坛'), date: '2024-09', place: 'Nanning, China', activityIds: [activity] }, NOW, newId);
    const p = run(base, add);
    expect(workPlanFor(p, 2024)!.events).toEqual([{ id: add.eventId, title: bi('Forum 2024', '2024年论坛'), date: '2024-09', place: 'Nanning, China', activityIds: [activity] }]);
    const edit = saveForeseenEvent(p, 2024, add.eventId, { title: bi('Forum 2024', '2024年论坛'), date: '2024-10', place: 'Online', activityIds: [] }, LATER, newId);
    const q = run(p, edit);
    expect(workPlanFor(q, 2024)!.events).toHaveLength(1);
    expect(workPlanFor(q, 2024)!.events[0]).toMatchObject({ date: '2024-10', place: 'Online', activityIds: [] });
    const r = run(q, removeForeseenEvent(q, 2024, add.eventId, LATER));
    expect(workPlanFor(r, 2024)!.events).toEqual([]);
    expect(removeForeseenEvent(r, 2024, add.eventId, LATER)).toBeNull();
    // A date that is not an event date is refused by the project's schema (the session validates every change).
    expect(() => run(base, saveForeseenEvent(base, 2024, null, { title: bi('x', 'x'), date: '2024-13', place: '', activityIds: [] }, NOW, newId))).toThrow();
  });

  it('merges: the later version of a year\'s plan wins, in either order', () => {
    const a = run(base, startWorkPlan(base, 2023, NOW));
    const b = run(a, setPlannedNote(a, 2023, workPlanFor(a, 2023)!.activityIds[0], 'later', LATER));
    expect(mergeRecords(a.record, b.record)).toEqual(mergeRecords(b.record, a.record));
    expect(mergeRecords(a.record, b.record).workPlans[0].notes).toEqual(workPlanFor(b, 2023)!.notes);
  });

  it('a project written before notes existed still loads (notes default to none)', () => {
    const raw = JSON.parse(JSON.stringify(base)) as Project;
    (raw.record.workPlans as unknown[]).push({ year: 2023, activityIds: [], events: [], rev: 1, updatedAt: NOW });
    expect(ProjectSchema.parse(raw).record.workPlans[0].notes).toEqual({});
  });
});
