import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listElements } from '../../../shared/model/elements';
import { glossaryUsage } from '../../../shared/model/glossary';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import { parseSchedule } from '../../../shared/schedule/parseSchedule';
import {
  acronymsMissingInChinese,
  halfWidthPunctuationAfterHan,
  latinAcronyms,
  numbersMissingInChinese,
} from './chineseText';

/**
 * The working Chinese translation of the built-in 2021-2025 edition: complete, marked as a
 * draft, faithful in numbers, acronyms and italics, in full-width punctuation, and using the
 * project glossary's term for each concept wherever the English uses it.
 */

const project: Project = ProjectSchema.parse(
  JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')),
);
const fw = project.framework;
const glossary = project.glossary;

const fields = listElements(fw).flatMap((el) => el.fields.map((f) => ({ where: `${el.id}.${f.name}`, en: f.value.en.text, zh: f.value.zh.text, status: f.value.zh.status })));
const written = fields.filter((f) => f.en !== '');

describe('built-in edition: Chinese text', () => {
  it('has Chinese for every field that has English, as a draft (the published cover Chinese stays approved)', () => {
    expect(fields.length).toBe(346);
    expect(written.filter((f) => f.zh.trim() === '').map((f) => f.where)).toEqual([]);
    expect(fields.filter((f) => f.status !== 'draft' && f.status !== 'approved').map((f) => f.where)).toEqual([]);
    expect(fields.filter((f) => f.status === 'approved').map((f) => f.where)).toEqual(['#metadata.title', '#publisher.name']);
    // Chinese text is Chinese: every field has at least one Han character, or is a date/number.
    expect(written.filter((f) => !/[\u4e00-\u9fff]/.test(f.zh)).map((f) => f.where)).toEqual([]);
  });

  it('keeps the published Chinese title and names, and the published error of the schedule', () => {
    expect(fw.metadata.title.zh.text).toBe('中国－东盟环境合作战略及行动框架 2021-2025');
    expect(fw.metadata.publisher.name.zh.text).toBe('中国－东盟环境保护合作中心');
    expect(fw.metadata.publisher.address.zh.text).toBe('中国北京市西城区后英房胡同5号，邮编100035');
    const x1 = fw.actionPlan.components[1].actions[0].activities[0];
    expect(x1.schedule.text.en.text).toBe('2020-2015, to be launched in 2020 (planned)');
    expect(x1.schedule.text.zh.text).toBe('2020-2015年，2020年启动（计划）');
  });

  it('states every number of the English in the Chinese, by value (635 million = 6.35亿)', () => {
    const missing = written
      .map((f) => ({ where: f.where, missing: numbersMissingInChinese(f.en, f.zh) }))
      .filter((r) => r.missing.length > 0);
    expect(missing).toEqual([]);
  });

  it('names in Chinese what the English abbreviates: every Latin acronym rendered by the glossary (USD → 美元, CAEC → its short form)', () => {
    const missing = written
      .map((f) => ({ where: f.where, missing: acronymsMissingInChinese(f.en, f.zh, glossary) }))
      .filter((r) => r.missing.length > 0);
    expect(missing).toEqual([]);
    // No English acronym stands in Chinese prose; international meetings keep their identifier in
    // brackets after the Chinese name, as Chinese official texts write them.
    const latin = written.flatMap((f) => latinAcronyms(f.zh).map((a) => `${f.where}: ${a}`));
    expect(latin).toEqual(['c2-p1.text: UNEA-4', 'ap-c4-a2-x2.text: COP']);
    expect(fw.actionPlan.components[3].actions[1].activities[1].text.zh.text).toContain('缔约方大会第十五次会议（COP15）');
  });

  it('italicises the same instruments in both languages, as *《…》*', () => {
    const spans = (text: string) => [...text.matchAll(/\*([^*]+)\*/g)].map((m) => m[1]);
    const mismatched = written.filter((f) => spans(f.en).length !== spans(f.zh).length).map((f) => f.where);
    expect(mismatched).toEqual([]);
    const zhSpans = written.flatMap((f) => spans(f.zh));
    expect(zhSpans).toHaveLength(19);
    expect(zhSpans.filter((s) => !/^《[^《》]+》$/.test(s))).toEqual([]);
    expect(zhSpans).toContain('《东盟共同体愿景2025》');
  });

  it('uses full-width punctuation after Chinese characters', () => {
    const offending = written
      .map((f) => ({ where: f.where, at: halfWidthPunctuationAfterHan(f.zh) }))
      .filter((r) => r.at.length > 0);
    expect(offending).toEqual([]);
    // 中国－东盟 is written with the full-width hyphen, as in the published title.
    expect(written.filter((f) => /中国[-–—]东盟|东盟[-–—]中国/.test(f.zh)).map((f) => f.where)).toEqual([]);
  });

  it('gives every schedule the same reading in Chinese as in English', () => {
    const schedules = listElements(fw).flatMap((el) => el.fields.filter((f) => f.name === 'schedule').map((f) => ({ id: el.id, value: f.value })));
    expect(schedules).toHaveLength(21);
    const differing = schedules
      .map((s) => ({ id: s.id, en: parseSchedule(s.value.en.text, 'en'), zh: parseSchedule(s.value.zh.text, 'zh') }))
      .filter((r) => JSON.stringify(r.en) !== JSON.stringify(r.zh));
    expect(differing).toEqual([]);
    expect(parseSchedule('2022年、2024年', 'zh')).toMatchObject({ status: 'ok' });
  });
});

describe('built-in edition: the revised Chinese (issue #12)', () => {
  const all = written.map((f) => f.zh).join('\n');
  const zhOf = (where: string) => written.find((f) => f.where === where)?.zh ?? '';

  it('carries the reviser\'s corrections and none of the renderings they replace', () => {
    for (const gone of ['荣损与共', '实物捐助', '废弃物收集者活动', '大气污染控制', '科学、商界和社区', '第15次会议', '通过了联合国2030年可持续发展目标', '建议为东盟成员国', '塑料减量与回收', '有关利益相关方']) {
      expect(all, gone).not.toContain(gone);
    }
    expect(zhOf('s1-p4.text')).toContain('一荣俱荣、一损俱损');
    expect(zhOf('n2.text')).toContain('以人力、实物等非现金形式提供支持');
    expect(zhOf('ap-c2-a3-x2.text')).toContain('垃圾收集行动');
    expect(zhOf('ap-c3-a1-x3.text')).toContain('大气污染防治');
    expect(zhOf('ap-c2-a1-x1.text')).toContain('科学界、工商界与社区对话');
    expect(zhOf('ap-c4-a2-x2.text')).toContain('第十五次会议（COP15）');
    expect(zhOf('s1-p1.text')).toContain('通过了《2030年可持续发展议程》');
    expect(zhOf('c1-p1.text')).toMatch(/^将为东盟成员国和中国搭建/);
    expect(zhOf('c2-m5.text')).toContain('塑料减量与收集');
    expect(zhOf('s5.4-p1.text')).toContain('提供给相关利益方参考');
  });

  it('one word for "component": the labels\' 组成部分, in section 4 and in the action plan\'s first column', () => {
    expect(fw.actionPlan.columns.focus.zh.text).toBe('组成部分');
    expect(zhOf('s4-p1.text')).toContain('以下四个组成部分');
    expect(all).not.toMatch(/重点领域|四个领域/);
  });

  it('names bodies in Chinese: the centre and ASOEN in full once, then by their short forms', () => {
    expect(zhOf('s2.1-p3.text')).toContain('中国－东盟环境保护合作中心（以下简称“中国－东盟环保合作中心”）');
    expect(zhOf('s5.1-l1-i1.text')).toContain('东盟环境高级官员会议（以下简称“东盟环境高官会”）');
    expect(zhOf('s5.1-l1-i2.text')).toMatch(/^由东盟环境高官会和生态环境部提名/);
    expect(all).not.toMatch(/CAEC|ASOEN|MEE|NFPs|EISP|CAECF|SDGs|NGOs/);
  });

  it('records where each official Chinese name was found', () => {
    const sourced = glossary.filter((t) => t.source).map((t) => t.id);
    for (const id of ['caec', 'asoen', 'nfps', 'caecf', 'eisp', 'green-envoys', 'partnership-urban', 'cooperation-strategy', 'cooperation-action-plan', 'framework-title', 'strategic-partnership-vision-2030']) {
      expect(sourced, id).toContain(id);
    }
    expect(glossary.find((t) => t.id === 'nfps')).toMatchObject({ zh: '国家联络员', variants: ['国家联络人'] });
  });

  it('asks the drafters about the source errors it cannot resolve, as comments by "Translator" on the English', () => {
    const queries = project.review.items.filter((i) => i.kind === 'comment' && i.author.name === 'Translator');
    // (in the review slot's canonical order: by id)
    expect(queries.map((q) => (q.kind === 'comment' ? [q.anchor.elementId, q.anchor.field, q.anchor.lang, q.anchor.quote?.exact] : []))).toEqual([
      ['annex-a6-e4', 'place', 'en', 'Shiyao'],
      ['annex-a7-e15', 'place', 'en', 'Shiyuan'],
      ['annex-a7-e17', 'place', 'en', 'Dacca'],
      ['ap-c2-a1-x1', 'schedule', 'en', '2020-2015'],
    ]);
    // Each quote is found in the field it questions, and each query is written in both languages.
    for (const q of queries) {
      if (q.kind !== 'comment') continue;
      const field = listElements(fw).find((e) => e.id === q.anchor.elementId)?.fields.find((f) => f.name === q.anchor.field);
      expect(field?.value.en.text).toContain(q.anchor.quote?.exact);
      expect(q.body).toMatch(/Translator's query/);
      expect(q.body).toMatch(/译者问询/);
    }
  });
});

describe('built-in edition: glossary', () => {
  it('holds the agreed terms, one Chinese per English term', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
    const byEnglish = new Map<string, Set<string>>();
    for (const t of glossary) byEnglish.set(t.en.toLowerCase(), (byEnglish.get(t.en.toLowerCase()) ?? new Set()).add(t.zh));
    expect([...byEnglish].filter(([, zh]) => zh.size > 1)).toEqual([]);
    expect(glossary.find((t) => t.acronym === 'CAEC')?.zh).toBe('中国－东盟环境保护合作中心');
    expect(glossary.find((t) => t.en === 'ASEAN-China')?.zh).toBe('中国－东盟');
  });

  it('is about this document: every term is used by the English somewhere', () => {
    const unused = glossaryUsage(fw, glossary).filter((u) => u.fields.length === 0).map((u) => u.term.id);
    expect(unused).toEqual([]);
  });

  it('is followed: wherever the English uses a term, the Chinese of that field uses the agreed Chinese', () => {
    const usage = glossaryUsage(fw, glossary);
    const violations = usage.flatMap((u) => u.fields.filter((f) => !f.zhHasTerm).map((f) => `${u.term.id} @ ${f.elementId}.${f.field}`));
    expect(violations).toEqual([]);
    const caec = usage.find((u) => u.term.id === 'caec');
    expect(caec?.fields.length).toBeGreaterThan(5);
  });
});
