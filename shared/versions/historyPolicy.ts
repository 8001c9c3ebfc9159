/**
 * Which automatic history snapshots to keep. Recent work needs every point ("restore what I had at
 * ten past three"); older work needs a coarser trail. Keep everything from the last 3 days, the
 * newest snapshot of each hour up to 14 days, the newest of each day up to 90 days, nothing older.
 * Named versions are never pruned.
 */

export interface HistoryPolicy {
  keepAllMs: number;
  hourlyUntilMs: number;
  dailyUntilMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEFAULT_HISTORY_POLICY: HistoryPolicy = { keepAllMs: 3 * DAY, hourlyUntilMs: 14 * DAY, dailyUntilMs: 90 * DAY };

/**
 * The ids to delete, given each snapshot's id and time. Within an hour (or day) bucket the newest
 * snapshot stays, so thinning never loses the latest state of a period.
 */
export function historyToPrune(
  snapshots: ReadonlyArray<{ id: string; takenAt: number }>,
  now: number,
  policy: HistoryPolicy = DEFAULT_HISTORY_POLICY,
): string[] {
  const newestFirst = [...snapshots].sort((a, b) => b.takenAt - a.takenAt);
  const seen = new Set<string>();
  const prune: string[] = [];
  for (const s of newestFirst) {
    const age = now - s.takenAt;
    if (age <= policy.keepAllMs) continue;
    if (age > policy.dailyUntilMs) {
      prune.push(s.id);
      continue;
    }
    const bucket = age <= policy.hourlyUntilMs ? `h${Math.floor(s.takenAt / HOUR)}` : `d${Math.floor(s.takenAt / DAY)}`;
    if (seen.has(bucket)) prune.push(s.id);
    else seen.add(bucket);
  }
  return prune;
}
