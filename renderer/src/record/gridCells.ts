import { eventYears } from '../../../shared/record/eventDate';
import { effectiveStatuses, liveEvents } from '../../../shared/record/merge';
import type { ImplementationRecord, RecordEvent, StatusEntry } from '../../../shared/record/model';

/** What the activities × years grid needs of a record, computed once per record object. */
export interface GridData {
  statuses: Map<string, Map<number, StatusEntry>>;
  /** activity id → year → events held that year under it. */
  events: Map<string, Map<number, RecordEvent[]>>;
}

const cache = new WeakMap<ImplementationRecord, GridData>();

export function gridData(record: ImplementationRecord): GridData {
  const hit = cache.get(record);
  if (hit) return hit;
  const events = new Map<string, Map<number, RecordEvent[]>>();
  for (const e of liveEvents(record)) {
    for (const id of e.activityIds) {
      let byYear = events.get(id);
      if (!byYear) events.set(id, (byYear = new Map()));
      for (const y of eventYears(e.date)) byYear.set(y, [...(byYear.get(y) ?? []), e]);
    }
  }
  const data = { statuses: effectiveStatuses(record), events };
  cache.set(record, data);
  return data;
}

/**
 * How a cell reads against the schedule: `gap` = planned, the year is over, and nothing is
 * recorded; `unplanned` = something happened in a year the schedule did not plan; else `planned`
 * or `open` (not planned, nothing recorded).
 */
export type CellFit = 'planned' | 'gap' | 'unplanned' | 'open';

export function cellFit(planned: boolean, status: StatusEntry | undefined, events: number, year: number, thisYear: number): CellFit {
  const recorded = status !== undefined || events > 0;
  if (planned) return !recorded && year < thisYear ? 'gap' : 'planned';
  return recorded && status?.status !== 'not-started' && status?.status !== 'cancelled' ? 'unplanned' : 'open';
}
