import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { deriveNewEdition } from '../../../shared/versions/newEdition';
import { emptyRecord } from '../../../shared/record/model';
import { readEventRows } from '../../../shared/record/rows';
import { findSection22 } from '../../../shared/record/nextEdition';
import { builtinProject } from '../review/builtin';

const previous = builtinProject();
const rows = Papa.parse<string[]>(readFileSync(new URL('../../fixtures/record/events-2021-2025.csv', import.meta.url), 'utf8'), { skipEmptyLines: true }).data;
const record = { ...emptyRecord(), events: readEventRows(previous.framework, rows, { reporter: 'sheet', country: null }).events };

describe('a new edition from an edition with a record', () => {
  const next = deriveNewEdition({ ...previous, record }, { period: { start: 2026, end: 2030 } });

  it('carries every event as its annex: by component, chronological, both languages, as published', () => {
    const annex = next.framework.annex;
    expect(annex.period).toEqual({ start: 2021, end: 2025 });
    expect(annex.areas.map((a) => a.heading.en.text)).toEqual([
      'Component 1: Environmental policy dialogue and exchange',
      'Component 2: Sustainable cities and marine plastic reduction',
      'Component 3: Climate change and air quality improvement',
      'Component 4: Biodiversity conservation and ecosystem management',
    ]);
    // Ten events were read; the 2026-01 follow-up meeting is after 2021-2025 and is not in its annex.
    expect(annex.areas.flatMap((a) => a.entries)).toHaveLength(9);
    expect(annex.areas.flatMap((a) => a.entries).map((e) => e.text.en.text)).not.toContain('Post-period follow-up meeting');
    expect(annex.areas[3].entries.map((e) => e.time.en.text)).toEqual(['October 2024', 'February 2025']);
    const c1 = annex.areas[0].entries;
    expect(c1.map((e) => [e.time.en.text, e.place.en.text, e.text.en.text])).toEqual([
      ['September 2021', 'Nanning (Guangxi), China', 'ASEAN-China Environmental Cooperation Forum 2021'],
      ['November 2021', 'Phnom Penh, Cambodia', 'Seminar on Marine Plastics and Microplastics'],
      ['September 2022', 'Online', 'ASEAN-China Environmental Cooperation Forum 2022'],
    ]);
    expect(c1[0].time.zh.text).toBe('2021年9月');
    expect(c1[0].text.zh.text).toBe('2021中国－东盟环境合作论坛');
    expect(c1.every((e) => e.label === null && e.text.en.status === 'draft')).toBe(true);
  });

  it('drafts section 2.2 from the figures, in both languages', () => {
    const s22 = findSection22(next.framework)!;
    const en = s22.blocks.map((b) => (b.type === 'paragraph' ? b.text.en.text : '')).join('\n');
    const zh = s22.blocks.map((b) => (b.type === 'paragraph' ? b.text.zh.text : '')).join('\n');
    expect(en).toContain('During 2021-2025, 9 activities were recorded under the Framework, with 1,625 participants in all');
    expect(en).toContain('Under Component 4 (Biodiversity conservation and ecosystem management), 2 activities were held');
    expect(en).not.toContain('Post-period');
    expect(en).not.toContain('Viet Nam');
    expect(en).toContain('Under Component 2 (Sustainable cities and marine plastic reduction), 3 activities were held');
    expect(en).toContain('2 forums were held: “ASEAN-China Environmental Cooperation Forum 2021”; “ASEAN-China Environmental Cooperation Forum 2022”.');
    expect(zh).toContain('2021-2025期间，框架下共记录9项活动');
    expect(zh).not.toContain('期后后续会议');
    expect(zh).toContain('在组成部分2（');
  });

  it('keeps an event that shares a day with the period, and funding only of what it keeps', () => {
    const base = record.events.find((e) => e.title.en.text === 'Post-period follow-up meeting')!;
    const straddling = { ...base, id: 'ev-straddle', date: '2025-12-30..2026-01-02', title: { en: { text: 'Year-end review meeting', status: 'draft' as const }, zh: { text: '年终回顾会议', status: 'draft' as const } } };
    const fund = (id: string, eventId: string | null, activityId: string | null, year: number | null, amount: number) => ({
      id, eventId, activityId, source: 'cooperation-fund' as const, contributor: '', amount, currency: 'USD', inKind: false, year, note: '', reporter: 'CAEC', deleted: false, rev: 1, updatedAt: '2026-01-05T00:00:00.000Z',
    });
    const activityId = straddling.activityIds[0];
    const withMore = {
      ...record,
      events: [...record.events, straddling],
      funding: [fund('f-in', 'ev-straddle', null, 2025, 1000), fund('f-after', base.id, null, 2026, 500), fund('f-act-2026', null, activityId, 2026, 70), fund('f-act-2024', null, activityId, 2024, 30)],
    };
    const ed = deriveNewEdition({ ...previous, record: withMore }, { period: { start: 2026, end: 2030 } });
    const titles = ed.framework.annex.areas.flatMap((a) => a.entries).map((e) => e.text.en.text);
    expect(titles).toContain('Year-end review meeting');
    expect(titles).not.toContain('Post-period follow-up meeting');
    const en = findSection22(ed.framework)!.blocks.map((b) => (b.type === 'paragraph' ? b.text.en.text : '')).join('\n');
    expect(en).toContain('During 2021-2025, 10 activities were recorded');
    // 1,000 for the meeting held partly in 2025 and 30 for the activity in 2024; not the 2026 amounts.
    expect(en).toContain('Funding of USD 1,030 was recorded');
  });

  it('starts a fresh annex and keeps section 2.2\'s carried-over text when the record is empty', () => {
    const plain = deriveNewEdition(previous, { period: { start: 2026, end: 2030 } });
    // The older annex stays with the older edition; the new one is for the period just implemented.
    expect(plain.framework.annex.areas).toEqual([]);
    expect(plain.framework.annex.period).toEqual({ start: 2021, end: 2025 });
    expect(findSection22(plain.framework)?.blocks).toEqual(findSection22(previous.framework)?.blocks);
  });
});
