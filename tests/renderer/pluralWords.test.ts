import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../renderer/i18n';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('counts are worded through the plural rules of the UI language', () => {
  it('a year without a work plan says how many activities the schedule proposes: one activity, several activities', async () => {
    expect(i18n.t('record.workPlan.none', { year: 2023, count: 1 })).toBe('No work plan for 2023 yet: the schedule proposes 1 activity');
    expect(i18n.t('record.workPlan.none', { year: 2023, count: 12 })).toBe('No work plan for 2023 yet: the schedule proposes 12 activities');
    await i18n.changeLanguage('zh');
    expect(i18n.t('record.workPlan.none', { year: 2023, count: 1 })).toBe('2023年尚无工作计划：按时间安排建议 1 项活动');
    expect(i18n.t('record.workPlan.none', { year: 2023, count: 12 })).toBe('2023年尚无工作计划：按时间安排建议 12 项活动');
  });
});
