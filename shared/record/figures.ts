import type { Framework } from '../model/framework';
import { compareEventDates, eventSpan, eventYears } from './eventDate';
import { effectiveStatuses, liveEvents, liveFunding } from './merge';
import { ACTIVITY_STATUSES, FUNDING_SOURCES, type ActivityStatus, type FundingSource, type ImplementationRecord, type RecordEvent } from './model';
import { planIndex } from './planIndex';

/**
 * The record's figures, computed once for the report, the dashboard and the next edition's
 * section 2.2: events per component and year, activities by status, funding by source, countries.
 * Every figure is a count or a sum of what the record holds.
 */
export interface RecordFigures {
  years: number[];
  /** Plan component id → events in it (linked through an activity, or by the component alone), chronological. */
  eventsByComponent: Map<string, RecordEvent[]>;
  /** Events in no component. */
  eventsWithoutComponent: RecordEvent[];
  /** Plan component id (or '' for none) → year → number of events held that year. */
  perComponentYear: Map<string, Map<number, number>>;
  /** Activities by their status in the last year that has one (or 'none'). */
  activitiesByStatus: Map<ActivityStatus | 'none', number>;
  /** Sums per source and currency: cash and in kind. */
  funding: Map<FundingSource, Map<string, { cash: number; inKind: number }>>;
  /** Events per country where held: ISO code, `online`, or the country as written (empty when unknown). */
  perCountry: Map<string, number>;
  /** ISO codes of the countries where events were held or that reported, sorted. */
  countries: string[];
  /** Events whose title names a forum. */
  forums: RecordEvent[];
  totalEvents: number;
  totalParticipants: number;
}

/** The component an event belongs to: its first linked activity's, else the one it names. */
export function componentOf(fw: Framework, e: RecordEvent): string | null {
  const index = planIndex(fw);
  for (const id of e.activityIds) {
    const pa = index.byId.get(id);
    if (pa) return pa.planComponent.id;
  }
  return e.componentId && index.components.some((c) => c.id === e.componentId) ? e.componentId : null;
}

/** Figures of the whole record, or of one year (events touching it; statuses and funding of it). */
export function recordFigures(fw: Framework, record: ImplementationRecord, year: number | null = null): RecordFigures {
  const index = planIndex(fw);
  const years: number[] = [];
  for (let y = index.period.start; y <= index.period.end; y++) if (year === null || y === year) years.push(y);
  const events = liveEvents(record).filter((e) => year === null || eventYears(e.date).includes(year)).sort((a, b) => compareEventDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
  const eventsByComponent = new Map<string, RecordEvent[]>(index.components.map((c) => [c.id, []]));
  const eventsWithoutComponent: RecordEvent[] = [];
  const perComponentYear = new Map<string, Map<number, number>>();
  const countries = new Set<string>();
  const perCountry = new Map<string, number>();
  let totalParticipants = 0;
  for (const e of events) {
    const c = componentOf(fw, e);
    if (c) eventsByComponent.get(c)!.push(e);
    else eventsWithoutComponent.push(e);
    const row = perComponentYear.get(c ?? '') ?? new Map<number, number>();
    const y = eventYears(e.date)[0];
    row.set(y, (row.get(y) ?? 0) + 1);
    perComponentYear.set(c ?? '', row);
    const where = e.place.online ? 'online' : (e.place.countryCode ?? e.place.country);
    perCountry.set(where, (perCountry.get(where) ?? 0) + 1);
    if (e.place.countryCode) countries.add(e.place.countryCode);
    if (e.reportingCountry) countries.add(e.reportingCountry);
    totalParticipants += e.participants ?? 0;
  }
  const statuses = effectiveStatuses(record);
  const activitiesByStatus = new Map<ActivityStatus | 'none', number>([...ACTIVITY_STATUSES, 'none' as const].map((s) => [s, 0]));
  for (const pa of index.activities) {
    const byYear = statuses.get(pa.activity.id);
    const last = byYear ? [...byYear.entries()].filter(([y]) => year === null || y === year).sort((a, b) => b[0] - a[0])[0] : undefined;
    const key = last ? last[1].status : 'none';
    activitiesByStatus.set(key, (activitiesByStatus.get(key) ?? 0) + 1);
  }
  const eventIds = new Set(events.map((e) => e.id));
  const funding = new Map<FundingSource, Map<string, { cash: number; inKind: number }>>(FUNDING_SOURCES.map((s) => [s, new Map()]));
  for (const f of liveFunding(record)) {
    if (year !== null && !(f.year === year || (f.eventId !== null && eventIds.has(f.eventId)))) continue;
    const bySource = funding.get(f.source)!;
    const sum = bySource.get(f.currency) ?? { cash: 0, inKind: 0 };
    if (f.inKind) sum.inKind += f.amount;
    else sum.cash += f.amount;
    bySource.set(f.currency, sum);
  }
  return {
    years,
    eventsByComponent,
    eventsWithoutComponent,
    perComponentYear,
    activitiesByStatus,
    funding,
    perCountry,
    countries: [...countries].sort(),
    forums: events.filter((e) => /forum|论坛/i.test(`${e.title.en.text} ${e.title.zh.text}`)),
    totalEvents: events.length,
    totalParticipants,
  };
}

/**
 * The part of a record that belongs to a plan period, for the next edition's annex and section 2.2
 * ("activities held in its period"). An event belongs when it shares at least one day with the
 * period: one that starts in the period's last December and ends the next January was held, in
 * part, under this plan, and the annex lists it as the published annexes list such meetings, under
 * their own dates. An event wholly before or after the period is left out (the record's check
 * `record-event-outside-period` names it). Funding follows its event; funding of an activity (no
 * event) belongs when its year is in the period or it states no year.
 */
export function recordInPeriod(record: ImplementationRecord, period: { start: number; end: number }): ImplementationRecord {
  const first = `${period.start}-01-01`;
  const last = `${period.end}-12-31`;
  const events = record.events.filter((e) => {
    const { start, end } = eventSpan(e.date);
    return start <= last && end >= first;
  });
  const kept = new Set(events.map((e) => e.id));
  const funding = record.funding.filter((f) =>
    f.eventId !== null ? kept.has(f.eventId) : f.year === null || (f.year >= period.start && f.year <= period.end));
  return { ...record, events, funding };
}

/** Total funding in one currency (cash and in kind). */
export function fundingTotal(figures: RecordFigures, currency = 'USD'): number {
  let total = 0;
  for (const byCurrency of figures.funding.values()) {
    const s = byCurrency.get(currency);
    if (s) total += s.cash + s.inKind;
  }
  return total;
}
