import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCjk, splitByScript } from '../../../shared/export/script';

describe('splitByScript', () => {
  it('never leaves a Chinese character in a Latin piece, nor a Latin letter in a CJK piece', () => {
    const pieces = splitByScript('ASEAN-China 中国－东盟环境合作（2021-2025）SDGs“可持续”。', 'zh');
    for (const p of pieces) {
      if (p.cjk) expect(p.text).not.toMatch(/[A-Za-z0-9]/);
      else expect(hasCjk(p.text)).toBe(false);
    }
    expect(pieces.map((p) => p.text).join('')).toBe('ASEAN-China 中国－东盟环境合作（2021-2025）SDGs“可持续”。');
  });

  it('gives full-width punctuation to the CJK font and keeps the title split where the script changes', () => {
    expect(splitByScript('中国－东盟环境合作战略及行动框架 2021-2025', 'zh')).toEqual([
      { text: '中国－东盟环境合作战略及行动框架 ', cjk: true },
      { text: '2021-2025', cjk: false },
    ]);
    expect(splitByScript('ASEAN（东盟）', 'en')).toEqual([
      { text: 'ASEAN', cjk: false },
      { text: '（东盟）', cjk: true },
    ]);
  });

  it('lets neutral characters follow the paragraph language between scripts', () => {
    expect(splitByScript('China “中国” now', 'en')).toEqual([
      { text: 'China “', cjk: false },
      { text: '中国', cjk: true },
      { text: '” now', cjk: false },
    ]);
    expect(splitByScript('中国 “ASEAN”', 'zh')).toEqual([
      { text: '中国 “', cjk: true },
      { text: 'ASEAN', cjk: false },
      { text: '”', cjk: true },
    ]);
    expect(splitByScript('   ', 'zh')).toEqual([{ text: '   ', cjk: true }]);
    expect(splitByScript('', 'en')).toEqual([]);
  });

  it('handles characters beyond the BMP (CJK extension B) as CJK', () => {
    expect(splitByScript('a𠀀b', 'en')).toEqual([
      { text: 'a', cjk: false },
      { text: '𠀀', cjk: true },
      { text: 'b', cjk: false },
    ]);
  });

  it('round-trips any text and alternates scripts (property)', () => {
    const alphabet = fc.constantFrom('a', 'Z', '1', ' ', '-', '“', '”', '中', '国', '，', '。', '（', '）', '𠀀', '—', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), fc.constantFrom('en' as const, 'zh' as const), (text, lang) => {
        const pieces = splitByScript(text, lang);
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        for (let i = 1; i < pieces.length; i++) expect(pieces[i].cjk).not.toBe(pieces[i - 1].cjk);
        for (const p of pieces) if (!p.cjk) expect(hasCjk(p.text)).toBe(false);
      }),
    );
  });
});
