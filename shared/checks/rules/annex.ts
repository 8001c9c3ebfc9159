import type { Language } from '../../model/bilingual';
import type { Annex, AnnexEntry, Period, PriorityArea } from '../../model/framework';
import { annexEntryLabel } from '../../model/labels';
import { finding, type Finding, type Severity } from '../finding';
import { eachOf, eachPart, type Derived, type RuleDefinition } from '../rule';
import { editDistance, overlapCoefficient } from '../text';

/**
 * The annex of past activities: dates outside the period the annex declares, entries out of the
 * list's chronological order, likely duplicates (same month, similar text, the place perhaps
 * spelled differently), numbering gaps and repeats, and times that cannot be read.
 */
export const ANNEX_CODES = {
  'annex-time-unreadable': 'warning',
  'annex-outside-period': 'warning',
  'annex-out-of-order': 'warning',
  'annex-likely-duplicate': 'warning',
  'annex-number-gap': 'warning',
  'annex-number-duplicate': 'error',
  'annex-number-pattern': 'warning',
} as const satisfies Record<string, Severity>;
type Code = keyof typeof ANNEX_CODES;

/** Entries of the same month whose texts share at least this share of the shorter one's words. */
export const DUPLICATE_MIN_OVERLAP = 0.5;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

/** An annex time: a month of a year, a year, or a span of years. `month` is 1-12 or null. */
export interface AnnexTime {
  start: { year: number; month: number | null };
  end: { year: number; month: number | null };
}

const DASH = '[-\\u2010-\\u2015\\u2212~～]';

/** Reads "September 2019", "Sept. 2019", "2015-2016", "2019", "2019年9月", "2015-2016年". Null when unreadable. */
export function parseAnnexTime(text: string, lang: Language = 'en'): AnnexTime | null {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (lang === 'zh') {
    let m = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/.exec(t);
    if (m && +m[2] >= 1 && +m[2] <= 12) return { start: { year: +m[1], month: +m[2] }, end: { year: +m[1], month: +m[2] } };
    m = new RegExp(`^(\\d{4})\\s*年?\\s*(?:${DASH}|至|到)\\s*(\\d{4})\\s*年?$`).exec(t);
    if (m) return { start: { year: +m[1], month: null }, end: { year: +m[2], month: null } };
    m = /^(\d{4})\s*年?$/.exec(t);
    if (m) return { start: { year: +m[1], month: null }, end: { year: +m[1], month: null } };
    return null;
  }
  let m = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(t);
  if (m) {
    const word = m[1].toLowerCase();
    const abbr = MONTH_ABBR.exec(word);
    const month = MONTHS.indexOf(word) + 1 || (abbr ? MONTHS.findIndex((n) => n.startsWith(abbr[1].slice(0, 3))) + 1 : 0);
    if (!month) return null;
    return { start: { year: +m[2], month }, end: { year: +m[2], month } };
  }
  m = new RegExp(`^(\\d{4})\\s*(?:${DASH}|to)\\s*(\\d{4})$`, 'i').exec(t);
  if (m) return { start: { year: +m[1], month: null }, end: { year: +m[2], month: null } };
  m = /^(\d{4})$/.exec(t);
  if (m) return { start: { year: +m[1], month: null }, end: { year: +m[1], month: null } };
  return null;
}

/** Chronological comparison of two times (by their start; a year without a month compares on the year alone). */
function compareTimes(a: AnnexTime, b: AnnexTime): number {
  if (a.start.year !== b.start.year) return a.start.year - b.start.year;
  if (a.start.month === null || b.start.month === null) return 0;
  return a.start.month - b.start.month;
}

/** An entry as the duplicate search compares it: with its area and its set of words. */
interface Prepared {
  entry: AnnexEntry;
  areaId: string;
  words: Set<string>;
}

type Make = (code: Code, elementIds: string[], data: Finding['data'], field?: 'time' | 'text') => void;
const maker = (out: Finding[]): Make => (code, elementIds, data, field) =>
  out.push(finding({ code, severity: ANNEX_CODES[code], family: 'annex', elementIds, field, data }));

const timeText = (e: AnnexEntry) => e.time.en.text || e.time.zh.text;

/** Reads an entry's time (English, else Chinese); null when it has none or it cannot be read. */
function entryTime(e: AnnexEntry, readTime: (text: string, lang: Language) => AnnexTime | null): { text: string; time: AnnexTime | null } {
  const lang: Language = e.time.en.text.trim() ? 'en' : 'zh';
  const text = e.time[lang].text;
  return { text, time: text.trim() ? readTime(text, lang) : null };
}

/** One priority area's findings: times, period, order, numbers. */
export function checkArea(area: PriorityArea, period: Pick<Period, 'start' | 'end'>, readTime: (text: string, lang: Language) => AnnexTime | null = parseAnnexTime): Finding[] {
  const findings: Finding[] = [];
  const make = maker(findings);
  const prepared = area.entries.map((e) => {
    const { text, time } = entryTime(e, readTime);
    if (text.trim() && !time) make('annex-time-unreadable', [e.id], { time: text }, 'time');
    if (time && (time.start.year < period.start || time.end.year > period.end)) make('annex-outside-period', [e.id], { time: text, start: period.start, end: period.end }, 'time');
    return { entry: e, time };
  });

  // The list's direction is the one most neighbouring pairs follow (the published annex runs newest first).
  const timed = prepared.filter((p): p is { entry: AnnexEntry; time: AnnexTime } => p.time !== null);
  let down = 0;
  let up = 0;
  for (let i = 1; i < timed.length; i++) {
    const c = compareTimes(timed[i - 1].time, timed[i].time);
    if (c > 0) down++;
    else if (c < 0) up++;
  }
  const descending = down >= up;
  for (let i = 1; i < timed.length; i++) {
    const c = compareTimes(timed[i - 1].time, timed[i].time);
    if (descending ? c < 0 : c > 0) {
      make('annex-out-of-order', [timed[i - 1].entry.id, timed[i].entry.id], {
        before: timeText(timed[i - 1].entry),
        after: timeText(timed[i].entry),
        order: descending ? 'newest-first' : 'oldest-first',
      });
    }
  }

  // Numbers: an override must be a number, follow its predecessor by one and not repeat.
  let previous = 0;
  const seen = new Map<number, string>();
  area.entries.forEach((e, i) => {
    const printed = (e.label ?? annexEntryLabel(i)).trim();
    if (!/^\d+$/.test(printed)) {
      make('annex-number-pattern', [e.id], { label: printed, expected: annexEntryLabel(i) });
      previous++;
      return;
    }
    const n = Number(printed);
    const twin = seen.get(n);
    if (twin) make('annex-number-duplicate', [twin, e.id], { number: n });
    else if (n > previous + 1) make('annex-number-gap', [e.id], { number: n, after: previous });
    seen.set(n, twin ?? e.id);
    previous = Math.max(previous, n);
  });
  return findings;
}

const monthKey = (time: AnnexTime | null) => (time && time.start.month !== null && time.start.year === time.end.year && time.start.month === time.end.month ? `${time.start.year}-${time.start.month}` : null);

/** The city part of a place: "Beijing and Shenzhen, China" → ["beijing", "shenzhen"]. */
const cities = (place: string) => place.toLowerCase().split(',')[0].split(/\s+and\s+|\s*[&/、]\s*/).map((c) => c.trim()).filter(Boolean);

/**
 * Likely duplicates among entries of one month: similar text, and the same place, a place
 * spelled nearly the same ("Shiyao" / "Shiyuan"), a shared city, or no place on one of them.
 * Events of the same month in different cities are different events. Each entry is paired with
 * the first earlier entry it resembles, so a cluster of n copies gives n-1 findings, not n².
 */
export function findDuplicates(group: readonly Prepared[], citiesOf: (place: string) => string[] = cities): Finding[] {
  const out: Finding[] = [];
  const make = maker(out);
  // Each entry's place and cities, read when it is first compared.
  const places: Array<{ place: string; cities: string[] } | undefined> = new Array(group.length);
  const placeOf = (k: number) => {
    let hit = places[k];
    if (!hit) {
      const place = group[k].entry.place.en.text.trim();
      hit = { place, cities: citiesOf(place) };
      places[k] = hit;
    }
    return hit;
  };
  for (let j = 1; j < group.length; j++) {
    const b = group[j];
    for (let i = 0; i < j; i++) {
      const a = group[i];
      const overlap = overlapCoefficient(a.words, b.words);
      if (overlap < DUPLICATE_MIN_OVERLAP) continue;
      const { place: pa, cities: ca } = placeOf(i);
      const { place: pb, cities: cb } = placeOf(j);
      const near = pa !== pb && ca.some((x) => cb.some((y) => x !== y && editDistance(x, y) <= 2 && Math.min(x.length, y.length) >= 4));
      const shared = ca.some((x) => cb.includes(x));
      if (pa && pb && !near && !shared) continue;
      make('annex-likely-duplicate', [a.entry.id, b.entry.id], {
        time: timeText(a.entry),
        places: [pa, pb],
        samePlace: pa === pb,
        placeSpelledDifferently: near,
        sameArea: a.areaId === b.areaId,
        similarity: Math.round(overlap * 100) / 100,
      });
      break;
    }
  }
  return out;
}

const readEnglishTime = (text: string) => parseAnnexTime(text, 'en');
const readChineseTime = (text: string) => parseAnnexTime(text, 'zh');

/** The entries of one month across the annex (the candidates for duplicates), with their areas. */
interface MonthGroup {
  members: AnnexEntry[];
  areas: string[];
  acronyms: ReadonlyMap<string, string[]>;
  derived: Derived;
}

/** Each month's entries, in document order of their first entry (a one-entry month has no duplicate). */
function monthGroups(annex: Annex, derived: Derived): Array<readonly [AnnexEntry, MonthGroup]> {
  const readTime = (text: string, lang: Language) => derived.text(lang === 'en' ? readEnglishTime : readChineseTime, text);
  const byMonth = new Map<string, MonthGroup>();
  for (const area of annex.areas) {
    for (const e of area.entries) {
      const key = monthKey(entryTime(e, readTime).time);
      if (!key) continue;
      const group = byMonth.get(key);
      if (group) {
        group.members.push(e);
        group.areas.push(area.id);
      } else byMonth.set(key, { members: [e], areas: [area.id], acronyms: derived.acronyms, derived });
    }
  }
  const out: Array<readonly [AnnexEntry, MonthGroup]> = [];
  for (const g of byMonth.values()) if (g.members.length > 1) out.push([g.members[0], g]);
  return out;
}

/** Likely duplicates among one month's entries. */
function monthDuplicates(_first: AnnexEntry, { members, areas, acronyms, derived }: MonthGroup): Finding[] {
  // Copies of a text share their tokens (remembered per text), and so one set of words: comparing
  // two copies is then a look at identity (overlapCoefficient), not a walk over their words.
  const sets = new Map<string[], Set<string>>();
  const group = members.map((entry, i): Prepared => {
    const tokens = derived.tokens.get(entry.text, acronyms);
    let words = sets.get(tokens);
    if (!words) sets.set(tokens, (words = new Set(tokens)));
    return { entry, areaId: areas[i], words };
  });
  return findDuplicates(group, (place) => derived.text(cities, place));
}

export const annexRule: RuleDefinition = {
  id: 'annex',
  family: 'annex',
  codes: ANNEX_CODES,
  steps: [
    eachPart(
      'annexArea',
      (area: PriorityArea, { start, end, text }) => checkArea(area, { start, end }, (t, lang) => text(lang === 'en' ? readEnglishTime : readChineseTime, t)),
      (input, derived) => ({ start: input.framework.annex.period.start, end: input.framework.annex.period.end, text: derived.text }),
    ),
    // Typing anywhere but the annex leaves it, and so its duplicates, as they were.
    eachOf(
      (input, derived) => monthGroups(input.framework.annex, derived),
      monthDuplicates,
      (input, derived) => [input.framework.annex.areas, derived.acronyms],
    ),
  ],
};
