import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../../shared/model/clone';
import type { ListStyle } from '../../../shared/model/framework';
import { actionLabel, activityLabel, annexEntryLabel, componentLabel, computeLabels, listItemLabel, noteLabel, sectionLabel } from '../../../shared/model/labels';
import { LABEL_WORDS, localizeLabel, storedLabel } from '../../../shared/model/labelWords';
import { ProjectSchema } from '../../../shared/model/project';
import { localizeLabel as exportLocalizeLabel } from '../../../shared/export/vocabulary';

const builtin = ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8'))).framework;
const ENGLISH_WORD = /Component|Action|Activity/;

describe('localizeLabel', () => {
  it('prints the derived labels with words in each language, the number unchanged', () => {
    expect(localizeLabel(componentLabel(0), 'zh')).toBe('组成部分1');
    expect(localizeLabel(actionLabel(1), 'zh')).toBe('行动2');
    expect(localizeLabel(activityLabel(0, 2), 'zh')).toBe('活动1-3');
    expect(localizeLabel(activityLabel(11, 9), 'zh')).toBe('活动12-10');
    for (const l of [componentLabel(0), actionLabel(1), activityLabel(0, 2)]) expect(localizeLabel(l, 'en')).toBe(l);
  });

  it('leaves the numbers-only labels as they are in both languages: sections, list items, notes, annex entries', () => {
    const styles: ListStyle[] = ['decimal-paren', 'paren-decimal', 'decimal-dot', 'roman-paren', 'bullet'];
    const numeric = [sectionLabel([1]), sectionLabel([1, 0]), ...styles.map((s) => listItemLabel(s, 3)), noteLabel(2), annexEntryLabel(4)];
    expect(numeric).toEqual(['2.', '2.1', '4)', '(4)', '4.', '(iv)', '•', '[3]', '5']);
    for (const l of numeric) for (const lang of ['en', 'zh'] as const) expect(localizeLabel(l, lang)).toBe(l);
  });

  it('an override in the document\'s form gets the word, keeping the number as the drafter wrote it', () => {
    // Both are published that way in the 2021-2025 edition.
    expect(localizeLabel('Activity1-3', 'zh')).toBe('活动1-3');
    expect(localizeLabel('Activity 1', 'zh')).toBe('活动1');
    expect(localizeLabel('Component 2bis', 'zh')).toBe('组成部分2bis');
    expect(localizeLabel('Activity1-3', 'en')).toBe('Activity1-3');
  });

  it('any other override is shown as typed in both languages', () => {
    for (const typed of ['Principle (a)', 'Annex A', '活动1-3', 'Component 1 and 2', 'activity 1-1', 'Activities 1-2']) {
      expect(localizeLabel(typed, 'zh'), typed).toBe(typed);
      expect(localizeLabel(typed, 'en'), typed).toBe(typed);
    }
  });

  it('is the one the export prints with', () => {
    expect(exportLocalizeLabel).toBe(localizeLabel);
  });
});

describe('storedLabel', () => {
  it('keeps a label typed with the Chinese word in the form both documents print', () => {
    expect(storedLabel('活动1-4')).toBe('Activity 1-4');
    expect(storedLabel('活动 1-4')).toBe('Activity 1-4');
    expect(storedLabel('组成部分7')).toBe('Component 7');
    expect(storedLabel('行动3')).toBe('Action 3');
  });

  it('keeps anything else as typed', () => {
    for (const typed of ['Activity1-3', 'Activity 1', 'Principle (a)', '2.1', '(iv)', '[3]', '活动', '第一活动1']) expect(storedLabel(typed)).toBe(typed);
  });

  it('a derived label shown in Chinese and typed back is the derived label', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), (a, x) => {
        for (const l of [componentLabel(a), actionLabel(a), activityLabel(a, x)]) {
          const shown = localizeLabel(l, 'zh');
          expect(shown).not.toMatch(ENGLISH_WORD);
          expect(storedLabel(shown)).toBe(l);
        }
      }),
    );
  });

  it('has a word per language for every label word, each distinct', () => {
    for (const lang of ['en', 'zh'] as const) expect(new Set(LABEL_WORDS.map((w) => w[lang])).size).toBe(LABEL_WORDS.length);
  });
});

describe('computeLabels in a language', () => {
  it('gives every element of the published edition its Chinese label, overrides included, and no English label word', () => {
    const en = computeLabels(builtin);
    const zh = computeLabels(builtin, 'zh');
    expect([...zh.keys()]).toEqual([...en.keys()]);
    for (const [id, l] of zh) {
      expect(l.label, id).not.toMatch(ENGLISH_WORD);
      expect(l.derived, id).not.toMatch(ENGLISH_WORD);
      expect(l.overridden, id).toBe(en.get(id)!.overridden);
      expect(l.label, id).toBe(localizeLabel(en.get(id)!.label, 'zh'));
    }
    const pick = (id: string) => zh.get(id)!.label;
    expect([pick('s3.1'), pick('s3.1-l1-i2'), pick('c2'), pick('ap-c2'), pick('ap-c2-a1'), pick('ap-c1-a1-x2')]).toEqual(['3.1', '2)', '组成部分2', '组成部分2', '行动1', '活动1-2']);
    expect([pick('ap-c3-a1-x3'), pick('ap-c4-a1-x1')]).toEqual(['活动1-3', '活动1']);
    expect(zh.get('ap-c4-a1-x1')).toEqual({ label: '活动1', derived: '活动1-1', overridden: true });
    expect(pick(builtin.notes.items[0].id)).toBe('[1]');
    expect(pick(builtin.annex.areas[0].entries[2].id)).toBe('3');
  });

  it('English is the stored form, and the default', () => {
    expect(computeLabels(builtin, 'en')).toEqual(computeLabels(builtin));
    expect(computeLabels(builtin).get('ap-c3-a1-x3')).toEqual({ label: 'Activity1-3', derived: 'Activity 1-3', overridden: true });
  });

  it('a free-text override shows as typed, and the plan component of an overridden component follows it', () => {
    const fw = cloneJson(builtin);
    fw.components[0].label = 'Component 1A';
    fw.actionPlan.components[0].actions[0].label = 'Principle (a)';
    const zh = computeLabels(fw, 'zh');
    expect(zh.get('c1')!.label).toBe('组成部分1A');
    expect(zh.get('ap-c1')).toEqual({ label: '组成部分1A', derived: '组成部分1A', overridden: false });
    expect(zh.get('ap-c1-a1')).toEqual({ label: 'Principle (a)', derived: '行动1', overridden: true });
  });
});
