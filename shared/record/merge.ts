import { canonicalJson } from '../review/canonicalJson';
import { SECRETARIAT, type Funding, type ImplementationRecord, type RecordEvent, type StatusEntry, type WorkPlan } from './model';

/**
 * Merging records (a progress report is a small record): a state-based CRDT, like the comment
 * packets. Each entry has a key; of two versions of one key the higher `rev` wins, then the later
 * `updatedAt`, then the larger canonical JSON (an arbitrary but fixed tiebreak). Who reported an
 * event is a set, united. So any reports, in any order, any number of times, give one record.
 */

type Versioned = { rev: number; updatedAt: string };

function newer<T extends Versioned>(a: T, b: T, canon: (x: T) => string = canonicalJson): T {
  if (a.rev !== b.rev) return a.rev > b.rev ? a : b;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return canon(a) >= canon(b) ? a : b;
}

const sortedUnion = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

const eventCanon = (e: RecordEvent) => canonicalJson({ ...e, reportedBy: [] });

function mergeEvent(a: RecordEvent, b: RecordEvent): RecordEvent {
  const winner = newer(a, b, eventCanon);
  return { ...winner, reportedBy: sortedUnion(a.reportedBy, b.reportedBy) };
}

function mergeByKey<T>(a: readonly T[], b: readonly T[], key: (x: T) => string, merge: (x: T, y: T) => T): T[] {
  const map = new Map<string, T>();
  for (const x of [...a, ...b]) {
    const k = key(x);
    const seen = map.get(k);
    map.set(k, seen === undefined ? x : merge(seen, x));
  }
  return [...map.keys()].sort().map((k) => map.get(k)!);
}

/** The status entry's key: one statement per activity, year and reporter. */
export const statusKey = (s: Pick<StatusEntry, 'activityId' | 'year' | 'reporter'>) => `${s.activityId}|${s.year}|${s.reporter}`;

/** Both records' entries, each key once (see the module comment). Pure; neither input changes. */
export function mergeRecords(a: ImplementationRecord, b: ImplementationRecord): ImplementationRecord {
  return {
    events: mergeByKey(a.events, b.events, (e) => e.id, mergeEvent),
    statuses: mergeByKey(a.statuses, b.statuses, statusKey, (x, y) => newer(x, y)),
    funding: mergeByKey(a.funding, b.funding, (f: Funding) => f.id, (x, y) => newer(x, y)),
    workPlans: mergeByKey(a.workPlans, b.workPlans, (w: WorkPlan) => String(w.year).padStart(4, '0'), (x, y) => newer(x, y)),
    imports: mergeByKey(a.imports, b.imports, (i) => i.hash, (x, y) => (canonicalJson(x) >= canonicalJson(y) ? x : y)),
  };
}

/** The record in merge order (each list by key), so that equal content compares equal. */
export function normaliseRecord(r: ImplementationRecord): ImplementationRecord {
  return mergeRecords(r, { events: [], statuses: [], funding: [], workPlans: [], imports: [] });
}

/**
 * The status of each activity in each year that someone stated: the secretariat's statement when
 * it made one, else the latest report (then the reporter's name, for a fixed answer).
 */
export function effectiveStatuses(record: ImplementationRecord): Map<string, Map<number, StatusEntry>> {
  const out = new Map<string, Map<number, StatusEntry>>();
  const rank = (s: StatusEntry) => `${s.reporter === SECRETARIAT ? 1 : 0}|${s.updatedAt}|${s.reporter}`;
  for (const s of record.statuses) {
    let years = out.get(s.activityId);
    if (!years) out.set(s.activityId, (years = new Map()));
    const seen = years.get(s.year);
    if (!seen || rank(s) > rank(seen)) years.set(s.year, s);
  }
  return out;
}

/** Events not deleted. */
export const liveEvents = (r: ImplementationRecord): RecordEvent[] => r.events.filter((e) => !e.deleted);
/** Funding entries not deleted. */
export const liveFunding = (r: ImplementationRecord): Funding[] => r.funding.filter((f) => !f.deleted);
