import { describe, expect, it } from 'vitest';
import { datePartOrder, datePattern, formatDateInput, parseDateInput } from '../../../renderer/src/format/dateInput';

describe('typed dates in the UI language', () => {
  it('orders the parts as Intl does for the UI language, not the machine', () => {
    expect(datePartOrder('en')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('zh')).toEqual(['year', 'month', 'day']);
    expect(datePattern('en', { year: 'yyyy', month: 'mm', day: 'dd' })).toBe('dd/mm/yyyy');
    expect(datePattern('zh', { year: '年', month: '月', day: '日' })).toBe('年/月/日');
  });

  it('shows an ISO date in that order and reads it back', () => {
    expect(formatDateInput('2026-12-03', 'en')).toBe('03/12/2026');
    expect(formatDateInput('2026-12-03', 'zh')).toBe('2026/12/03');
    for (const lang of ['en', 'zh']) expect(parseDateInput(formatDateInput('2026-02-28', lang), lang)).toBe('2026-02-28');
  });

  it('reads day-first in English, year-first always, and 年月日; refuses what is no day', () => {
    expect(parseDateInput('3/12/2026', 'en')).toBe('2026-12-03');
    expect(parseDateInput('3.12.2026', 'en')).toBe('2026-12-03');
    expect(parseDateInput('2026-12-03', 'en')).toBe('2026-12-03');
    expect(parseDateInput('2026/12/3', 'zh')).toBe('2026-12-03');
    expect(parseDateInput('2026年12月3日', 'zh')).toBe('2026-12-03');
    expect(parseDateInput('  ', 'zh')).toBe('');
    expect(parseDateInput('2026/2/30', 'zh')).toBeNull();
    expect(parseDateInput('12/3/26', 'en')).toBeNull();
    expect(parseDateInput('13/13/2026', 'en')).toBeNull();
    expect(parseDateInput('tomorrow', 'en')).toBeNull();
  });
});
