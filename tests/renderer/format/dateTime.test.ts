import { describe, expect, it } from 'vitest';
import { formatDateTime, formatEventDate } from '../../../renderer/src/format/dateTime';

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

describe('formatEventDate', () => {
  it('writes a day, a month and a range in the UI language', () => {
    expect(formatEventDate('2023-09-14', 'en')).toMatch(/^14 Sept? 2023$/);
    expect(formatEventDate('2023-09-14', 'zh')).toBe('2023年9月14日');
    expect(formatEventDate('2023-09', 'en')).toMatch(/^Sept? 2023$/);
    expect(formatEventDate('2023-09', 'zh')).toBe('2023年9月');
  });

  it('says the month and year of a range once when both ends share them', () => {
    expect(formatEventDate('2023-09-14..2023-09-16', 'en')).toMatch(/^14–16 Sept? 2023$/);
    expect(formatEventDate('2023-09-14..2023-09-16', 'zh')).toBe('2023年9月14日至16日');
    expect(formatEventDate('2023-09-28..2023-10-02', 'en')).toMatch(/^28 Sept? – 2 Oct 2023$/);
    expect(formatEventDate('2023-09-28..2023-10-02', 'zh')).toBe('2023年9月28日至10月2日');
    expect(formatEventDate('2023-12-30..2024-01-02', 'en')).toBe('30 Dec 2023 – 2 Jan 2024');
    expect(formatEventDate('2023-12-30..2024-01-02', 'zh')).toBe('2023年12月30日至2024年1月2日');
  });

  it('keeps the calendar day whatever the time zone, and shows anything else as given', () => {
    expect(formatEventDate('2023-01-01', 'en')).toBe('1 Jan 2023');
    expect(formatEventDate('2023-9', 'en')).toBe('2023-9');
    expect(formatEventDate('', 'zh')).toBe('');
  });
});
