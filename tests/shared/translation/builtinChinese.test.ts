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

  it('keeps every Latin acronym of the English, or renders it by the glossary (USD → 美元)', () => {
    const missing = written
      .map((f) => ({ where: f.where, missing: acronymsMissingInChinese(f.en, f.zh, glossary) }))
      .filter((r) => r.missing.length > 0);
    expect(missing).toEqual([]);
    // The institutional acronyms the brief names are printed in the Chinese wherever the English prints them.
    const kept = ['CAECF', 'EISP', 'CAEC', 'MEE', 'ASOEN', 'NFPs', 'SDGs', 'UNEA-4', 'ACB', 'CAEO-1'];
    const dropped = written.flatMap((f) => latinAcronyms(f.en).filter((a) => kept.includes(a) && !f.zh.includes(a)).map((a) => `${f.where}: ${a}`));
    expect(dropped).toEqual([]);
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
