import type { Framework } from '../model/framework';
import { finding, type Finding, type Severity } from '../checks/finding';
import { contentTokens, overlapCoefficient } from '../checks/text';
import { datesOverlap, eventSpan, eventYears, printEventDate } from './eventDate';
import { effectiveStatuses, liveEvents } from './merge';
import type { ImplementationRecord, RecordEvent } from './model';
import { printPlace } from './place';
import { planIndex } from './planIndex';

/**
 * The record's checks: plain functions from (framework, record, year of the check) to findings,
 * codes and data only. Findings about an event name the event's id; about an activity, the
 * activity's id (so "go to" opens it).
 */
export const RECORD_CODES = {
  'record-event-outside-period': 'warning',
  'record-event-unlinked': 'warning',
  'record-activity-nothing-recorded': 'warning',
  'record-status-completed-no-event': 'warning',
  'record-status-not-started-with-event': 'warning',
  'record-likely-duplicate': 'warning',
  'record-unplanned-year': 'info',
} as const satisfies Record<string, Severity>;
type Code = keyof typeof RECORD_CODES;

/** Events whose titles share at least this share of the shorter one's words, same place and overlapping dates. */
export const RECORD_DUPLICATE_MIN_OVERLAP = 0.6;

const make = (code: Code, elementIds: string[], data: Finding['data'], subject?: string) =>
  finding({ code, severity: RECORD_CODES[code], family: 'record', elementIds, data, subject });

const titleOf = (e: RecordEvent) => e.title.en.text || e.title.zh.text;
const yearsText = (years: number[]) => years.join(', ');

/** Events outside the plan period, and events linked to no activity. */
export function checkEvents(fw: Framework, record: ImplementationRecord): Finding[] {
  const { start, end } = fw.metadata.period;
  const out: Finding[] = [];
  for (const e of liveEvents(record)) {
    const years = eventYears(e.date);
    if (years[0] < start || years[years.length - 1] > end) out.push(make('record-event-outside-period', [e.id], { title: titleOf(e), date: e.date, start, end }));
    const index = planIndex(fw);
    if (!e.activityIds.some((id) => index.byId.has(id))) out.push(make('record-event-unlinked', [e.id], { title: titleOf(e), date: e.date }));
  }
  return out;
}

/**
 * Per activity: nothing recorded after its scheduled years ended (judged in `asOfYear`), a status
 * that contradicts the events (completed with none; not started in a year one was held), and
 * events in years its schedule did not plan.
 */
export function checkActivities(fw: Framework, record: ImplementationRecord, asOfYear: number): Finding[] {
  const index = planIndex(fw);
  const statuses = effectiveStatuses(record);
  const yearsHeld = new Map<string, Set<number>>();
  for (const e of liveEvents(record)) {
    for (const id of e.activityIds) {
      const set = yearsHeld.get(id) ?? new Set<number>();
      for (const y of eventYears(e.date)) set.add(y);
      yearsHeld.set(id, set);
    }
  }
  const out: Finding[] = [];
  for (const pa of index.activities) {
    const id = pa.activity.id;
    const held = yearsHeld.get(id) ?? new Set<number>();
    const stated = statuses.get(id) ?? new Map();
    const planned = pa.plannedYears;
    if (planned.length && planned[planned.length - 1] < asOfYear && held.size === 0 && stated.size === 0) {
      out.push(make('record-activity-nothing-recorded', [id], { label: pa.label, years: yearsText(planned) }));
    }
    for (const [year, s] of [...stated].sort((a, b) => a[0] - b[0])) {
      if (s.status === 'completed' && held.size === 0) out.push(make('record-status-completed-no-event', [id], { label: pa.label, year }, String(year)));
      if (s.status === 'not-started' && held.has(year)) out.push(make('record-status-not-started-with-event', [id], { label: pa.label, year }, String(year)));
    }
    if (pa.reading.status === 'ok' && !pa.reading.annual && planned.length) {
      const extra = [...held].filter((y) => y >= index.period.start && y <= index.period.end && !planned.includes(y)).sort((a, b) => a - b);
      if (extra.length) out.push(make('record-unplanned-year', [id], { label: pa.label, years: yearsText(extra), planned: yearsText(planned) }));
    }
  }
  return out;
}

/**
 * Every month a date spans (`YYYY-MM`): an event is put in each, so a long range meets an event in
 * any of its months, not only in its first or last.
 */
export function monthsOf(date: string): string[] {
  const { start, end } = eventSpan(date);
  let y = +start.slice(0, 4);
  let m = +start.slice(5, 7);
  const [ey, em] = [+end.slice(0, 4), +end.slice(5, 7)];
  const out: string[] = [];
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Likely duplicates: overlapping dates, the same place, similar titles (compared within each month they share). */
export function checkDuplicates(record: ImplementationRecord): Finding[] {
  const buckets = new Map<string, Array<{ e: RecordEvent; words: Set<string>; place: string }>>();
  const out: Finding[] = [];
  for (const e of liveEvents(record)) {
    const words = new Set(contentTokens(e.title.en.text || e.title.zh.text));
    const place = printPlace(e.place, 'en').toLowerCase();
    const months = monthsOf(e.date);
    const seen = new Set<string>();
    for (const m of months) {
      for (const other of buckets.get(m) ?? []) {
        if (seen.has(other.e.id)) continue;
        seen.add(other.e.id);
        if (other.place !== place || !datesOverlap(other.e.date, e.date)) continue;
        if (overlapCoefficient(other.words, words) < RECORD_DUPLICATE_MIN_OVERLAP) continue;
        const [a, b] = [other.e, e].sort((x, y) => (x.id < y.id ? -1 : 1));
        out.push(make('record-likely-duplicate', [a.id, b.id], { first: titleOf(a), second: titleOf(b), date: printEventDate(a.date, 'en'), place: printPlace(a.place, 'en') }));
      }
      const list = buckets.get(m) ?? [];
      list.push({ e, words, place });
      buckets.set(m, list);
    }
  }
  return out;
}

/** Every record check. */
export function checkRecord(fw: Framework, record: ImplementationRecord, asOfYear: number): Finding[] {
  if (record.events.length === 0 && record.statuses.length === 0) return [];
  return [...checkEvents(fw, record), ...checkActivities(fw, record, asOfYear), ...checkDuplicates(record)];
}
