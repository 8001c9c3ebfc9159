import { describe, expect, it } from 'vitest';
import { NO_BREAK_AFTER, NO_BREAK_BEFORE, keepPieces } from '../../../shared/text/typesetting';

describe('line breaking a renderer without its own layout engine applies', () => {
  it('cuts a keep run at its hyphens, each one non-breaking, giving the text back', () => {
    expect(keepPieces('2021-2025')).toEqual(['2021', { noBreakHyphen: true }, '2025']);
    expect(keepPieces('1-3-2')).toEqual(['1', { noBreakHyphen: true }, '3', { noBreakHyphen: true }, '2']);
    expect(keepPieces('中国－东盟')).toEqual(['中国－东盟']);
  });

  it('keeps the full-width hyphen and a number\'s date word from either side of a line break', () => {
    expect(NO_BREAK_AFTER).toContain('－');
    expect(NO_BREAK_BEFORE).toContain('－');
    for (const c of '年月日，。）》') expect(NO_BREAK_BEFORE).toContain(c);
    for (const c of '（《“') expect(NO_BREAK_AFTER).toContain(c);
  });
});
