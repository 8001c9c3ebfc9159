import { describe, expect, it } from 'vitest';
import { chineseNumeral, chineseNumbers, englishNumbers } from '../../../shared/checks/numbers';
import { textParity } from '../../../shared/checks/rules/bilingual';

/** The numbers the bilingual parity check compares, where Chinese writes them in Chinese numerals. */

describe('numbers stated in Chinese numerals', () => {
  it('reads Chinese numerals below a thousand', () => {
    expect(['十', '十五', '二十', '二十一', '九十九', '一百', '一百零五', '两百'].map(chineseNumeral)).toEqual([10, 15, 20, 21, 99, 100, 105, 200]);
    expect(chineseNumeral('五五')).toBeNaN();
  });

  it('counts an ordinal "第十五次会议" as the English "15th Meeting", and leaves other Chinese numerals alone', () => {
    expect(chineseNumbers('缔约方大会第十五次会议（COP15）')).toEqual(new Set(['15']));
    expect(englishNumbers('15th Meeting of the Conference of Parties')).toEqual(new Set(['15']));
    // "十堰" is a city, "一荣俱荣" an idiom: no number stated.
    expect(chineseNumbers('中国十堰；一荣俱荣、一损俱损')).toEqual(new Set());
  });
});

describe('bilingual parity on the revised COP15 sentence', () => {
  const en = 'To contribute to the post-2020 global biodiversity framework to be adopted at 15th Meeting of the Conference of Parties to the Convention on Biological Diversity';
  it('neither the number nor the bracketed identifier of the meeting is a difference', () => {
    const zh = '为将在《生物多样性公约》缔约方大会第十五次会议（COP15）上通过的2020年后全球生物多样性框架作出贡献';
    expect(textParity(en, zh).found).toEqual([]);
  });
  it('a Chinese that states another meeting is still reported, and an acronym the English does not support too', () => {
    const zh = '为将在《生物多样性公约》缔约方大会第十四次会议（COP14）上通过的框架作出贡献（UNEP）';
    expect(textParity(en, zh).found.map((f) => f.code)).toEqual([
      'bilingual-numbers',
      'bilingual-acronyms',
    ]);
  });
});
