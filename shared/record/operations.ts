import type { BiText } from '../model/bilingual';
import type { Operation } from '../model/operations/types';
import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';
import { statusKey } from './merge';
import { SECRETARIAT, type ActivityStatus, type Funding, type ImplementationRecord, type RecordEvent, type StatusEntry } from './model';
import { printPlace } from './place';
import { eventIdentity } from './rows';
import { progressReporter } from './progressWorkspace';

/** Whose statement an edit is: the NFP's country in a progress workspace, else the secretariat. */
const reporterOf = (project: Project): string => progressReporter(project)?.reporter ?? SECRETARIAT;

/**
 * Edits of the implementation record made in the app (the Implementation view), as patches on the
 * project's `record` slot: each is one undoable step, validated and saved by the session like any
 * other change. Entries are kept in the merge's key order (./merge.ts) so an edited record and the
 * same record merged from reports compare equal. Every edit raises the entry's `rev` and stamps
 * `updatedAt`, so a later progress report carrying the old version does not undo it.
 */

/** What the event editor submits: the event's fields (no id, rev, or reporters) and its funding rows. */
export type EventFields = Pick<
  RecordEvent,
  'date' | 'place' | 'title' | 'organisers' | 'partners' | 'participants' | 'componentId' | 'activityIds' | 'outputs' | 'references' | 'reportingCountry'
>;

/** One funding row of an event as edited: `id` null for a new row. */
export type FundingFields = Pick<Funding, 'source' | 'contributor' | 'amount' | 'currency' | 'inKind' | 'year' | 'note'> & { id: string | null };

const R = ['record'] as const;

/**
 * Where `key` sits in a list kept in key order, or where it would be inserted. Found by a linear
 * search (a file edited by hand may be out of order; a record has a few thousand entries at most).
 */
function sortedIndex<T>(list: readonly T[], key: string, keyOf: (x: T) => string): { index: number; found: boolean } {
  const found = list.findIndex((x) => keyOf(x) === key);
  if (found >= 0) return { index: found, found: true };
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(list[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return { index: lo, found: false };
}

/** Insert-or-replace patches for one keyed entry of a record list (kept in key order). */
function upsert<T>(record: ImplementationRecord, list: 'events' | 'statuses' | 'funding', value: T, key: string, keyOf: (x: T) => string): Patch {
  const items = record[list] as unknown as T[];
  const at = sortedIndex(items, key, keyOf);
  return at.found ? { op: 'replace', path: [...R, list, at.index], value } : { op: 'insert', path: [...R, list], index: at.index, value };
}

/** The id a new event takes: the same as the identical row of a progress report would (date, place, title). */
export function newEventId(record: ImplementationRecord, fields: Pick<EventFields, 'date' | 'place' | 'title'>, newId: () => string): string {
  const id = eventIdentity(fields.date, printPlace(fields.place, 'en'), fields.title.en.text || fields.title.zh.text);
  // A deleted event with that identity is brought back by saving it; a live one must not be overwritten.
  const clash = record.events.find((e) => e.id === id && !e.deleted);
  return clash ? `ev-${newId()}` : id;
}

/** Funding rows of an event that are live, in key order. */
export const eventFunding = (record: ImplementationRecord, eventId: string): Funding[] => record.funding.filter((f) => f.eventId === eventId && !f.deleted);

/**
 * Saves an event: a new one (`id` null) is recorded as the secretariat's (in an NFP's progress
 * workspace, as the country's, which it then reports); an existing one gets the
 * fields and a higher `rev`. Its funding rows become exactly `funding`: rows edited, added, and
 * the ones left out marked deleted (tombstones, as for events).
 */
export function saveEvent(
  project: Project,
  id: string | null,
  fields: EventFields,
  funding: readonly FundingFields[],
  now: string,
  newId: () => string,
): Operation & { eventId: string } {
  const record = project.record;
  const old = id === null ? undefined : record.events.find((e) => e.id === id);
  const eventId = old?.id ?? newEventId(record, fields, newId);
  const revived = old ?? record.events.find((e) => e.id === eventId);
  const reporter = reporterOf(project);
  const event: RecordEvent = {
    ...fields,
    reportingCountry: fields.reportingCountry ?? progressReporter(project)?.country ?? null,
    id: eventId,
    title: trimmedTitle(fields.title),
    reportedBy: [...new Set([...(revived?.reportedBy ?? []), reporter])].sort(),
    deleted: false,
    rev: (revived?.rev ?? 0) + 1,
    updatedAt: now,
  };
  let working: ImplementationRecord = record;
  const patches: Patch[] = [];
  const push = (p: Patch, next: ImplementationRecord) => {
    patches.push(p);
    working = next;
  };
  const eventPatch = upsert(working, 'events', event, eventId, (e: RecordEvent) => e.id);
  push(eventPatch, { ...working, events: applyTo(working.events, eventPatch, event) });
  const kept = new Set<string>();
  for (const row of funding) {
    const before = row.id === null ? undefined : working.funding.find((f) => f.id === row.id);
    const fid = before?.id ?? `fund-${newId()}`;
    kept.add(fid);
    const { id: _ignored, ...values } = row;
    const entry: Funding = {
      ...values,
      id: fid,
      eventId,
      activityId: null,
      reporter: before?.reporter ?? reporter,
      deleted: false,
      rev: (before?.rev ?? 0) + 1,
      updatedAt: now,
    };
    if (before && sameFunding(before, entry)) continue;
    const p = upsert(working, 'funding', entry, fid, (f: Funding) => f.id);
    push(p, { ...working, funding: applyTo(working.funding, p, entry) });
  }
  for (const f of eventFunding(working, eventId)) {
    if (kept.has(f.id)) continue;
    const gone: Funding = { ...f, deleted: true, rev: f.rev + 1, updatedAt: now };
    const p = upsert(working, 'funding', gone, f.id, (x: Funding) => x.id);
    push(p, { ...working, funding: applyTo(working.funding, p, gone) });
  }
  return { label: 'recordEventSave', patches, eventId };
}

function sameFunding(a: Funding, b: Funding): boolean {
  return a.source === b.source && a.contributor === b.contributor && a.amount === b.amount && a.currency === b.currency && a.inKind === b.inKind && a.year === b.year && a.note === b.note;
}

function trimmedTitle(t: BiText): BiText {
  const side = (l: BiText['en']) => {
    const text = l.text.trim();
    return { ...l, text, status: text ? (l.status === 'missing' ? ('draft' as const) : l.status) : ('missing' as const) };
  };
  return { en: side(t.en), zh: side(t.zh) };
}

/** The list after a single upsert patch (so several patches of one operation address the right indexes). */
function applyTo<T>(list: readonly T[], p: Patch, value: T): T[] {
  const next = [...list];
  if (p.op === 'replace') next[p.path[p.path.length - 1] as number] = value;
  else if (p.op === 'insert') next.splice(p.index, 0, value);
  return next;
}

/** Deletes an event (a tombstone, so importing the same report again does not bring it back) and its funding. */
export function deleteEvent(project: Project, id: string, now: string): Operation | null {
  const record = project.record;
  const at = sortedIndex(record.events, id, (e) => e.id);
  if (!at.found || record.events[at.index].deleted) return null;
  const e = record.events[at.index];
  const patches: Patch[] = [{ op: 'replace', path: [...R, 'events', at.index], value: { ...e, deleted: true, rev: e.rev + 1, updatedAt: now } }];
  record.funding.forEach((f, i) => {
    if (f.eventId === id && !f.deleted) patches.push({ op: 'replace', path: [...R, 'funding', i], value: { ...f, deleted: true, rev: f.rev + 1, updatedAt: now } });
  });
  return { label: 'recordEventDelete', patches };
}

/**
 * Sets the secretariat's statement of an activity's status in a year (with its note); `null`
 * removes the secretariat's statement, so the NFPs' reports (if any) speak again. In an NFP's
 * progress workspace the statement is the country's.
 */
export function setActivityStatus(project: Project, activityId: string, year: number, status: ActivityStatus | null, note: string, now: string): Operation | null {
  const record = project.record;
  const reporter = reporterOf(project);
  const key = statusKey({ activityId, year, reporter });
  const at = sortedIndex(record.statuses, key, statusKey);
  const old = at.found ? record.statuses[at.index] : undefined;
  if (status === null) return old ? { label: 'recordStatus', patches: [{ op: 'remove', path: [...R, 'statuses'], index: at.index }] } : null;
  if (old && old.status === status && old.note === note.trim()) return null;
  const entry: StatusEntry = { activityId, year, status, note: note.trim(), reporter, rev: (old?.rev ?? 0) + 1, updatedAt: now };
  return { label: 'recordStatus', patches: [upsert(record, 'statuses', entry, key, statusKey)] };
}

/** Replaces the whole record (an import computed by main): one undoable step. */
export function replaceRecord(record: ImplementationRecord): Operation {
  return { label: 'recordImport', patches: [{ op: 'replace', path: [...R], value: record }] };
}
