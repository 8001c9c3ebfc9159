import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../../shared/model/bilingual';
import { applyPatches } from '../../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import { setTranslationStatus } from '../../../shared/model/operations';
import { findMatches, replaceAll, replaceOne } from '../../../shared/search/findReplace';

const builtin: Project = ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')));
const apply = (p: Project, patches: Parameters<typeof applyPatches>[1]) => ProjectSchema.parse(applyPatches(p, patches).result);

describe('find and replace', () => {
  it('finds a term in both languages, in document order, with its place', () => {
    const m = findMatches(builtin.framework, { text: '2021-2025' });
    expect(m.some((x) => x.lang === 'en')).toBe(true);
    expect(m.some((x) => x.lang === 'zh')).toBe(true);
    const first = m[0];
    expect(first.text.slice(first.start, first.end)).toBe('2021-2025');
    expect(findMatches(builtin.framework, { text: '2021-2025', langs: ['zh'] }).every((x) => x.lang === 'zh')).toBe(true);
    expect(findMatches(builtin.framework, { text: '' })).toEqual([]);
  });

  it('respects case and whole words', () => {
    const any = findMatches(builtin.framework, { text: 'asean' }).length;
    const exact = findMatches(builtin.framework, { text: 'asean', caseSensitive: true }).length;
    expect(any).toBeGreaterThan(0);
    expect(exact).toBeLessThan(any);
    const words = findMatches(builtin.framework, { text: 'plan', wholeWord: true });
    expect(words.every((w) => !/[A-Za-z]/.test(w.text[w.end] ?? ''))).toBe(true);
    expect(words.length).toBeLessThan(findMatches(builtin.framework, { text: 'plan' }).length);
  });

  it('replaces every match in both languages as one change, literally, and marks confirmed counterparts stale', () => {
    let p = apply(builtin, setTranslationStatus(builtin, 'ap-c1-a1-x4', 'schedule', 'zh', 'approved').patches);
    const before = findMatches(p.framework, { text: '2021-2025' }).length;
    const op = replaceAll(p, { text: '2021-2025' }, '2026-$1-2030');
    expect(op.count).toBe(before);
    p = apply(p, op.patches);
    expect(findMatches(p.framework, { text: '2021-2025' })).toEqual([]);
    const after = findMatches(p.framework, { text: '2026-$1-2030' });
    expect(after.length).toBe(before);
    expect(new Set(after.map((x) => x.lang))).toEqual(new Set(['en', 'zh']));
    // The schedule's English changed and its Chinese changed too: both are drafts now, nothing left stale.
    const sched = p.framework.actionPlan.components[0].actions[0].activities[3].schedule.text;
    expect(sched.zh.status).toBe('draft');
    expect(isStale(sched, 'zh')).toBe(false);
  });

  it('replaces one match, and nothing when the text there has changed since', () => {
    const [m] = findMatches(builtin.framework, { text: 'ASEAN-China' });
    const op = replaceOne(builtin, m, { text: 'ASEAN-China' }, 'China-ASEAN');
    // The replaced language, and the other language flagged for review.
    expect(op.patches).toHaveLength(2);
    expect(op.patches[1]).toMatchObject({ op: 'replace', path: expect.arrayContaining([m.lang === 'en' ? 'zh' : 'en']), value: { needsReview: true } });
    const p = apply(builtin, op.patches);
    expect(replaceOne(p, m, { text: 'ASEAN-China' }, 'X').patches).toEqual([]);
  });
});
