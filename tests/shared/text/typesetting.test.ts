import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_BREAK_AFTER, NO_BREAK_BEFORE, chineseMarker, chineseSpacing, hyphenPieces } from '../../../shared/text/typesetting';

const joined = (pieces: ReturnType<typeof hyphenPieces>) => pieces.map((p) => (typeof p === 'string' ? p : '-')).join('');

describe('print typesetting rules', () => {
  it('makes the hyphen of a year range or a Chinese compound non-breaking, and no other', () => {
    expect(hyphenPieces('2021-2025')).toEqual(['2021', { noBreakHyphen: true }, '2025']);
    expect(hyphenPieces('中国-东盟合作')).toEqual(['中国', { noBreakHyphen: true }, '东盟合作']);
    expect(hyphenPieces('Activity 1-3, 2-1-4')).toEqual(['Activity 1', { noBreakHyphen: true }, '3, 2', { noBreakHyphen: true }, '1', { noBreakHyphen: true }, '4']);
    expect(hyphenPieces('ASEAN-China well-being')).toEqual(['ASEAN-China well-being']);
    expect(hyphenPieces('- 2021')).toEqual(['- 2021']);
  });

  it('gives the text back whatever it is', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('2', '-', 'a', '中', ' ', '\u2010'), { maxLength: 20 }), (chars) => {
      const text = chars.join('');
      expect(joined(hyphenPieces(text))).toBe(text.replace(/(?<=[0-9中])\u2010(?=[0-9中])/g, '-'));
    }));
  });

  it('drops the space after full-width punctuation in Chinese, and prints list markers full-width', () => {
    expect(chineseSpacing('组成部分1： 环境政策对话；  交流')).toBe('组成部分1：环境政策对话；交流');
    expect(chineseSpacing('ASEAN: text')).toBe('ASEAN: text');
    expect(chineseMarker('(1)')).toBe('（1）');
    expect(chineseMarker('1.')).toBe('1.');
  });

  it('keeps the full-width hyphen and a number\'s date word from either side of a line break', () => {
    for (const c of '－') {
      expect(NO_BREAK_AFTER).toContain(c);
      expect(NO_BREAK_BEFORE).toContain(c);
    }
    for (const c of '年月日，。）》') expect(NO_BREAK_BEFORE).toContain(c);
    for (const c of '（《“') expect(NO_BREAK_AFTER).toContain(c);
  });
});
