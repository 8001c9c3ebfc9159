import { z } from 'zod';

/**
 * Dates and times as the files store them, checked to be real: the calendar (month 1-12, the day
 * within its month, leap years) and the clock (hours 0-23, minutes and seconds 0-59). A pattern
 * alone lets `2026-13-45T99:99:99Z` through; every date and time field of every file kind uses
 * these two schemas.
 */

const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  return !!m && isRealDay(+m[1], +m[2], +m[3]);
}

/** `YYYY-MM-DDThh:mm:ss(.fff)Z` naming a moment that exists (UTC). */
export function isIsoTimestamp(s: string): boolean {
  const m = TIME.exec(s);
  return !!m && isRealDay(+m[1], +m[2], +m[3]) && +m[4] <= 23 && +m[5] <= 59 && +m[6] <= 59;
}

/** A moment in UTC, e.g. 2026-01-31T09:00:00.000Z. */
export const TimestampSchema = z.string().refine(isIsoTimestamp, 'an ISO time that exists, such as 2026-01-31T09:00:00.000Z');

/** A day, e.g. 2026-01-31. */
export const CalendarDateSchema = z.string().refine(isCalendarDate, 'a date that exists, such as 2026-01-31');
