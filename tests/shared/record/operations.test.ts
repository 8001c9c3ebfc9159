import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import { mergeRecords, normaliseRecord } from '../../../shared/record/merge';
import { emptyRecord, SECRETARIAT } from '../../../shared/record/model';
import { deleteEvent, eventFunding, replaceRecord, saveEvent, setActivityStatus, type EventFields } from '../../../shared/record/operations';
import { readPlace } from '../../../shared/record/place';
import { eventIdentity } from '../../../shared/record/rows';
import { builtinProject } from '../review/builtin';

const base = builtinProject();
const activity = base.framework.actionPlan.components[0].actions[0].activities[0].id;
let n = 0;
const newId = () => `id${++n}`;
const fields = (over: Partial<EventFields> = {}): EventFields => ({
  date: '2023-09',
  place: readPlace('Nanning, China'),
  title: { en: { text: 'Forum 2023', status: 'draft' }, zh: { text: '论坛2023', status: 'draft' } },
  organisers: ['CAEC'],
  partners: [],
  participants: 120,
  componentId: null,
  activityIds: [activity],
  outputs: [],
  references: [],
  reportingCountry: null,
  ...over,
});
const usd = { id: null, source: 'cooperation-fund' as const, contributor: '', amount: 50000, currency: 'USD', inKind: false, year: 2023, note: '' };

/** Applies an operation and validates the result as the session does. */
function apply(p: Project, op: { patches: Parameters<typeof applyPatches>[1] } | null): Project {
  if (!op) throw new Error('no operation');
  return ProjectSchema.parse(applyPatches(p, op.patches).result);
}

describe('record operations (the Implementation view edits)', () => {
  it('records a new event with the id a progress report row would give it, with its funding, as the secretariat', () => {
    const op = saveEvent(base, null, fields(), [usd], '2026-12-03T10:00:00.000Z', newId);
    const p = apply(base, op);
    const [e] = p.record.events;
    expect(e.id).toBe(eventIdentity('2023-09', 'Nanning, China', 'Forum 2023'));
    expect(op.eventId).toBe(e.id);
    expect(e).toMatchObject({ rev: 1, reportedBy: [SECRETARIAT], activityIds: [activity], deleted: false });
    expect(eventFunding(p.record, e.id)).toMatchObject([{ amount: 50000, eventId: e.id, activityId: null, reporter: SECRETARIAT }]);
    // Kept in merge order: the edited record equals itself normalised.
    expect(normaliseRecord(p.record)).toEqual(p.record);
  });

  it('edits raise rev; a funding row left out becomes a tombstone; a report carrying the old version does not undo the edit', () => {
    const p1 = apply(base, saveEvent(base, null, fields(), [usd], '2026-12-03T10:00:00.000Z', newId));
    const id = p1.record.events[0].id;
    const p2 = apply(p1, saveEvent(p1, id, fields({ participants: 150 }), [], '2026-12-03T11:00:00.000Z', newId));
    expect(p2.record.events[0]).toMatchObject({ id, participants: 150, rev: 2 });
    expect(eventFunding(p2.record, id)).toEqual([]);
    expect(p2.record.funding[0]).toMatchObject({ deleted: true, rev: 2 });
    expect(mergeRecords(p2.record, p1.record)).toEqual(p2.record);
  });

  it('a second event with the same date, place and title is another event, not an overwrite', () => {
    const p1 = apply(base, saveEvent(base, null, fields(), [], '2026-12-03T10:00:00.000Z', newId));
    const p2 = apply(p1, saveEvent(p1, null, fields(), [], '2026-12-03T10:01:00.000Z', newId));
    expect(p2.record.events).toHaveLength(2);
    expect(new Set(p2.record.events.map((e) => e.id)).size).toBe(2);
  });

  it('deleting leaves a tombstone (with its funding) that a re-import cannot revive; deleting twice does nothing', () => {
    const p1 = apply(base, saveEvent(base, null, fields(), [usd], '2026-12-03T10:00:00.000Z', newId));
    const old = p1.record;
    const id = old.events[0].id;
    const p2 = apply(p1, deleteEvent(p1, id, '2026-12-03T12:00:00.000Z'));
    expect(p2.record.events[0]).toMatchObject({ deleted: true, rev: 2 });
    expect(p2.record.funding[0].deleted).toBe(true);
    expect(mergeRecords(p2.record, old).events[0].deleted).toBe(true);
    expect(deleteEvent(p2, id, '2026-12-03T12:00:00.000Z')).toBeNull();
  });

  it('sets, changes and clears the secretariat status of an activity in a year', () => {
    const p1 = apply(base, setActivityStatus(base, activity, 2023, 'completed', ' held ', '2026-12-03T10:00:00.000Z'));
    expect(p1.record.statuses).toEqual([{ activityId: activity, year: 2023, status: 'completed', note: 'held', reporter: SECRETARIAT, rev: 1, updatedAt: '2026-12-03T10:00:00.000Z' }]);
    expect(setActivityStatus(p1, activity, 2023, 'completed', 'held', '2026-12-03T10:00:00.000Z')).toBeNull();
    const p2 = apply(p1, setActivityStatus(p1, activity, 2023, 'delayed', '', '2026-12-03T11:00:00.000Z'));
    expect(p2.record.statuses[0]).toMatchObject({ status: 'delayed', rev: 2 });
    const p3 = apply(p2, setActivityStatus(p2, activity, 2023, null, '', '2026-12-03T12:00:00.000Z'));
    expect(p3.record.statuses).toEqual([]);
  });

  it('an import replaces the record as one change whose inverse restores the old one', () => {
    const p1 = apply(base, setActivityStatus(base, activity, 2022, 'ongoing', '', '2026-12-03T10:00:00.000Z'));
    const { result, inverse } = applyPatches(p1, replaceRecord(emptyRecord()).patches);
    expect(result.record).toEqual(emptyRecord());
    expect(applyPatches(result, inverse).result.record).toEqual(p1.record);
  });
});
