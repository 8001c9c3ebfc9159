import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../../shared/model/clone';
import type { Framework } from '../../../shared/model/framework';
import { ProjectSchema } from '../../../shared/model/project';
import { compareFrameworks } from '../../../shared/versions/compare';
import { describeChange } from '../../../shared/versions/describeChange';
import { reportTranslate } from '../../../shared/versions/reportWords';

const builtin = ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8'))).framework;

function described(after: Framework, lang: 'en' | 'zh' = 'en'): string[] {
  return compareFrameworks(builtin, after).changes.map((c) => describeChange(reportTranslate(lang), c));
}

describe('describeChange', () => {
  it('says where an activity moved, with its old and new labels, in English and Chinese', () => {
    const after = cloneJson(builtin);
    const [x] = after.actionPlan.components[1].actions[1].activities.splice(1, 1); // Component 2, Activity 2-2
    after.actionPlan.components[2].actions[0].activities.push(x); // Component 3, Action 1, last
    expect(described(after)).toEqual(['Activity 2-2 moved from Component 2 › Action 2 to Component 3 › Action 1 (now Activity 1-4)']);
    expect(described(after, 'zh')).toEqual(['活动2-2从组成部分2 › 行动2移至组成部分3 › 行动1（现为活动1-4）']);
  });

  it('names unlabelled elements by kind and first words, and values as a reader writes them', () => {
    const after = cloneJson(builtin);
    after.sections[0].blocks.splice(0, 1);
    after.annex.period = { start: 2021, end: 2025 };
    after.actionPlan.components[0].actions[0].activities[0].carriedOver = true;
    const lines = described(after);
    expect(lines[0]).toMatch(/^Paragraph “.+…” removed$/);
    expect(lines).toContain('Activity 1-1 — carried over: (none) → yes');
    expect(lines).toContain('Annex — period: 2011-2020 → 2021-2025');
  });

  it('a label typed or cleared reads in the words\' language, like the labels around it', () => {
    const after = cloneJson(builtin);
    after.actionPlan.components[0].actions[0].activities[0].label = 'Activity 1-1a';
    after.actionPlan.components[2].actions[0].activities[2].label = null; // published as "Activity1-3"
    expect(described(after)).toEqual(['Activity 1-1a — label: (none) → Activity 1-1a', 'Activity 1-3 — label: Activity1-3 → (none)']);
    expect(described(after, 'zh')).toEqual(['活动1-1a — 编号：（无） → 活动1-1a', '活动1-3 — 编号：活动1-3 → （无）']);
  });

  it('tells a reorder within the same parent from a move elsewhere', () => {
    const after = cloneJson(builtin);
    const acts = after.actionPlan.components[0].actions[0].activities;
    acts.unshift(acts.pop()!);
    expect(described(after)).toEqual(['Activity 1-4 moved within Component 1 › Action 1 (now Activity 1-1)']);
  });
});
