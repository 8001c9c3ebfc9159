import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checks/finding';
import { LABEL_DATA_KEYS, localizeFindingData } from '../../../shared/checks/labelData';
import { elementLocator } from '../../../shared/checks/locate';
import { messageOf } from '../../../shared/checks/messages';
import { checkProject } from '../../../shared/checks/registry';
import type { Framework } from '../../../shared/model/framework';
import { computeLabels } from '../../../shared/model/labels';
import { builtin, edited } from './helpers';

const codes = (lang: 'en' | 'zh') =>
  (JSON.parse(readFileSync(fileURLToPath(new URL(`../../../renderer/i18n/locales/${lang}.json`, import.meta.url)), 'utf8')) as { findings: { codes: Record<string, string> } }).findings.codes;
const ENGLISH_WORD = /Component|Action|Activity/;

/** Every finding of a project with this framework (the published edition's glossary and review), waived or not. */
function checkFramework(framework: Framework): Finding[] {
  const r = checkProject({ ...builtin(), framework });
  return [...r.active, ...r.waived.map((w) => w.finding)];
}

/** The published edition with the label findings it lacks: a wrong place, a duplicate, an unserved objective, a renamed component. */
function withLabelFindings(): Framework {
  return edited((f) => {
    f.actionPlan.components[0].actions[0].activities[1].label = 'Activity 1-3';
    f.components[2].label = 'Component 3A';
    for (const s of f.sections) for (const sub of s.subsections) for (const b of sub.blocks) {
      if (b.type === 'list' && b.id === 's3.2-l1') b.items[3].text.en.text = 'To explore lunar mining, orbital telescopes and marine plastics.';
    }
  });
}

const messagesOf = (fw: Framework, lang: 'en' | 'zh') => {
  const table = codes(lang);
  return new Map(checkFramework(fw).map((f) => [f.key, messageOf(f, table, lang)]));
};

describe('labels in finding messages', () => {
  it('every finding data value that is an element label is under a label key (so it is shown in the reader\'s language)', () => {
    for (const fw of [builtin().framework, withLabelFindings()]) {
      const labels = new Set([...computeLabels(fw).values()].map((l) => l.label).filter((l) => ENGLISH_WORD.test(l)));
      const found = checkFramework(fw);
      let labelled = 0;
      for (const f of found) {
        for (const [k, v] of Object.entries(f.data)) {
          const values = [v].flat().map(String);
          if (values.some((x) => labels.has(x))) {
            expect(LABEL_DATA_KEYS.has(k), `${f.code}.${k} = ${String(v)}`).toBe(true);
            labelled++;
          }
        }
      }
      expect(labelled).toBeGreaterThan(0);
    }
  });

  it('Chinese messages name elements with Chinese labels; English ones are unchanged', () => {
    const fw = withLabelFindings();
    const zh = messagesOf(fw, 'zh');
    const en = messagesOf(fw, 'en');
    const byCode = (m: Map<string, string>, code: string) => [...m].filter(([k]) => k.startsWith(`${code}|`)).map(([, v]) => v);
    expect(byCode(zh, 'name-list-mismatch')[0]).toMatch(/^组成部分2 在第4节列表中/);
    expect(byCode(en, 'name-list-mismatch')[0]).toMatch(/^Component 2 is listed in section 4/);
    expect(byCode(zh, 'name-focus-mismatch')[0]).toContain('行动计划中 组成部分1 的重点');
    expect(byCode(zh, 'label-position')).toEqual(['编号“活动1-3”与其位置不符（应为“活动1-2”）。']);
    expect(byCode(en, 'label-position')).toEqual(['Label “Activity 1-3” does not match its place (expected “Activity 1-2”).']);
    expect(byCode(zh, 'label-duplicate')).toEqual(['同级中编号“活动1-3”出现 2 次。']);
    expect(byCode(zh, 'label-pattern')).toContain('编号“组成部分3A”不符合文件的编号格式（应为“组成部分3”）。');
    expect(byCode(zh, 'objective-unserved')[0]).toMatch(/^目标 4\) 没有任何组成部分支撑（最接近：组成部分\d/);
    // Except the published "Activity1-3", whose only fault is in the English form (next test).
    for (const [key, message] of zh) if (!key.startsWith('label-pattern|ap-c3-a1-x3|')) expect(message, key).not.toMatch(/(Component|Action|Activity) ?\d/);
  });

  it('two labels that would read the same in Chinese stay as stored: their difference is the finding', () => {
    // Published as "Activity1-3"; the pattern is "Activity 1-3". Both print "活动1-3" in Chinese.
    const zh = messagesOf(builtin().framework, 'zh');
    expect([...zh].filter(([k]) => k.startsWith('label-pattern|')).map(([, v]) => v)).toEqual([
      '编号“Activity1-3”不符合文件的编号格式（应为“Activity 1-3”）。',
      '编号“活动1”不符合文件的编号格式（应为“活动1-1”）。',
    ]);
  });

  it('localizes label lists and leaves other data as it is', () => {
    const data: Finding['data'] = { label: ['Component 1', 'Activity 2-1', '(iv)'], written: 'Component 9', count: 2, flag: true };
    expect(localizeFindingData(data, 'zh')).toEqual({ label: ['组成部分1', '活动2-1', '(iv)'], written: 'Component 9', count: 2, flag: true });
    expect(localizeFindingData(data, 'en')).toBe(data);
  });

  it('messages without a language keep the labels as computed (the command line passes none yet)', () => {
    const f = checkFramework(withLabelFindings()).find((x) => x.code === 'label-position')!;
    expect(messageOf(f, codes('zh'))).toBe('编号“Activity 1-3”与其位置不符（应为“Activity 1-2”）。');
  });

  it('the locator names an element\'s place in the reader\'s language', () => {
    const fw = builtin().framework;
    expect(elementLocator(fw)('ap-c2-a1-x1')).toBe('6. › Component 2 › Action 1 › Activity 1-1');
    expect(elementLocator(fw, 'zh')('ap-c2-a1-x1')).toBe('6. › 组成部分2 › 行动1 › 活动1-1');
    expect(elementLocator(fw, 'zh')('ap-c3-a1-x3')).toBe('6. › 组成部分3 › 行动1 › 活动1-3');
  });
});
