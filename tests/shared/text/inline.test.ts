import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline, stripInlineMarkup } from '../../../shared/text/inline';

describe('inline markup', () => {
  it('reads plain text as one plain run, backslashes and all', () => {
    expect(parseInline('ASEAN-China C:\\path (2021-2025)')).toEqual([{ text: 'ASEAN-China C:\\path (2021-2025)', emphasis: false }]);
    expect(parseInline('')).toEqual([]);
  });

  it('reads *…* as emphasis, \\* as a literal asterisk and an unclosed * literally', () => {
    expect(parseInline('the *Paris Agreement* and *CBD*')).toEqual([
      { text: 'the ', emphasis: false },
      { text: 'Paris Agreement', emphasis: true },
      { text: ' and ', emphasis: false },
      { text: 'CBD', emphasis: true },
    ]);
    expect(parseInline('5 \\* 3 = 15')).toEqual([{ text: '5 * 3 = 15', emphasis: false }]);
    expect(parseInline('footnote*')).toEqual([{ text: 'footnote*', emphasis: false }]);
    expect(stripInlineMarkup('《*巴黎协定*》')).toBe('《巴黎协定》');
  });

  it('stripInlineMarkup is the text of parseInline\'s runs, for any mix of *, \\ and letters (property)', () => {
    const text = fc.array(fc.constantFrom('*', '\\', 'a', ' ', '中'), { maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(stripInlineMarkup(t)).toBe(parseInline(t).map((r) => r.text).join(''));
      }),
      { numRuns: 2000 },
    );
    expect(stripInlineMarkup('a \\*b* *c*')).toBe('a *b c*');
  });

  it('gives back the pieces a text was made of', () => {
    const piece = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/[*\\]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.record({ text: piece, emphasis: fc.boolean() }), { maxLength: 6 }), (pieces) => {
        const text = pieces.map((p) => (p.emphasis ? `*${p.text}*` : p.text)).join('');
        const merged = pieces.reduce<Array<{ text: string; emphasis: boolean }>>((out, p) => {
          const last = out.at(-1);
          if (last && last.emphasis === p.emphasis) last.text += p.text;
          else out.push({ ...p });
          return out;
        }, []);
        expect(parseInline(text)).toEqual(merged);
      }),
    );
  });
});
