import { z } from 'zod';

/**
 * What a schedule text means, structurally: the reading `parseSchedule` derives from an
 * activity's schedule ("2021-2025, to be launched in 2020 (planned)"). Readings are never
 * stored (the published text is the source of truth); they carry codes, not prose, so the UI
 * can word them in either language.
 */

/**
 * Bounds for a year in a schedule. The same as the framework's `PeriodSchema`, so every year a
 * reading holds can be compared with a period without a second range check.
 */
export const SCHEDULE_YEAR_MIN = 1900;
export const SCHEDULE_YEAR_MAX = 2200;

const YearSchema = z.number().int().min(SCHEDULE_YEAR_MIN).max(SCHEDULE_YEAR_MAX);

/**
 * One thing the schedule says, in the order written.
 * - `year`: "2022"
 * - `range`: "2021-2025"; `end: null` is an open range ("from 2021", "2021 onwards"). A range
 *   whose end is before its start is kept as written (see problem `range-reversed`).
 * - `annual`: "Annually", "every year", "每年"
 * - `tbd`: "TBD", "to be determined", "待定"
 * - `launch`: "to be launched in 2020", "2020年启动" — when the activity starts, not a year
 *   it runs in, so it adds nothing to `years`.
 */
export const SchedulePartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('year'), year: YearSchema }),
  z.object({ type: z.literal('range'), start: YearSchema, end: YearSchema.nullable() }),
  z.object({ type: z.literal('annual') }),
  z.object({ type: z.literal('tbd') }),
  z.object({ type: z.literal('launch'), year: YearSchema }),
]);
export type SchedulePart = z.infer<typeof SchedulePartSchema>;

/**
 * The shape of the schedule, judged on its parts other than `launch` (a launch qualifies a
 * schedule rather than changing its shape): only annual → `annual`; only TBD → `tbd`; only
 * single years → `years`; one range → `range`; nothing but a launch → `launch`; anything else
 * (two ranges, a range and a year, "Annually 2021-2025"…) → `mixed`.
 */
export const ScheduleKindSchema = z.enum(['annual', 'years', 'range', 'mixed', 'tbd', 'launch']);
export type ScheduleKind = z.infer<typeof ScheduleKindSchema>;

/** Recognised qualifiers: "(planned)", "（计划）" → `planned`; "(tentative)", "(provisional)", "（暂定）" → `tentative`. */
export const ScheduleQualifierSchema = z.enum(['planned', 'tentative']);
export type ScheduleQualifier = z.infer<typeof ScheduleQualifierSchema>;

/**
 * Contradictions the text itself shows (never a check against the plan period: see
 * {@link yearsOutside}). The launch codes compare a launch year L with the span of the
 * concrete parts, first = the earliest start written, last = the latest end (open → no end;
 * a reversed range counts as its written start only, since its end is the doubtful half):
 * - `launch-before-range`: L < first ("2021-2025, to be launched in 2020": running from 2021
 *   yet launched in 2020, so 2020 is missing from the span; the same edition writes the
 *   consistent "2020-2025, to be launched in 2020").
 * - `launch-after-start`: first < L ≤ last (the span says it runs before it is launched).
 * - `launch-after-range`: L > last (launched after it has finished).
 * - `launch-conflict`: two different launch years.
 * Only L = first is consistent. Annual/TBD/launch-only schedules have no span: no launch check.
 * - `duplicate-year`: a year covered by two parts ("2021, 2021", "2021-2023, 2022").
 * - `unordered-years`: a part starts before the part written before it ("2024, 2022").
 */
export const ScheduleProblemSchema = z.enum([
  'range-reversed',
  'duplicate-year',
  'unordered-years',
  'launch-before-range',
  'launch-after-start',
  'launch-after-range',
  'launch-conflict',
]);
export type ScheduleProblem = z.infer<typeof ScheduleProblemSchema>;

/**
 * Why a text could not be read; `at`/`remainder` point at where reading stopped.
 * - `unrecognised`: words or signs the parser does not know ("soon", "Q3")
 * - `year-not-four-digits`: "21", "20221", "2021-22"
 * - `year-out-of-bounds`: a four-digit year outside 1900–2200 ("1821")
 * - `range-missing-start` / `range-missing-end`: "-2025", "2021-"
 * - `range-malformed`: a dash followed by something that is not a year ("2021--2023")
 * - `missing-separator`: two years side by side ("2021 2023": a list or a range?)
 * - `unclosed-parenthesis`: "2021 (planned"
 * - `no-schedule`: only qualifiers, notes or separators ("(planned)")
 */
export const UnreadableReasonSchema = z.enum([
  'unrecognised',
  'year-not-four-digits',
  'year-out-of-bounds',
  'range-missing-start',
  'range-missing-end',
  'range-malformed',
  'missing-separator',
  'unclosed-parenthesis',
  'no-schedule',
]);
export type UnreadableReason = z.infer<typeof UnreadableReasonSchema>;

const isSortedUnique = (years: number[]) => years.every((y, i) => i === 0 || years[i - 1] < y);

/** A reading of text that says something: its parts in written order and what follows from them. */
export const OkReadingSchema = z.object({
  status: z.literal('ok'),
  kind: ScheduleKindSchema,
  parts: z.array(SchedulePartSchema).min(1),
  /** Concrete years covered, ascending, no repeats. A closed range gives all its years; an open range its start. */
  years: z.array(YearSchema).refine(isSortedUnique, { message: 'years must be ascending and unique' }),
  /** True when any part is annual: the schedule covers every year of whatever period applies. */
  annual: z.boolean(),
  /** True when a range has no end ("from 2021"). */
  open: z.boolean(),
  qualifiers: z.array(ScheduleQualifierSchema),
  /** Parenthesised notes that are neither a qualifier nor schedule text, as written (spaces collapsed). */
  notes: z.array(z.string()),
  problems: z.array(ScheduleProblemSchema),
});
export const UnreadableReadingSchema = z.object({
  status: z.literal('unreadable'),
  reason: UnreadableReasonSchema,
  /** Index in the original text where reading stopped. */
  at: z.number().int().min(0),
  /** The original text from `at` on, trimmed: what the UI highlights. */
  remainder: z.string(),
});
export const EmptyReadingSchema = z.object({ status: z.literal('empty') });

/** The reading of one schedule text. */
export const ScheduleReadingSchema = z.discriminatedUnion('status', [OkReadingSchema, UnreadableReadingSchema, EmptyReadingSchema]);
export type ScheduleReading = z.infer<typeof ScheduleReadingSchema>;
export type OkReading = z.infer<typeof OkReadingSchema>;
export type UnreadableReading = z.infer<typeof UnreadableReadingSchema>;

function kindOf(parts: SchedulePart[]): ScheduleKind {
  const main = parts.filter((p) => p.type !== 'launch');
  if (main.length === 0) return 'launch';
  const all = (type: SchedulePart['type']) => main.every((p) => p.type === type);
  if (all('annual')) return 'annual';
  if (all('tbd')) return 'tbd';
  if (all('year')) return 'years';
  if (main.length === 1 && main[0].type === 'range') return 'range';
  return 'mixed';
}

/**
 * Builds a complete reading from parts in written order: derives `kind`, `years`, `annual`,
 * `open` and `problems`. Exported so that anything producing parts (the parser, a future
 * structured schedule editor) derives them the same way.
 */
export function readingFromParts(parts: SchedulePart[], qualifiers: ScheduleQualifier[] = [], notes: string[] = []): OkReading {
  const problems = new Set<ScheduleProblem>();
  const years = new Set<number>();
  // Covered intervals, for overlaps; reversed ranges cover nothing (which half is wrong is unknown).
  const covered: Array<[number, number]> = [];
  let first = Infinity;
  let last = -Infinity;
  let previousStart: number | null = null;
  for (const part of parts) {
    if (part.type !== 'year' && part.type !== 'range') continue;
    const start = part.type === 'year' ? part.year : part.start;
    const end = part.type === 'year' ? part.year : part.end === null ? Infinity : part.end;
    if (previousStart !== null && start < previousStart) problems.add('unordered-years');
    previousStart = start;
    first = Math.min(first, start);
    if (end < start) {
      problems.add('range-reversed');
      last = Math.max(last, start);
      continue;
    }
    last = Math.max(last, end);
    if (covered.some(([lo, hi]) => start <= hi && lo <= end)) problems.add('duplicate-year');
    covered.push([start, end]);
    // An open range contributes only its start: the years after it are not stated.
    const stop = end === Infinity ? start : end;
    for (let y = start; y <= stop; y++) years.add(y);
  }
  const launches = [...new Set(parts.flatMap((p) => (p.type === 'launch' ? [p.year] : [])))];
  if (launches.length > 1) problems.add('launch-conflict');
  if (first !== Infinity) {
    for (const launch of launches) {
      if (launch < first) problems.add('launch-before-range');
      else if (launch > last) problems.add('launch-after-range');
      else if (launch > first) problems.add('launch-after-start');
    }
  }
  return {
    status: 'ok',
    kind: kindOf(parts),
    parts,
    years: [...years].sort((a, b) => a - b),
    annual: parts.some((p) => p.type === 'annual'),
    open: parts.some((p) => p.type === 'range' && p.end === null),
    qualifiers: ScheduleQualifierSchema.options.filter((q) => qualifiers.includes(q)),
    notes,
    problems: ScheduleProblemSchema.options.filter((p) => problems.has(p)),
  };
}

/**
 * The concrete years of a reading that fall outside `period`, ascending. Unreadable and empty
 * readings, annual/TBD schedules and launch years give none (a launch before the plan period is
 * ordinary: activities carried over from the previous plan). An open range is judged by its start.
 */
export function yearsOutside(reading: ScheduleReading, period: { start: number; end: number }): number[] {
  if (reading.status !== 'ok') return [];
  return reading.years.filter((y) => y < period.start || y > period.end);
}
