import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../shared/checks/registry';
import { textFingerprint } from '../../../shared/model/bilingual';
import type { Framework, ListBlock, Section } from '../../../shared/model/framework';
import { builtin, edited, where } from './helpers';

/** Each rule: a case that triggers it and one that does not. Cases start from the published edition. */

const base = () => checkFramework(builtin().framework);
const list = (fw: Framework, id: string): ListBlock => {
  const find = (ss: Section[]): ListBlock | undefined => {
    for (const s of ss) {
      const b = s.blocks.find((x) => x.id === id);
      if (b?.type === 'list') return b;
      const inner = find(s.subsections);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(fw.sections)!;
};
const paragraph = (fw: Framework, sectionIndex: number, blockIndex: number) => {
  const b = fw.sections[sectionIndex].blocks[blockIndex];
  if (b.type !== 'paragraph') throw new Error('not a paragraph');
  return b;
};
const activity = (fw: Framework, c: number, a: number, x: number) => fw.actionPlan.components[c].actions[a].activities[x];
const entry = (fw: Framework, area: number, e: number) => fw.annex.areas[area].entries[e];

describe('content', () => {
  it('content-empty: a component title empty in both languages is an error; the published titles are not', () => {
    expect(where(base(), 'content-empty')).toEqual([]);
    const fw = edited((f) => {
      f.components[0].title.en.text = '';
      f.components[0].title.zh.text = ' ';
    });
    const found = checkFramework(fw).filter((x) => x.code === 'content-empty');
    expect(found.map((x) => [x.elementIds[0], x.field, x.severity])).toEqual([['c1', 'title', 'error']]);
  });
  it('content-placeholder: "TBD" as an action title, "TODO" inside a paragraph', () => {
    expect(where(base(), 'content-placeholder')).toEqual([]);
    const fw = edited((f) => {
      f.actionPlan.components[0].actions[0].title.en.text = 'TBD';
      paragraph(f, 0, 0).text.zh.text = '待补充';
      paragraph(f, 0, 1).text.en.text += ' TODO check figures';
    });
    expect(where(checkFramework(fw), 'content-placeholder')).toEqual(['s1-p1|text|zh', 's1-p2|text|en', 'ap-c1-a1|title|en']);
  });
});

describe('names', () => {
  it('name-list-mismatch: section 4 lists "marine plastic reduction", component 2 is titled "marine plastics reduction"', () => {
    expect(where(base(), 'name-list-mismatch')).toEqual(['s4-l1-i2,c2|text|en']);
    const fw = edited((f) => (list(f, 's4-l1').items[1].text.en.text = 'sustainable cities and marine plastics reduction;'));
    expect(where(checkFramework(fw), 'name-list-mismatch')).toEqual([]);
  });
  it('name-focus-mismatch: the action plan focus differs from the component title', () => {
    expect(where(base(), 'name-focus-mismatch')).toEqual(['ap-c1,c1|focus|en', 'ap-c2,c2|focus|en']);
    const fw = edited((f) => (f.actionPlan.components[0].focus = structuredClone(f.components[0].title)));
    expect(where(checkFramework(fw), 'name-focus-mismatch')).toEqual(['ap-c2,c2|focus|en']);
  });
  it('name-focus-mismatch in Chinese only when the English agrees', () => {
    const fw = edited((f) => {
      f.actionPlan.components[2].focus.zh.text = '气候变化';
    });
    expect(where(checkFramework(fw), 'name-focus-mismatch')).toContain('ap-c3,c3|focus|zh');
  });
  it('name-list-count: section 4 lists three components of four', () => {
    expect(where(base(), 'name-list-count')).toEqual([]);
    const fw = edited((f) => list(f, 's4-l1').items.pop());
    expect(checkFramework(fw).find((x) => x.code === 'name-list-count')?.data).toEqual({ listed: 3, components: 4 });
  });
  it('name-count-word: "five components" where there are four', () => {
    expect(where(base(), 'name-count-word')).toEqual([]);
    const fw = edited((f) => (paragraph(f, 3, 0).text.en.text = paragraph(f, 3, 0).text.en.text.replace('four components', 'five components')));
    expect(where(checkFramework(fw), 'name-count-word')).toEqual(['s4-p1|text|en']);
  });
  it('name-reference-missing: "Component 7" and "Objective 5" do not exist; "Component 4" does', () => {
    expect(where(base(), 'name-reference-missing')).toEqual([]);
    const fw = edited((f) => {
      paragraph(f, 0, 0).text.en.text += ' See Component 4 and Component 7, and Objective 5.';
      paragraph(f, 0, 1).text.zh.text += '见组成部分7。';
    });
    const found = checkFramework(fw).filter((x) => x.code === 'name-reference-missing');
    expect(found.map((x) => [x.elementIds[0], x.lang, x.data.written, x.severity])).toEqual([
      ['s1-p1', 'en', ['Component 7', 'Objective 5'], 'error'],
      ['s1-p2', 'zh', ['组成部分7'], 'error'],
    ]);
  });
});

describe('numbering', () => {
  it('label-pattern: "Activity1-3" and "Activity 1" break the "Activity N-M" pattern', () => {
    expect(base().filter((x) => x.code === 'label-pattern').map((x) => [x.elementIds[0], x.data.label, x.data.expected])).toEqual([
      ['ap-c3-a1-x3', 'Activity1-3', 'Activity 1-3'],
      ['ap-c4-a1-x1', 'Activity 1', 'Activity 1-1'],
    ]);
    const fw = edited((f) => {
      activity(f, 2, 0, 2).label = null;
      activity(f, 3, 0, 0).label = 'Activity 1-1';
    });
    expect(where(checkFramework(fw), 'label-pattern')).toEqual([]);
  });
  it('label-position and label-duplicate: "Activity 1-3" typed on the second activity', () => {
    expect(where(base(), 'label-position')).toEqual([]);
    expect(where(base(), 'label-duplicate')).toEqual([]);
    const fw = edited((f) => (activity(f, 0, 0, 1).label = 'Activity 1-3'));
    const found = checkFramework(fw);
    expect(where(found, 'label-position')).toEqual(['ap-c1-a1-x2||']);
    expect(where(found, 'label-duplicate')).toEqual(['ap-c1-a1-x2,ap-c1-a1-x3||']);
  });
  it('label-position on a section: "2.3" typed for section 2.2', () => {
    const fw = edited((f) => (f.sections[1].subsections[1].label = '2.3'));
    expect(where(checkFramework(fw), 'label-position')).toEqual(['s2.2||']);
  });
  it('label-in-text: an objective whose text repeats its number', () => {
    expect(where(base(), 'label-in-text')).toEqual([]);
    const fw = edited((f) => (list(f, 's3.2-l1').items[1].text.en.text = '2) To advance exchanges'));
    expect(where(checkFramework(fw), 'label-in-text')).toEqual(['s3.2-l1-i2|text|']);
  });
});

describe('schedules', () => {
  const scheduleCase = (en: string, zh = '') =>
    checkFramework(
      edited((f) => {
        activity(f, 0, 0, 3).schedule.text.en.text = en;
        activity(f, 0, 0, 3).schedule.text.zh.text = zh;
      }),
    ).filter((x) => x.family === 'schedules' && x.elementIds[0] === 'ap-c1-a1-x4');
  const codes = (en: string, zh = '') => scheduleCase(en, zh).map((x) => `${x.code}|${x.lang ?? ''}`);

  it('a plain range inside the period gives nothing', () => expect(codes('2021-2025', '2021-2025年')).toEqual([]));
  it('schedule-empty', () => expect(scheduleCase('')[0]).toMatchObject({ code: 'schedule-empty', severity: 'error', field: 'schedule' }));
  it('schedule-unreadable', () => expect(scheduleCase('soon')[0]).toMatchObject({ code: 'schedule-unreadable', data: { reason: 'unrecognised', remainder: 'soon' } }));
  it('schedule-reversed ("2020-2015" in the published plan)', () => {
    expect(where(base(), 'schedule-reversed')).toEqual(['ap-c2-a1-x1|schedule|en']);
    expect(scheduleCase('2025-2021')[0]).toMatchObject({ code: 'schedule-reversed', severity: 'error', data: { start: 2025, end: 2021 } });
  });
  it('schedule-outside-period (2020 in a 2021-2025 plan)', () => {
    expect(where(base(), 'schedule-outside-period')).toHaveLength(5);
    expect(scheduleCase('2024-2027')[0]).toMatchObject({ code: 'schedule-outside-period', data: { years: [2026, 2027] } });
  });
  it('schedule-launch-before-range ("2021-2025, to be launched in 2020")', () => {
    expect(where(base(), 'schedule-launch-before-range')).toEqual([
      'ap-c3-a1-x1|schedule|en',
      'ap-c3-a2-x1|schedule|en',
      'ap-c4-a2-x2|schedule|en',
    ]);
    expect(codes('2021-2025, to be launched in 2021')).toEqual([]);
  });
  it('schedule-launch-after-start', () => expect(codes('2021-2025, to be launched in 2023')).toEqual(['schedule-launch-after-start|en']));
  it('schedule-launch-after-range', () => expect(codes('2021-2022, to be launched in 2024')).toEqual(['schedule-launch-after-range|en']));
  it('schedule-launch-conflict', () => expect(codes('2022-2025 (launched in 2022) (launched in 2023)')).toContain('schedule-launch-conflict|en'));
  it('schedule-duplicate-year', () => expect(codes('2021, 2021')).toEqual(['schedule-duplicate-year|en']));
  it('schedule-unordered-years', () => expect(codes('2024, 2022')).toEqual(['schedule-unordered-years|en']));
  it('a problem only the Chinese has is reported in Chinese; one both have, once', () => {
    expect(codes('2021-2023', '2023-2021年')).toEqual(['schedule-reversed|zh']);
    expect(codes('2023-2021', '2023-2021年')).toEqual(['schedule-reversed|en']);
  });
});

describe('coverage', () => {
  it('plan-component-missing / plan-component-unknown', () => {
    expect(where(base(), 'plan-component-missing')).toEqual([]);
    const found = checkFramework(edited((f) => (f.actionPlan.components[3].componentId = 'c9')));
    expect(where(found, 'plan-component-missing')).toEqual(['c4||']);
    expect(where(found, 'plan-component-unknown')).toEqual(['ap-c4||']);
  });
  it('plan-component-duplicate', () => {
    const found = checkFramework(edited((f) => f.actionPlan.components.push({ ...structuredClone(f.actionPlan.components[3]), id: 'ap-c4-again' })));
    expect(where(found, 'plan-component-duplicate')).toEqual(['ap-c4,ap-c4-again||']);
  });
  it('plan-order: the plan lists component 4 before component 3', () => {
    expect(where(base(), 'plan-order')).toEqual([]);
    const found = checkFramework(edited((f) => f.actionPlan.components.reverse()));
    expect(where(found, 'plan-order')).toEqual(['ap-c4,c4||']);
  });
  it('coverage-trace-invalid: a link to another component\'s main activity', () => {
    expect(where(base(), 'coverage-trace-invalid')).toEqual([]);
    const found = checkFramework(edited((f) => (activity(f, 0, 0, 0).trace.mainActivityIds = ['c2-m1'])));
    expect(found.find((x) => x.code === 'coverage-trace-invalid')).toMatchObject({ elementIds: ['ap-c1-a1-x1'], severity: 'error', data: { mainActivityIds: ['c2-m1'] } });
  });
  it('coverage-uncovered: component 1 main activities 3 and 5; a confirmed link covers one', () => {
    expect(where(base(), 'coverage-uncovered')).toEqual(['c1-m3,c1|text|', 'c1-m5,c1|text|']);
    const found = checkFramework(edited((f) => (activity(f, 0, 0, 2).trace.mainActivityIds = ['c1-m5'])));
    expect(where(found, 'coverage-uncovered')).toEqual(['c1-m3,c1|text|']);
    // A confirmed link also settles the activity: no proposal or "untraced" for it any more.
    expect(found.filter((x) => x.elementIds[0] === 'ap-c1-a1-x3' && x.family === 'coverage')).toEqual([]);
  });
  it('coverage-untraced: an activity like no main activity, until marked additional', () => {
    expect(where(base(), 'coverage-untraced')).toEqual(['ap-c1-a1-x3|text|', 'ap-c2-a3-x1|text|', 'ap-c3-a2-x3|text|']);
    const found = checkFramework(edited((f) => (activity(f, 2, 1, 2).trace.additional = true)));
    expect(where(found, 'coverage-untraced')).toEqual(['ap-c1-a1-x3|text|', 'ap-c2-a3-x1|text|']);
  });
  it('coverage-proposed: the information-platform activity proposes main activity 4 (EISP); rejecting it removes the proposal', () => {
    const proposal = base().find((x) => x.code === 'coverage-proposed' && x.elementIds[0] === 'ap-c1-a2-x1');
    expect(proposal?.data).toMatchObject({ mainActivityIds: ['c1-m4'], numbers: ['4'] });
    const found = checkFramework(edited((f) => (activity(f, 0, 1, 0).trace.rejected = ['c1-m4'])));
    expect(found.find((x) => x.code === 'coverage-proposed' && x.elementIds[0] === 'ap-c1-a2-x1')).toBeUndefined();
    expect(where(found, 'coverage-uncovered')).toContain('c1-m4,c1|text|');
  });
});

describe('objectives', () => {
  it('objective-unserved: an objective no component speaks to', () => {
    expect(where(base(), 'objective-unserved')).toEqual([]);
    const fw = edited((f) => (list(f, 's3.2-l1').items[3].text.en.text = 'To explore lunar mining, orbital telescopes and deep-space navigation.'));
    expect(where(checkFramework(fw), 'objective-unserved')).toEqual(['s3.2-l1-i4|text|']);
  });
});

describe('annex', () => {
  it('annex-time-unreadable', () => {
    expect(where(base(), 'annex-time-unreadable')).toEqual([]);
    expect(where(checkFramework(edited((f) => (entry(f, 0, 0).time.en.text = 'Autumn 2019'))), 'annex-time-unreadable')).toEqual(['annex-a1-e1|time|']);
  });
  it('annex-outside-period: November 2010 in an annex declared 2011-2020', () => {
    expect(where(base(), 'annex-outside-period')).toEqual(['annex-a5-e5|time|']);
    expect(where(checkFramework(edited((f) => (entry(f, 4, 4).time.en.text = 'November 2011'))), 'annex-outside-period')).toEqual([]);
  });
  it('annex-out-of-order: September 2012 listed before December 2012 in a newest-first list', () => {
    expect(where(base(), 'annex-out-of-order')).toEqual(['annex-a7-e25,annex-a7-e26||']);
    const fw = edited((f) => {
      const es = f.annex.areas[6].entries;
      [es[24], es[25]] = [es[25], es[24]];
    });
    expect(where(checkFramework(fw), 'annex-out-of-order')).toEqual([]);
  });
  it('annex-likely-duplicate: same month, similar text, place the same or spelled differently; not in another city', () => {
    const found = base().filter((x) => x.code === 'annex-likely-duplicate');
    expect(found.map((x) => x.elementIds.join(','))).toEqual(['annex-a2-e1,annex-a7-e4', 'annex-a6-e4,annex-a7-e15']);
    expect(found[1].data).toMatchObject({ places: ['Shiyao, China', 'Shiyuan, China'], placeSpelledDifferently: true });
    const fw = edited((f) => (entry(f, 5, 3).place.en.text = 'Wuhan, China'));
    expect(where(checkFramework(fw), 'annex-likely-duplicate')).toEqual(['annex-a2-e1,annex-a7-e4||']);
  });
  it('annex-number-gap, annex-number-duplicate, annex-number-pattern', () => {
    const b = base();
    for (const code of ['annex-number-gap', 'annex-number-duplicate', 'annex-number-pattern']) expect(where(b, code)).toEqual([]);
    const found = checkFramework(
      edited((f) => {
        entry(f, 0, 2).label = '4';
        entry(f, 1, 1).label = 'B';
      }),
    );
    expect(where(found, 'annex-number-gap')).toEqual(['annex-a1-e3||']);
    expect(where(found, 'annex-number-duplicate')).toEqual(['annex-a1-e3,annex-a1-e4||']);
    expect(where(found, 'annex-number-pattern')).toEqual(['annex-a2-e2||']);
  });
});

describe('bilingual', () => {
  const n1 = (f: Framework) => f.notes.items[0].text;
  it('bilingual-missing: one field without Chinese, per element', () => {
    expect(where(base(), 'bilingual-missing')).toEqual([]);
    const fw = edited((f) => {
      n1(f).zh = { text: '', status: 'missing' };
      entry(f, 0, 0).place.zh.text = '';
      entry(f, 0, 0).text.zh.text = '';
    });
    const found = checkFramework(fw).filter((x) => x.code === 'bilingual-missing');
    expect(found.map((x) => [x.elementIds[0], x.lang, x.data.fields])).toEqual([
      ['n1', 'zh', ['text']],
      ['annex-a1-e1', 'zh', ['place', 'text']],
    ]);
  });
  it('bilingual-untranslated: a document mostly without Chinese gets one summary, not hundreds', () => {
    const fw = edited((f) => {
      const clear = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(clear);
        if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if ('en' in o && 'zh' in o && typeof (o.zh as { text?: unknown }).text === 'string') o.zh = { text: '', status: 'missing' };
          else Object.values(o).forEach(clear);
        }
      };
      clear(f);
    });
    const found = checkFramework(fw).filter((x) => x.family === 'bilingual');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'bilingual-untranslated', severity: 'info', lang: 'zh', elementIds: [] });
  });
  it('bilingual-numbers: amounts and years compared across languages (350万 = 3.5 million)', () => {
    const same = edited((f) => {
      n1(f).en.text = 'Funding of 3.5 million US dollars was mobilised in 2021 by 1,200 people.';
      n1(f).zh.text = '2021年，1200人筹集资金350万美元。';
    });
    expect(where(checkFramework(same), 'bilingual-numbers')).toEqual([]);
    const differ = edited((f) => {
      n1(f).en.text = 'Funding of 3.5 million US dollars was mobilised in 2021.';
      n1(f).zh.text = '2022年筹集资金360万美元。';
    });
    expect(checkFramework(differ).find((x) => x.code === 'bilingual-numbers')?.data).toEqual({ onlyEn: ['3500000', '2021'], onlyZh: ['2022', '3600000'] });
  });
  it('bilingual-acronyms: EISP in English, EIPS in Chinese', () => {
    const ok = edited((f) => {
      n1(f).en.text = 'The EISP supports CAEC.';
      n1(f).zh.text = 'EISP为CAEC提供支持。';
    });
    expect(where(checkFramework(ok), 'bilingual-acronyms')).toEqual([]);
    const bad = edited((f) => {
      n1(f).en.text = 'The EISP supports CAEC.';
      n1(f).zh.text = 'EIPS为CAEC提供支持。';
    });
    expect(checkFramework(bad).find((x) => x.code === 'bilingual-acronyms')?.data).toEqual({ onlyEn: ['EISP'], onlyZh: ['EIPS'] });
  });
  it('bilingual-list-length: four enumerated points in English, three in Chinese', () => {
    expect(where(base(), 'bilingual-list-length')).toEqual([]);
    const fw = edited((f) => (list(f, 's5.1-l1').items[1].text.zh.text = list(f, 's5.1-l1').items[1].text.zh.text.replace('（四）', '')));
    expect(checkFramework(fw).find((x) => x.code === 'bilingual-list-length')).toMatchObject({ elementIds: ['s5.1-l1-i2'], data: { en: 4, zh: 3 } });
  });
  it('bilingual-stale: Chinese approved against an English text that changed since', () => {
    const confirmed = edited((f) => (n1(f).zh = { text: n1(f).zh.text, status: 'approved', basis: textFingerprint(n1(f).en.text) }));
    expect(where(checkFramework(confirmed), 'bilingual-stale')).toEqual([]);
    const changed = edited((f) => {
      n1(f).zh = { text: n1(f).zh.text, status: 'approved', basis: textFingerprint(n1(f).en.text) };
      n1(f).en.text += ' Amended.';
    });
    expect(where(checkFramework(changed), 'bilingual-stale')).toEqual(['n1|text|zh']);
  });
});
