import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../shared/checks/registry';
import { cloneJson } from '../../../shared/model/clone';
import { listElements } from '../../../shared/model/elements';
import { ProjectSchema } from '../../../shared/model/project';
import { compareFrameworks } from '../../../shared/versions/compare';
import { deriveNewEdition, replaceYearRange } from '../../../shared/versions/newEdition';

const text = readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8');
const builtin = () => ProjectSchema.parse(JSON.parse(text));
const P2021 = { start: 2021, end: 2025 };
const P2026 = { start: 2026, end: 2030 };

describe('deriveNewEdition', () => {
  it('does not change the previous project object', () => {
    const previous = builtin();
    const copy = cloneJson(previous);
    deriveNewEdition(previous, { period: P2026 });
    expect(previous).toEqual(copy);
  });

  it('replaces year ranges with any separator, and leaves other years alone', () => {
    expect(replaceYearRange('Plan 2021-2025 and (2021–2025), 框架2021－2025；2021至2025', P2021, P2026)).toBe('Plan 2026-2030 and (2026–2030), 框架2026－2030；2026至2030');
    expect(replaceYearRange('12021-20255 and 2016-2020 and 2021', P2021, P2026)).toBe('12021-20255 and 2016-2020 and 2021');
  });

  it('marks shifted titles as drafts to confirm, and keeps every element id', () => {
    const previous = builtin();
    const next = deriveNewEdition(previous, { period: P2026 });
    expect(next.framework.metadata.title.en).toEqual({ text: previous.framework.metadata.title.en.text.replace('2021-2025', '2026-2030'), status: 'draft' });
    const r = compareFrameworks(previous.framework, next.framework);
    // Everything but the old annex's rows (which stay with the old edition) is still there, by id.
    const oldAnnex = previous.framework.annex.areas.reduce((n, a) => n + 1 + a.entries.length, 0);
    // (a removed priority area counts once, with its rows)
    expect(r.counts).toMatchObject({ added: 0, removed: previous.framework.annex.areas.length, moved: 0 });
    expect(r.matched).toBe(listElements(previous.framework).length - oldAnnex);
  });

  it('the checker lists every carried-over activity until its mark is cleared', () => {
    const next = deriveNewEdition(builtin(), { period: P2026 });
    const carried = checkFramework(next.framework).filter((f) => f.code === 'activity-carried-over');
    expect(carried).toHaveLength(21);
    expect(carried[0]).toMatchObject({ severity: 'warning', field: 'text', data: { edition: '2026-2030' } });
    next.framework.actionPlan.components[0].actions[0].activities[0].carriedOver = false;
    expect(checkFramework(next.framework).filter((f) => f.code === 'activity-carried-over')).toHaveLength(20);
    // And the schedules still tied to the old period are listed by the schedules rule.
    const outside = checkFramework(next.framework).filter((f) => f.code === 'schedule-outside-period');
    expect(outside.length).toBeGreaterThan(10);
    expect(checkFramework(builtin().framework).some((f) => f.code === 'activity-carried-over')).toBe(false);
  });

  it('carries the glossary; review comments and waivers of the old edition start empty', () => {
    const previous = builtin();
    previous.waivers = [{ key: 'schedule-reversed|ap-c2-a1-x1|schedule|en', reason: 'as published', at: '2026-01-01T00:00:00Z' }];
    const next = deriveNewEdition(previous, { period: P2026 });
    expect(next.glossary).toEqual(previous.glossary);
    expect(next.waivers).toEqual([]);
    expect(next.review).toEqual(ProjectSchema.parse({ schemaVersion: previous.schemaVersion, framework: previous.framework }).review);
  });

  it('starts a fresh annex for the plan period just implemented, titled with it; no outside-period finding', () => {
    const previous = builtin();
    const next = deriveNewEdition(previous, { period: P2026 });
    const annex = next.framework.annex;
    expect(annex.period).toEqual(P2021);
    expect(annex.areas).toEqual([]);
    expect(annex.title.en.text).toContain('(2021-2025)');
    expect(annex.title.zh.text).toContain('2021-2025');
    expect(JSON.stringify(annex)).not.toMatch(/2011|2020/);
    expect(checkFramework(next.framework).filter((f) => f.code.startsWith('annex-'))).toEqual([]);
    // The older annex stays with the older edition.
    expect(previous.framework.annex.areas.flatMap((a) => a.entries)).toHaveLength(64);
  });

  it("section 2.2's title names the previous plan period in both languages", () => {
    const next = deriveNewEdition(builtin(), { period: P2026 });
    const s22 = next.framework.sections[1].subsections[1].title;
    expect(s22.en.text).toBe('Implementation progress of the ASEAN-China Strategy on Environmental Cooperation (2021-2025) and the ASEAN-China Environmental Cooperation Action Plan (2021-2025)');
    expect(s22.zh.text).toBe('《中国－东盟环境合作战略（2021-2025）》和《中国－东盟环境合作行动计划（2021-2025）》实施进展');
    expect(s22.en.status).toBe('draft');
    // Other sections' years are history and stay.
    expect(next.framework.sections[1].subsections[0].title).toEqual(builtin().framework.sections[1].subsections[0].title);
  });

  it('fills the annex from the implementation record when a filler is given (the hook the record uses)', () => {
    const area = { id: 'rec-area-1', heading: { en: { text: 'Component 1', status: 'draft' as const }, zh: { text: '组成部分1', status: 'draft' as const } }, entries: [] };
    const seen: unknown[] = [];
    const next = deriveNewEdition(builtin(), {
      period: P2026,
      annexAreas: (prev, period) => {
        seen.push(prev.framework.metadata.edition, period);
        return [area];
      },
    });
    expect(seen).toEqual(['2021-2025', P2021]);
    expect(next.framework.annex.areas).toEqual([area]);
    // A filler with nothing to give leaves the annex empty.
    expect(deriveNewEdition(builtin(), { period: P2026, annexAreas: () => undefined }).framework.annex.areas).toEqual([]);
  });

  it('refuses a period that does not follow the current one', () => {
    expect(() => deriveNewEdition(builtin(), { period: { start: 2021, end: 2026 } })).toThrow(expect.objectContaining({ code: 'period-not-later', data: { edition: '2021-2026', from: '2021-2025' } }));
  });
});
