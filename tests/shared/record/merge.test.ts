import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/review/canonicalJson';
import { mergeRecords, effectiveStatuses } from '../../../shared/record/merge';
import { emptyRecord, ACTIVITY_STATUSES, type ImplementationRecord, type RecordEvent, type StatusEntry } from '../../../shared/record/model';
import { importIntoRecord } from '../../../shared/record/progressReport';

const time = fc.integer({ min: 0, max: 5 }).map((n) => `2025-01-0${n + 1}T00:00:00.000Z`);
const eventArb: fc.Arbitrary<RecordEvent> = fc.record({
  id: fc.constantFrom('ev-a', 'ev-b', 'ev-c'),
  title: fc.constantFrom('Forum', 'Workshop', 'Seminar'),
  participants: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  activity: fc.constantFrom('ap-c1-a1-x1', 'ap-c1-a1-x2'),
  reporter: fc.constantFrom('KH', 'TH', 'CAEC'),
  rev: fc.integer({ min: 0, max: 2 }),
  updatedAt: time,
  deleted: fc.boolean(),
}).map((r) => ({
  id: r.id,
  date: '2022-09',
  place: { city: 'Nanning', country: 'China', countryCode: 'CN', online: false },
  title: { en: { text: r.title, status: 'draft' }, zh: { text: '', status: 'missing' } },
  organisers: [], partners: [], participants: r.participants, componentId: null, activityIds: [r.activity],
  outputs: [], references: [], reportingCountry: null, reportedBy: [r.reporter], deleted: r.deleted, rev: r.rev, updatedAt: r.updatedAt,
}));
const statusArb: fc.Arbitrary<StatusEntry> = fc.record({
  activityId: fc.constantFrom('ap-c1-a1-x1', 'ap-c2-a1-x1'),
  year: fc.integer({ min: 2021, max: 2023 }),
  status: fc.constantFrom(...ACTIVITY_STATUSES),
  note: fc.constantFrom('', 'late'),
  reporter: fc.constantFrom('KH', 'secretariat'),
  rev: fc.integer({ min: 0, max: 2 }),
  updatedAt: time,
});
const reportArb: fc.Arbitrary<ImplementationRecord> = fc.record({ events: fc.array(eventArb, { maxLength: 5 }), statuses: fc.array(statusArb, { maxLength: 4 }) })
  .map((r) => ({ ...emptyRecord(), events: r.events, statuses: r.statuses }));

const fold = (reports: ImplementationRecord[]) => reports.reduce(mergeRecords, emptyRecord());

describe('merging progress reports', () => {
  it('N reports in any order, each any number of times, give the same record', () => {
    fc.assert(
      fc.property(
        fc.array(reportArb, { minLength: 1, maxLength: 5 }).chain((reports) =>
          fc.tuple(
            fc.constant(reports),
            fc.shuffledSubarray(reports.flatMap((r) => [r, r, r]), { minLength: reports.length * 3 }),
            fc.array(fc.integer({ min: 1, max: 3 }), { minLength: reports.length, maxLength: reports.length }),
          )),
        ([reports, shuffled, times]) => {
          const once = fold(reports);
          const repeated = fold(reports.flatMap((r, i) => Array.from({ length: times[i] }, () => r)).reverse());
          expect(canonicalJson(repeated)).toBe(canonicalJson(once));
          expect(canonicalJson(fold(shuffled))).toBe(canonicalJson(once));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps who reported what: reporters of one event are united', () => {
    const [a, b] = fc.sample(eventArb, 1).map((e) => [{ ...e, reportedBy: ['KH'] }, { ...e, reportedBy: ['TH'] }])[0];
    const merged = mergeRecords({ ...emptyRecord(), events: [a] }, { ...emptyRecord(), events: [b] });
    expect(merged.events[0].reportedBy).toEqual(['KH', 'TH']);
  });

  it("prefers the secretariat's status, else the latest report", () => {
    const base = { activityId: 'x', year: 2022, note: '', rev: 0 } as const;
    const record = { ...emptyRecord(), statuses: [
      { ...base, status: 'ongoing', reporter: 'KH', updatedAt: '2025-01-03T00:00:00.000Z' },
      { ...base, status: 'delayed', reporter: 'TH', updatedAt: '2025-01-02T00:00:00.000Z' },
    ] as StatusEntry[] };
    expect(effectiveStatuses(record).get('x')!.get(2022)!.status).toBe('ongoing');
    record.statuses.push({ ...base, status: 'completed', reporter: 'secretariat', updatedAt: '2025-01-01T00:00:00.000Z' });
    expect(effectiveStatuses(record).get('x')!.get(2022)!.status).toBe('completed');
  });

  it('an event deleted in the app does not come back when its report is imported again', () => {
    const e = fc.sample(eventArb, 1)[0];
    const imported = { ...e, rev: 0, deleted: false };
    const entry = { hash: 'a'.repeat(64), kind: 'csv' as const, name: 'f.csv', reporter: 'KH', country: null, rows: 1, refused: 0 };
    const first = importIntoRecord(emptyRecord(), { events: [imported] }, entry);
    expect(first.added).toBe(1);
    const removed = { ...first.record, events: [{ ...imported, deleted: true, rev: 1 }] };
    const again = importIntoRecord(removed, { events: [imported] }, entry);
    expect(again.added).toBe(0);
    expect(again.record.events[0].deleted).toBe(true);
  });
});
