import { z } from 'zod';

/**
 * When an event was held, as reporters know it: a day (`2023-09-14`), a month (`2023-09`) or a
 * range of days (`2023-09-14..2023-09-16`). Stored as that text, which is also what the CSV and
 * spreadsheet columns carry, so a date survives every round trip unchanged.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The span a date covers, as first and last day (ISO), and how precisely it was given. */
export interface EventSpan {
  precision: 'day' | 'month' | 'range';
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function validDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

/** Why a date text cannot be read (codes; the words are in the locales and the CLI). */
export type EventDateProblem = 'empty' | 'format' | 'no-such-day' | 'reversed';

/** Reads a stored or typed date; surrounding spaces and a spaced `..` are tolerated. */
export function readEventDate(raw: string): { ok: true; date: string; span: EventSpan } | { ok: false; problem: EventDateProblem } {
  const text = raw.trim().replace(/\s*\.\.\s*/, '..');
  if (!text) return { ok: false, problem: 'empty' };
  const range = text.split('..');
  if (range.length === 2) {
    const [a, b] = range;
    if (!DAY.test(a) || !DAY.test(b)) return { ok: false, problem: 'format' };
    if (!validDay(a) || !validDay(b)) return { ok: false, problem: 'no-such-day' };
    if (b < a) return { ok: false, problem: 'reversed' };
    if (a === b) return { ok: true, date: a, span: { precision: 'day', start: a, end: a } };
    return { ok: true, date: `${a}..${b}`, span: { precision: 'range', start: a, end: b } };
  }
  if (range.length > 2) return { ok: false, problem: 'format' };
  if (DAY.test(text)) return validDay(text) ? { ok: true, date: text, span: { precision: 'day', start: text, end: text } } : { ok: false, problem: 'no-such-day' };
  const m = MONTH.exec(text);
  if (m) {
    const [y, mo] = [+m[1], +m[2]];
    if (mo < 1 || mo > 12 || y < 1900 || y > 2200) return { ok: false, problem: 'no-such-day' };
    return { ok: true, date: text, span: { precision: 'month', start: `${text}-01`, end: `${text}-${pad(daysIn(y, mo))}` } };
  }
  return { ok: false, problem: 'format' };
}

/** A stored event date: one of the three forms, already normalised. */
export const EventDateSchema = z.string().refine((s) => {
  const r = readEventDate(s);
  return r.ok && r.date === s;
}, 'a date YYYY-MM-DD, a month YYYY-MM or a range YYYY-MM-DD..YYYY-MM-DD');

// Spans of stored dates, read once: sorting and printing 1,000 events read each date many times
// (measured: a fifth of the self-evaluation report's model time). Bounded; spans are frozen.
const SPANS = new Map<string, EventSpan>();
const SPAN_CACHE_SIZE = 8192;

/** The span of a stored date (the schema guarantees it reads). */
export function eventSpan(date: string): EventSpan {
  let span = SPANS.get(date);
  if (span) return span;
  const r = readEventDate(date);
  if (!r.ok) throw new Error(`not an event date: ${date}`);
  if (SPANS.size >= SPAN_CACHE_SIZE) SPANS.clear();
  span = Object.freeze(r.span);
  SPANS.set(date, span);
  return span;
}

/** The years an event touches, ascending. */
export function eventYears(date: string): number[] {
  const { start, end } = eventSpan(date);
  const out: number[] = [];
  for (let y = +start.slice(0, 4); y <= +end.slice(0, 4); y++) out.push(y);
  return out;
}

/** Chronological order: by first day, then by last day (a day before the month that contains it). */
export function compareEventDates(a: string, b: string): number {
  const x = eventSpan(a);
  const y = eventSpan(b);
  return x.start < y.start ? -1 : x.start > y.start ? 1 : x.end < y.end ? -1 : x.end > y.end ? 1 : 0;
}

/** True when two dates share at least one day. */
export function datesOverlap(a: string, b: string): boolean {
  const x = eventSpan(a);
  const y = eventSpan(b);
  return x.start <= y.end && y.start <= x.end;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as the published annex prints it: "September 2019" / "2019年9月"; a range within one
 * month "14-16 September 2019" / "2019年9月14-16日"; a day "14 September 2019" / "2019年9月14日".
 */
export function printEventDate(date: string, lang: 'en' | 'zh'): string {
  const { precision, start, end } = eventSpan(date);
  const [y1, m1, d1] = start.split('-').map(Number);
  const [y2, m2, d2] = end.split('-').map(Number);
  if (lang === 'zh') {
    if (precision === 'month') return `${y1}年${m1}月`;
    if (precision === 'day') return `${y1}年${m1}月${d1}日`;
    if (y1 === y2 && m1 === m2) return `${y1}年${m1}月${d1}-${d2}日`;
    if (y1 === y2) return `${y1}年${m1}月${d1}日-${m2}月${d2}日`;
    return `${y1}年${m1}月${d1}日-${y2}年${m2}月${d2}日`;
  }
  const month = (m: number) => MONTHS_EN[m - 1];
  if (precision === 'month') return `${month(m1)} ${y1}`;
  if (precision === 'day') return `${d1} ${month(m1)} ${y1}`;
  if (y1 === y2 && m1 === m2) return `${d1}-${d2} ${month(m1)} ${y1}`;
  if (y1 === y2) return `${d1} ${month(m1)}-${d2} ${month(m2)} ${y1}`;
  return `${d1} ${month(m1)} ${y1}-${d2} ${month(m2)} ${y2}`;
}

/**
 * The annex's "Time" as the published annex writes it and its checker reads it: the month the
 * event began ("September 2019" / "2019年9月"). The exact days stay in the record and the report.
 */
export function annexTime(date: string, lang: 'en' | 'zh'): string {
  const [y, m] = eventSpan(date).start.split('-').map(Number);
  return lang === 'zh' ? `${y}年${m}月` : `${MONTHS_EN[m - 1]} ${y}`;
}
