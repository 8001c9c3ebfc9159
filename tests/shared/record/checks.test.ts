import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../../shared/record/checks';
import { emptyRecord, type ImplementationRecord, type StatusEntry } from '../../../shared/record/model';
import { readEventRows } from '../../../shared/record/rows';
import { findingsOf } from '../../../shared/checks/registry';
import { builtinProject } from '../review/builtin';

const project = builtinProject();
const fw = project.framework;
const rows = Papa.parse<string[]>(readFileSync(new URL('../../fixtures/record/events-2021-2025.csv', import.meta.url), 'utf8'), { skipEmptyLines: true }).data;
const events = readEventRows(fw, rows, { reporter: 'sheet', country: null }).events;
const status = (activityId: string, year: number, s: StatusEntry['status']): StatusEntry => ({ activityId, year, status: s, note: '', reporter: 'secretariat', rev: 1, updatedAt: '2026-01-01T00:00:00.000Z' });
const record: ImplementationRecord = {
  ...emptyRecord(),
  events,
  statuses: [status('ap-c1-a1-x3', 2021, 'not-started'), status('ap-c3-a2-x2', 2023, 'completed')],
};
const codes = (r: ImplementationRecord, year = 2026) => checkRecord(fw, r, year).map((f) => `${f.code} ${f.data.label ?? f.data.title ?? f.data.first}`);

describe('record checks', () => {
  const found = codes(record);

  it('finds events outside the period, unlinked events and likely duplicates', () => {
    expect(found).toContain('record-event-outside-period Post-period follow-up meeting');
    expect(found).toContain('record-event-unlinked Green Envoys Program Alumni Meeting');
    expect(found.filter((c) => c.startsWith('record-likely-duplicate'))).toHaveLength(1);
  });

  it('compares a long range with an event in any month it spans, not only its first and last', () => {
    const base = events.find((e) => e.title.en.text === 'Workshop on Peatland Protection')!;
    const long = { ...base, id: 'ev-long', date: '2024-08-26..2024-12-05', title: { ...base.title, en: { ...base.title.en, text: 'Workshop on Peatland Protection (series)' } } };
    const onlyTwo = (r: ImplementationRecord) => codes(r).filter((c) => c.startsWith('record-likely-duplicate'));
    // The October workshop lies inside August-December: the two are one likely duplicate.
    expect(onlyTwo({ ...emptyRecord(), events: [base, long] })).toEqual(['record-likely-duplicate Workshop on Peatland Protection']);
    expect(onlyTwo({ ...emptyRecord(), events: [long, base] })).toHaveLength(1);
    // A range that does not reach October is not.
    expect(onlyTwo({ ...emptyRecord(), events: [base, { ...long, date: '2024-11-02..2025-01-10' }] })).toEqual([]);
  });

  it('finds statuses that contradict the events', () => {
    expect(found).toContain('record-status-not-started-with-event Activity 1-3'); // the seminar of 2021-11
    expect(found).toContain('record-status-completed-no-event Activity 2-2');
  });

  it('lists activities with nothing recorded once their years are over, and not before', () => {
    expect(found).toContain('record-activity-nothing-recorded Activity 2-1'); // component 1's information platform, 2021-2025
    expect(codes(record, 2024).filter((c) => c === 'record-activity-nothing-recorded Activity 2-1')).toEqual([]);
  });

  it('notes an activity held in a year its schedule did not plan (the forum planned for 2022 and 2024, held in 2021)', () => {
    const f = checkRecord(fw, record, 2026).find((x) => x.code === 'record-unplanned-year' && x.data.label === 'Activity 1-2');
    expect(f?.data).toMatchObject({ years: '2021', planned: '2022, 2024' });
    expect(f?.severity).toBe('info');
  });

  it('runs in the checker with the project, and says nothing about an empty record', () => {
    expect(findingsOf({ ...project, record }).some((f) => f.family === 'record')).toBe(true);
    expect(findingsOf({ ...project, record: emptyRecord() }).some((f) => f.family === 'record')).toBe(false);
  });
});
