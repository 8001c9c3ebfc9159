import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSchedule, ScheduleReadingSchema, yearsOutside } from '../../../shared/schedule/parseSchedule';
import type { OkReading, ScheduleReading, SchedulePart } from '../../../shared/schedule/scheduleReading';

const REFERENCE_PATH = fileURLToPath(new URL('../../fixtures/reference-2021-2025.txt', import.meta.url));

/** A full ok reading from the fields a case cares about; the rest take their "nothing special" values. */
function ok(fields: Pick<OkReading, 'kind' | 'parts' | 'years'> & Partial<OkReading>): OkReading {
  return { status: 'ok', annual: false, open: false, qualifiers: [], notes: [], problems: [], ...fields };
}
const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const range = (start: number, end: number | null): SchedulePart => ({ type: 'range', start, end });
const year = (y: number): SchedulePart => ({ type: 'year', year: y });
const launch = (y: number): SchedulePart => ({ type: 'launch', year: y });

/** Every schedule string of the published 2021-2025 edition, with its exact reading. */
const REFERENCE: Array<[string, ScheduleReading]> = [
  ['Annually', ok({ kind: 'annual', parts: [{ type: 'annual' }], years: [], annual: true })],
  ['2022, 2024', ok({ kind: 'years', parts: [year(2022), year(2024)], years: [2022, 2024] })],
  ['2021, 2023, 2025', ok({ kind: 'years', parts: [year(2021), year(2023), year(2025)], years: [2021, 2023, 2025] })],
  ['2021-2025', ok({ kind: 'range', parts: [range(2021, 2025)], years: span(2021, 2025) })],
  [
    '2020-2015, to be launched in 2020 (planned)',
    // Reversed: no years (which half is the typo is unknown); the launch agrees with the written start.
    ok({ kind: 'range', parts: [range(2020, 2015), launch(2020)], years: [], qualifiers: ['planned'], problems: ['range-reversed'] }),
  ],
  ['2020-2025, to be launched in 2020', ok({ kind: 'range', parts: [range(2020, 2025), launch(2020)], years: span(2020, 2025) })],
  [
    '2021-2025, to be launched in 2020',
    ok({ kind: 'range', parts: [range(2021, 2025), launch(2020)], years: span(2021, 2025), problems: ['launch-before-range'] }),
  ],
  ['2021-2023', ok({ kind: 'range', parts: [range(2021, 2023)], years: span(2021, 2023) })],
  ['2023-2025', ok({ kind: 'range', parts: [range(2023, 2025)], years: span(2023, 2025) })],
  [
    '2021-2022, to be launched in 2020',
    ok({ kind: 'range', parts: [range(2021, 2022), launch(2020)], years: [2021, 2022], problems: ['launch-before-range'] }),
  ],
];

describe('parseSchedule: the published 2021-2025 schedules', () => {
  it.each(REFERENCE)('%s', (text, expected) => {
    expect(parseSchedule(text)).toEqual(expected);
  });

  it('covers every schedule cell of the reference action plan', () => {
    const lines = readFileSync(REFERENCE_PATH, 'utf8').split(/\r?\n/);
    const header = lines.indexOf('Focus\tAction\tActivity\tSchedule');
    expect(header).toBeGreaterThan(0);
    const cells = new Set<string>();
    // The table runs until the "Note:" heading; blank lines inside it separate components.
    for (const line of lines.slice(header + 1)) {
      if (line.startsWith('Note')) break;
      if (line.includes('\t')) cells.add(line.split('\t').at(-1)!.trim());
    }
    expect([...cells].sort()).toEqual(REFERENCE.map(([t]) => t).sort());
  });

  it('judges years against a period only through yearsOutside', () => {
    const period = { start: 2021, end: 2025 };
    expect(yearsOutside(parseSchedule('2020-2025, to be launched in 2020'), period)).toEqual([2020]);
    expect(yearsOutside(parseSchedule('2021-2025, to be launched in 2020'), period)).toEqual([]);
    expect(yearsOutside(parseSchedule('2019, 2024-2027'), period)).toEqual([2019, 2026, 2027]);
    expect(yearsOutside(parseSchedule('Annually'), period)).toEqual([]);
    expect(yearsOutside(parseSchedule('from 2030'), period)).toEqual([2030]);
    expect(yearsOutside(parseSchedule('soon'), period)).toEqual([]);
    expect(yearsOutside(parseSchedule(''), period)).toEqual([]);
  });
});

describe('parseSchedule: liberal forms', () => {
  it.each([
    ['2021–2025', span(2021, 2025)],
    ['2021—2025', span(2021, 2025)],
    ['2021 − 2025', span(2021, 2025)],
    ['2021 to 2025', span(2021, 2025)],
    ['2021 through 2023', span(2021, 2023)],
    ['between 2021 and 2023', span(2021, 2023)],
    ['from 2022 to 2024', span(2022, 2024)],
    ['  2021\t-\u00a02023  ', span(2021, 2023)],
    ['2021-2025.', span(2021, 2025)],
  ])('range %j', (text, years) => {
    expect(parseSchedule(text)).toMatchObject({ status: 'ok', kind: 'range', years, problems: [] });
  });

  it.each(['2021 and 2023', '2021 & 2023', '2021; 2023', '2021 ,2023', '2021, and 2023', 'in 2021 and 2023'])('list %j', (text) => {
    expect(parseSchedule(text)).toEqual(ok({ kind: 'years', parts: [year(2021), year(2023)], years: [2021, 2023] }));
  });

  it.each(['annually', 'ANNUAL', 'Annual', 'every year', 'Every  Year', 'yearly', 'each year'])('annual %j', (text) => {
    expect(parseSchedule(text)).toEqual(ok({ kind: 'annual', parts: [{ type: 'annual' }], years: [], annual: true }));
  });

  it.each(['TBD', 'tbd', 'To be determined', 'TBC', 'to be confirmed'])('tbd %j', (text) => {
    expect(parseSchedule(text)).toEqual(ok({ kind: 'tbd', parts: [{ type: 'tbd' }], years: [] }));
  });

  it.each(['from 2021', '2021 onwards', '2021 onward', 'since 2021', '2021 and beyond', '2021 to present', '2021-ongoing'])('open %j', (text) => {
    expect(parseSchedule(text)).toEqual(ok({ kind: 'range', parts: [range(2021, null)], years: [2021], open: true }));
  });

  it('reads launches, qualifiers and notes', () => {
    expect(parseSchedule('launched in 2020')).toEqual(ok({ kind: 'launch', parts: [launch(2020)], years: [] }));
    expect(parseSchedule('2021 (tentative)')).toEqual(ok({ kind: 'years', parts: [year(2021)], years: [2021], qualifiers: ['tentative'] }));
    expect(parseSchedule('2021-2025 (to be launched in 2021)')).toEqual(
      ok({ kind: 'range', parts: [range(2021, 2025), launch(2021)], years: span(2021, 2025) }),
    );
    expect(parseSchedule('2021-2025 to be launched in 2021, planned')).toMatchObject({ problems: [], qualifiers: ['planned'] });
    expect(parseSchedule('2022 (subject to  funding) (planned)')).toEqual(
      ok({ kind: 'years', parts: [year(2022)], years: [2022], qualifiers: ['planned'], notes: ['subject to funding'] }),
    );
    expect(parseSchedule('Annually (2021-2025)')).toEqual(
      ok({ kind: 'mixed', parts: [{ type: 'annual' }, range(2021, 2025)], years: span(2021, 2025), annual: true }),
    );
  });
});

describe('parseSchedule: contradictions in the text', () => {
  it.each([
    ['2025-2021', ['range-reversed']],
    ['2021, 2021', ['duplicate-year']],
    ['2021-2023, 2023-2025', ['duplicate-year']],
    ['from 2021, 2024', ['duplicate-year']],
    ['2024, 2022', ['unordered-years']],
    ['2023-2025, 2021', ['unordered-years']],
    ['2020-2025, to be launched in 2020', []],
    ['2022, 2024, launched in 2022', []],
    ['2021-2025, to be launched in 2020', ['launch-before-range']],
    ['2021-2025, launched in 2023', ['launch-after-start']],
    ['2021-2025, launched in 2025', ['launch-after-start']],
    ['2021-2023, launched in 2024', ['launch-after-range']],
    ['from 2021, launched in 2030', ['launch-after-start']],
    ['2021-2025, launched in 2021, launched in 2022', ['launch-conflict', 'launch-after-start']],
    ['Annually, to be launched in 2020', []],
    ['TBD, launched in 2030', []],
  ] as const)('%j', (text, problems) => {
    expect(parseSchedule(text)).toMatchObject({ status: 'ok', problems: [...problems].sort(byEnumOrder) });
  });
});
const ORDER = ['range-reversed', 'duplicate-year', 'unordered-years', 'launch-before-range', 'launch-after-start', 'launch-after-range', 'launch-conflict'];
const byEnumOrder = (a: string, b: string) => ORDER.indexOf(a) - ORDER.indexOf(b);

describe('parseSchedule: unreadable and empty text', () => {
  it.each(['', '   ', '\n\t'])('empty %j', (text) => {
    expect(parseSchedule(text)).toEqual({ status: 'empty' });
  });

  it.each([
    ['soon', 'unrecognised', 0, 'soon'],
    ['Q3', 'unrecognised', 0, 'Q3'],
    ['2021 Q3', 'unrecognised', 5, 'Q3'],
    ['2021-', 'range-missing-end', 4, '-'],
    ['between 2021', 'range-missing-end', 0, 'between 2021'], // found by the property test below
    ['2021 to, 2023', 'range-missing-end', 5, 'to, 2023'],
    ['2021--2023', 'range-malformed', 4, '--2023'],
    ['-2021', 'range-missing-start', 0, '-2021'],
    ['21', 'year-not-four-digits', 0, '21'],
    ['20221', 'year-not-four-digits', 0, '20221'],
    ['2021-22', 'year-not-four-digits', 5, '22'],
    ['1821', 'year-out-of-bounds', 0, '1821'],
    ['2021, 2201', 'year-out-of-bounds', 6, '2201'],
    ['2021 2023', 'missing-separator', 5, '2023'],
    ['2021 (planned', 'unclosed-parenthesis', 5, '(planned'],
    ['(planned)', 'no-schedule', 0, '(planned)'],
    [' , ', 'no-schedule', 1, ','],
    ['launched soon', 'unrecognised', 0, 'launched soon'],
  ] as const)('%j', (text, reason, at, remainder) => {
    expect(parseSchedule(text)).toEqual({ status: 'unreadable', reason, at, remainder });
  });
});

describe('parseSchedule: Chinese', () => {
  it('reads the published forms', () => {
    expect(parseSchedule('每年', 'zh')).toEqual(ok({ kind: 'annual', parts: [{ type: 'annual' }], years: [], annual: true }));
    expect(parseSchedule('2021-2025年，2020年启动（计划）', 'zh')).toEqual(
      ok({ kind: 'range', parts: [range(2021, 2025), launch(2020)], years: span(2021, 2025), qualifiers: ['planned'], problems: ['launch-before-range'] }),
    );
    expect(parseSchedule('2022年、2024年', 'zh')).toEqual(ok({ kind: 'years', parts: [year(2022), year(2024)], years: [2022, 2024] }));
  });

  it.each([
    ['2021年至2025年', { kind: 'range', years: span(2021, 2025) }],
    ['２０２１－２０２３年', { kind: 'range', years: span(2021, 2023) }],
    ['2021年起', { kind: 'range', years: [2021], open: true }],
    ['自2021年起', { kind: 'range', years: [2021], open: true }],
    ['2021年至今', { kind: 'range', years: [2021], open: true }],
    ['于2020年启动', { kind: 'launch', years: [] }],
    ['待定', { kind: 'tbd', years: [] }],
    ['2021年（暂定）', { kind: 'years', years: [2021], qualifiers: ['tentative'] }],
  ])('%s', (text, fields) => {
    expect(parseSchedule(text, 'zh')).toMatchObject({ status: 'ok', ...fields });
  });

  it("reads each language's words only in that language", () => {
    expect(parseSchedule('每年')).toMatchObject({ status: 'unreadable', reason: 'unrecognised' });
    expect(parseSchedule('Annually', 'zh')).toMatchObject({ status: 'unreadable', reason: 'unrecognised' });
    // Full-width punctuation from a Chinese input method is fine in English text.
    expect(parseSchedule('2021，2023')).toMatchObject({ status: 'ok', years: [2021, 2023] });
  });
});

describe('parseSchedule: properties', () => {
  const yearArb = fc.integer({ min: 1900, max: 2200 });
  const dashArb = fc.constantFrom('-', '–', '—', ' - ', ' to ', '‑', '−');

  it('reads a range a..b as exactly the years a..b', () => {
    fc.assert(
      fc.property(yearArb, yearArb, dashArb, (x, y, dash) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(parseSchedule(`${a}${dash}${b}`)).toEqual(ok({ kind: 'range', parts: [range(a, b)], years: span(a, b) }));
      }),
    );
  });

  it('flags a reversed range and covers nothing', () => {
    fc.assert(
      fc.property(yearArb, yearArb, (x, y) => {
        fc.pre(x !== y);
        const [a, b] = x > y ? [x, y] : [y, x];
        expect(parseSchedule(`${a}-${b}`)).toMatchObject({ years: [], problems: ['range-reversed'] });
      }),
    );
  });

  it('reads a list of years as those years, flagging order and repeats', () => {
    const sepArb = fc.constantFrom(', ', ',', '; ', ' and ', ' & ', '，', '、');
    fc.assert(
      fc.property(fc.array(yearArb, { minLength: 1, maxLength: 8 }), sepArb, (list, sep) => {
        const reading = parseSchedule(list.join(sep));
        const sorted = [...new Set(list)].sort((a, b) => a - b);
        expect(reading).toMatchObject({ status: 'ok', kind: 'years', years: sorted });
        const problems = (reading as OkReading).problems;
        expect(problems.includes('duplicate-year')).toBe(sorted.length !== list.length);
        expect(problems.includes('unordered-years')).toBe(list.some((y, i) => i > 0 && y < list[i - 1]));
      }),
    );
  });

  // Strings built from the parser's own vocabulary reach far deeper than random characters.
  const tokenArb = fc.constantFrom(
    '2021', '2025', '1821', '20221', '21', '-', '–', '--', ' ', ',', '，', '、', ';', '&', ' and ', ' to ', 'to be ',
    'launched in ', '(', ')', '（', '）', 'planned', 'tentative', 'annually', 'TBD', 'from ', ' onwards', 'between ',
    '年', '每年', '启动', '至', '起', '自', '计划', '.', '。', '２０２２', 'soon', '\t', '\u00a0',
  );
  const textArb = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(tokenArb, { maxLength: 12 }).map((t) => t.join('')));

  it('never throws, always gives a valid reading with sorted, unique years', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('en' as const, 'zh' as const), (text, lang) => {
        const reading = parseSchedule(text, lang);
        expect(ScheduleReadingSchema.safeParse(reading).success).toBe(true);
        if (reading.status === 'ok') {
          expect(reading.years).toEqual([...new Set(reading.years)].sort((a, b) => a - b));
        }
        if (reading.status === 'unreadable') {
          expect(text.slice(reading.at).trim()).toBe(reading.remainder);
          expect(reading.remainder).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
