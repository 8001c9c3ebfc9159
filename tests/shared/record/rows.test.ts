import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readEventRows, eventToRow, EVENT_COLUMNS } from '../../../shared/record/rows';
import { readPlace, printPlace } from '../../../shared/record/place';
import { readEventDate, printEventDate, compareEventDates, annexTime } from '../../../shared/record/eventDate';
import { builtinProject } from '../review/builtin';

const csv = readFileSync(new URL('../../fixtures/record/events-2021-2025.csv', import.meta.url), 'utf8');
const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
const fw = builtinProject().framework;

describe('event dates', () => {
  it('reads a day, a month and a range, and says why others fail', () => {
    expect(readEventDate('2021-09-09')).toMatchObject({ ok: true, span: { precision: 'day' } });
    expect(readEventDate('2022-09')).toMatchObject({ ok: true, span: { start: '2022-09-01', end: '2022-09-30' } });
    expect(readEventDate('2021-09-09 .. 2021-09-10')).toMatchObject({ ok: true, date: '2021-09-09..2021-09-10' });
    expect(readEventDate('2023-13')).toEqual({ ok: false, problem: 'no-such-day' });
    expect(readEventDate('2023-02-29')).toEqual({ ok: false, problem: 'no-such-day' });
    expect(readEventDate('2021-09-10..2021-09-09')).toEqual({ ok: false, problem: 'reversed' });
    expect(readEventDate('Sept 2021')).toEqual({ ok: false, problem: 'format' });
  });
  it('prints as the annex does and orders chronologically', () => {
    expect(printEventDate('2021-09-09..2021-09-10', 'en')).toBe('9-10 September 2021');
    expect(printEventDate('2021-09-09..2021-09-10', 'zh')).toBe('2021年9月9-10日');
    expect(annexTime('2022-09', 'en')).toBe('September 2022');
    expect(['2022-09', '2022-09-01', '2021-12'].sort(compareEventDates)).toEqual(['2021-12', '2022-09-01', '2022-09']);
  });
});

describe('places', () => {
  it('reads cities, countries, parentheses and online', () => {
    expect(readPlace('Nanning (Guangxi), China')).toEqual({ city: 'Nanning (Guangxi)', country: 'China', countryCode: 'CN', online: false });
    expect(readPlace('Phnom Penh (Cambodia)')).toEqual({ city: 'Phnom Penh', country: 'Cambodia', countryCode: 'KH', online: false });
    expect(readPlace('Singapore')).toEqual({ city: '', country: 'Singapore', countryCode: 'SG', online: false });
    expect(readPlace('Bangkok, Thailand (hybrid)')).toMatchObject({ city: 'Bangkok (hybrid)', countryCode: 'TH' });
    expect(readPlace('Online (Zoom)').online).toBe(true);
    expect(printPlace(readPlace('Vientiane, Lao PDR'), 'zh')).toBe('老挝Vientiane');
  });
});

describe('reading the progress columns', () => {
  const result = readEventRows(fw, rows, { reporter: 'events.csv', country: null });

  it('imports every readable row and refuses the others with line and reason', () => {
    expect(result.refused).toEqual([
      { line: 12, problem: 'date-no-such-day', value: '2023-13' },
      { line: 13, problem: 'activity-unknown', value: 'Activity 9-9' },
      { line: 14, problem: 'date-no-such-day', value: '2023-06-31' },
    ]);
    expect(result.events).toHaveLength(10);
    expect(result.repeated).toEqual([{ line: 15, sameAs: 2 }]);
  });

  it('links labels as printed (with or without the space), keeps "none" unlinked, reads thousands', () => {
    const byTitle = new Map(result.events.map((e) => [e.title.en.text, e]));
    const forum = byTitle.get('ASEAN-China Environmental Cooperation Forum 2021')!;
    expect(forum.activityIds).toHaveLength(2); // the repeated row added Activity 1-4
    expect(byTitle.get('Youth Leadership Plan on Climate Change: dialogue')!.activityIds).toEqual(['ap-c3-a1-x3']);
    const alumni = byTitle.get('Green Envoys Program Alumni Meeting')!;
    expect(alumni.activityIds).toEqual([]);
    expect(alumni.componentId).not.toBeNull();
    expect(byTitle.get('ASEAN-China Environmental Cooperation Forum 2022')!.participants).toBe(1050);
    expect(forum.reportedBy).toEqual(['CAEC']);
  });

  it('gives the same ids for the same rows (re-importing adds nothing) and writes rows back', () => {
    const again = readEventRows(fw, rows, { reporter: 'other.csv', country: null });
    expect(again.events.map((e) => e.id)).toEqual(result.events.map((e) => e.id));
    const back = [EVENT_COLUMNS as unknown as string[], ...result.events.map((e) => eventToRow(fw, e))];
    const reread = readEventRows(fw, back, { reporter: 'x', country: null });
    expect(reread.refused).toEqual([]);
    expect(reread.events.map((e) => [e.id, e.activityIds[0] ?? null])).toEqual(result.events.map((e) => [e.id, e.activityIds[0] ?? null]));
  });

  it('refuses a header without the required columns, naming them', () => {
    expect(() => readEventRows(fw, [['date', 'place', 'title']], { reporter: 'x', country: null })).toThrow(expect.objectContaining({ code: 'missing-columns' }));
  });
});
