import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../renderer/src/format/dateTime';

// Midday UTC: the same calendar day in every time zone from UTC−11 to UTC+11.
const NOON = '2026-12-03T12:00:00Z';

describe('formatDateTime', () => {
  it('writes one format per UI language, whatever the machine locale', () => {
    expect(formatDateTime(NOON, 'en')).toMatch(/^3 Dec 2026, \d\d:\d\d$/);
    expect(formatDateTime(NOON, 'zh')).toMatch(/^2026年12月3日 \d\d:\d\d$/);
    expect(formatDateTime(NOON, 'zh-CN')).toBe(formatDateTime(NOON, 'zh'));
  });

  it('shows an unreadable timestamp as given rather than "Invalid Date"', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});
