import { LANGUAGES, type Language } from '../../model/bilingual';
import type { Activity, Period, PlanComponent } from '../../model/framework';
import { parseSchedule, yearsOutside } from '../../schedule/parseSchedule';
import type { ScheduleProblem, ScheduleReading } from '../../schedule/scheduleReading';
import { finding, type Finding, type Severity } from '../finding';
import { eachPart, type RuleDefinition } from '../rule';

/** Schedules: unreadable text, reversed ranges, years outside the plan period, launch years that contradict the range, no schedule. */
export const SCHEDULE_CODES = {
  'schedule-empty': 'error',
  'schedule-unreadable': 'warning',
  'schedule-reversed': 'error',
  'schedule-outside-period': 'warning',
  'schedule-launch-before-range': 'warning',
  'schedule-launch-after-start': 'warning',
  'schedule-launch-after-range': 'warning',
  'schedule-launch-conflict': 'warning',
  'schedule-duplicate-year': 'info',
  'schedule-unordered-years': 'info',
} as const satisfies Record<string, Severity>;
type ScheduleCode = keyof typeof SCHEDULE_CODES;

const PROBLEM_CODES: Record<ScheduleProblem, ScheduleCode> = {
  'range-reversed': 'schedule-reversed',
  'launch-before-range': 'schedule-launch-before-range',
  'launch-after-start': 'schedule-launch-after-start',
  'launch-after-range': 'schedule-launch-after-range',
  'launch-conflict': 'schedule-launch-conflict',
  'duplicate-year': 'schedule-duplicate-year',
  'unordered-years': 'schedule-unordered-years',
};

const make = (code: ScheduleCode, id: string, lang: Language | undefined, data: Finding['data']): Finding =>
  finding({ code, severity: SCHEDULE_CODES[code], family: 'schedules', elementIds: [id], field: 'schedule', lang, data });

/**
 * Adds `f` unless it is a Chinese finding repeating an English one (same code): the activity is
 * already flagged. `english` holds the codes of the English findings added so far.
 */
function pushFinding(out: Finding[], english: string[], f: Finding): void {
  if (f.lang === 'en') english.push(f.code);
  else if (english.includes(f.code)) return;
  out.push(f);
}

/**
 * The schedule findings of one activity, judged against the plan period. Called for every
 * activity on a full check: no closures, and the years a problem needs are gathered only when
 * the reading has a problem (most have none).
 */
export function checkActivitySchedule(activity: Activity, period: Period, read: (text: string, lang: Language) => ScheduleReading = parseSchedule): Finding[] {
  const st = activity.schedule.text;
  const out: Finding[] = [];
  const english: string[] = [];
  let written = false;
  for (const lang of LANGUAGES) {
    const text = st[lang].text;
    if (text.trim() === '') continue;
    written = true;
    const reading = read(text, lang);
    if (reading.status === 'unreadable') {
      pushFinding(out, english, make('schedule-unreadable', activity.id, lang, { text, reason: reading.reason, remainder: reading.remainder }));
      continue;
    }
    if (reading.status !== 'ok') continue;
    let launches: number[] | null = null;
    let first: number | null = null;
    for (const problem of reading.problems) {
      const code = PROBLEM_CODES[problem];
      const data: Finding['data'] = { text };
      if (problem === 'range-reversed') {
        const r = reading.parts.find((p) => p.type === 'range' && p.end !== null && p.end < p.start);
        if (r?.type === 'range') Object.assign(data, { start: r.start, end: r.end ?? r.start });
      } else if (problem.startsWith('launch')) {
        if (launches === null) {
          // Gathered once per reading: the launch problems of one text share the list, as before.
          launches = [];
          for (const p of reading.parts) {
            const year = p.type === 'year' ? p.year : p.type === 'range' ? p.start : null;
            if (year !== null && (first === null || year < first)) first = year;
            if (p.type === 'launch') launches.push(p.year);
          }
        }
        data.launch = launches;
        if (first !== null) data.first = first;
      }
      pushFinding(out, english, make(code, activity.id, lang, data));
    }
    const outside = yearsOutside(reading, period);
    if (outside.length) pushFinding(out, english, make('schedule-outside-period', activity.id, lang, { text, years: outside, start: period.start, end: period.end }));
  }
  if (!written) return [make('schedule-empty', activity.id, undefined, {})];
  return out;
}

const readEnglish = (text: string) => parseSchedule(text, 'en');
const readChinese = (text: string) => parseSchedule(text, 'zh');

export const schedulesRule: RuleDefinition = {
  id: 'schedules',
  family: 'schedules',
  codes: SCHEDULE_CODES,
  steps: [
    eachPart(
      'planComponent',
      (pc: PlanComponent, { start, end, text }) => {
        const out: Finding[] = [];
        // Schedules repeat ("2021-2025", "Annually"): each written schedule is read once per language.
        const read = (t: string, lang: Language) => text(lang === 'en' ? readEnglish : readChinese, t);
        for (const a of pc.actions) for (const x of a.activities) for (const f of checkActivitySchedule(x, { start, end }, read)) out.push(f);
        return out;
      },
      (input, derived) => ({ start: input.framework.metadata.period.start, end: input.framework.metadata.period.end, text: derived.text }),
    ),
  ],
};
