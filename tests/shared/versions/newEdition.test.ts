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
    expect(r.counts).toMatchObject({ added: 0, removed: 0, moved: 0 });
    expect(r.matched).toBe(listElements(previous.framework).length);
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
    expect(next.review).toEqual(ProjectSchema.parse({ schemaVersion: 1, framework: previous.framework }).review);
  });

  it('refuses a period that does not follow the current one', () => {
    expect(() => deriveNewEdition(builtin(), { period: { start: 2021, end: 2026 } })).toThrow(expect.objectContaining({ code: 'period-not-later', data: { edition: '2021-2026', from: '2021-2025' } }));
  });
});
