import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldRunsXml } from '../../../electron/services/review/fieldRuns';
import { visibleText } from '../../../shared/text/inline';
import { parseInline } from '../../../shared/text/inline';

/** The runs of the XML as their text ('/' before an italic one), and the markers between them by name. */
function pieces(xml: string): string[] {
  return [...xml.matchAll(/<w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">(.*?)<\/w:t><\/w:r>|<(M\d+)\/>/g)].map((m) => m[3] ?? `${m[1]?.includes('<w:i/>') ? '/' : ''}${m[2]}`);
}

describe('a field as runs with markers', () => {
  it('reads emphasis exactly as parseInline does, each visible character at its raw offset', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '*', '\\', '中'), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const v = visibleText(text);
        const runs: Array<{ text: string; emphasis: boolean }> = [];
        for (let k = 0; k < v.chars.length; k++) {
          const last = runs.at(-1);
          if (last && last.emphasis === v.emphasis[k]) last.text += v.chars[k];
          else runs.push({ text: v.chars[k], emphasis: v.emphasis[k] });
          // The raw character is the one shown, or the backslash of an escaped asterisk.
          expect(text[v.raw[k]] === v.chars[k] || (text[v.raw[k]] === '\\' && v.chars[k] === '*')).toBe(true);
        }
        expect(runs).toEqual(parseInline(text));
      }),
    );
  });

  it('puts markers before the first visible character at or after their offset, in the order given at one place', () => {
    const text = 'Plain *emphasised words* end';
    const at = (s: string) => text.indexOf(s);
    const xml = fieldRunsXml(text, 'en', [
      { at: at('*emph'), xml: '<M1/>' }, // on the marker: before "emphasised"
      { at: at('words'), xml: '<M2/>' },
      { at: at('* end'), xml: '<M3/>' }, // on the closing marker: after "words"
      { at: at('* end'), xml: '<M4/>' },
      { at: text.length, xml: '<M5/>' },
    ]);
    expect(pieces(xml)).toEqual(['Plain ', 'M1', '/emphasised ', 'M2', '/words', 'M3', 'M4', ' end', 'M5']);
  });

  it('sets no italics on Chinese, and keeps tabs and line breaks as Word elements', () => {
    expect(fieldRunsXml('见*《东盟共同体愿景2025》*', 'zh')).not.toContain('<w:i/>');
    expect(fieldRunsXml('a\tb\nc', 'en')).toBe('<w:r><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">c</w:t></w:r>');
  });
});
