import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listElements } from '../../../shared/model/elements';
import { generateLargeFramework } from '../../../shared/model/generate/largeFramework';
import { editText } from '../../../shared/model/operations';
import { applyPatches } from '../../../shared/model/patch/patch';
import { ProjectSchema } from '../../../shared/model/project';
import { elementsMatching, fieldsNeedingReview, nextNeedingReview, statusCounts } from '../../../shared/model/statusFilter';

const text = readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8');
const builtin = () => ProjectSchema.parse(JSON.parse(text));

describe('status filter and the needs-review walk', () => {
  it('counts the whole framework incrementally, equal to counting every field, before and after edits (1× and 10×)', () => {
    for (const start of [builtin(), generateLargeFramework(builtin(), { scale: 10 })]) {
      let p = start;
      expect(statusCounts(p.framework)).toEqual(statusCounts(p.framework, listElements(p.framework)));
      const ids = [p.framework.actionPlan.components[0].actions[0].activities[0].id, p.framework.annex.areas.at(-1)!.entries.at(-1)?.id ?? p.framework.components[0].id];
      for (const id of ids) {
        const f = listElements(p.framework).find((e) => e.id === id)!.fields[0];
        p = applyPatches(p, editText(p, id, f.name, 'en', `Edited ${id}`).patches).result;
        expect(statusCounts(p.framework)).toEqual(statusCounts(p.framework, listElements(p.framework)));
      }
      expect(statusCounts(p.framework).needsReview.zh).toBe(statusCounts(start.framework).needsReview.zh + 2);
    }
  });

  it('counts every language of every field once, per status', () => {
    const p = builtin();
    const c = statusCounts(p.framework);
    const total = (l: 'en' | 'zh') => Object.values(c).reduce((n, x) => n + x[l], 0);
    expect(total('en')).toBe(total('zh'));
    expect(c.needsReview.zh).toBe(0);
    expect(c.approved.en).toBeGreaterThan(100);
  });

  it('an English edit puts the Chinese in "needs review"; the walk visits such fields in document order and wraps', () => {
    let p = builtin();
    for (const id of ['ap-c2-a1-x1', 'ap-c1-a1-x2']) p = applyPatches(p, editText(p, id, 'text', 'en', `Edited ${id}`).patches).result;
    const list = fieldsNeedingReview(p.framework);
    expect(list).toEqual([
      { elementId: 'ap-c1-a1-x2', field: 'text', lang: 'zh' },
      { elementId: 'ap-c2-a1-x1', field: 'text', lang: 'zh' },
    ]);
    expect(statusCounts(p.framework).needsReview).toEqual({ en: 0, zh: 2 });
    expect(nextNeedingReview(p.framework, null)).toEqual(list[0]);
    expect(nextNeedingReview(p.framework, list[0])).toEqual(list[1]);
    expect(nextNeedingReview(p.framework, list[1])).toEqual(list[0]);
    expect(nextNeedingReview(p.framework, { elementId: 's1', field: 'title', lang: 'en' })).toEqual(list[0]);
    const shown = elementsMatching(p.framework, { status: 'needsReview', lang: 'zh' });
    expect(shown.has('ap-c1-a1-x2') && shown.has('ap-c1-a1')).toBe(true);
    expect(elementsMatching(p.framework, { status: 'needsReview', lang: 'en' }).size).toBe(0);
  });
});
