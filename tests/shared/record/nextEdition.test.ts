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
    expect(annex.areas.flatMap((a) => a.entries)).toHaveLength(10);
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
    expect(en).toContain('During 2021-2025, 10 activities were recorded under the Framework, with 1,645 participants in all');
    expect(en).toContain('Under Component 2 (Sustainable cities and marine plastic reduction), 3 activities were held');
    expect(en).toContain('2 forums were held: “ASEAN-China Environmental Cooperation Forum 2021”; “ASEAN-China Environmental Cooperation Forum 2022”.');
    expect(zh).toContain('2021-2025期间，框架下共记录10项活动');
    expect(zh).toContain('在组成部分2（');
  });

  it('starts a fresh annex and keeps section 2.2\'s carried-over text when the record is empty', () => {
    const plain = deriveNewEdition(previous, { period: { start: 2026, end: 2030 } });
    // The older annex stays with the older edition; the new one is for the period just implemented.
    expect(plain.framework.annex.areas).toEqual([]);
    expect(plain.framework.annex.period).toEqual({ start: 2021, end: 2025 });
    expect(findSection22(plain.framework)?.blocks).toEqual(findSection22(previous.framework)?.blocks);
  });
});
