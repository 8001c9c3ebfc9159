import { describe, expect, it } from 'vitest';
import { historyToPrune } from '../../../shared/versions/historyPolicy';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.parse('2026-11-29T12:00:00Z');

describe('historyToPrune', () => {
  it('keeps every snapshot of the last 3 days', () => {
    const snaps = Array.from({ length: 3 * 24 * 12 }, (_, i) => ({ id: `s${i}`, takenAt: now - i * 5 * 60_000 }));
    expect(historyToPrune(snaps, now)).toEqual([]);
  });

  it('thins to the newest per hour up to 14 days, per day up to 90, and drops older ones', () => {
    const snaps = [
      { id: 'd5-10:05', takenAt: now - 5 * DAY - 55 * 60_000 },
      { id: 'd5-10:40', takenAt: now - 5 * DAY - 20 * 60_000 }, // same hour, newer: kept
      { id: 'd5-09:30', takenAt: now - 5 * DAY - 150 * 60_000 }, // another hour: kept
      { id: 'd20-a', takenAt: now - 20 * DAY - 2 * HOUR },
      { id: 'd20-b', takenAt: now - 20 * DAY - 5 * HOUR }, // same day, older: pruned
      { id: 'd100', takenAt: now - 100 * DAY },
    ];
    expect(historyToPrune(snaps, now).sort()).toEqual(['d100', 'd20-b', 'd5-10:05']);
  });
});
