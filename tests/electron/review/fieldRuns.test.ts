import { Document, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fieldRuns } from '../../../electron/services/review/fieldRuns';
import { visibleText } from '../../../shared/text/inline';
import { parseInline } from '../../../shared/text/inline';

/** The body of a document holding `children` as one paragraph, as the library writes it. */
async function paragraphXml(children: ParagraphChild[]): Promise<string> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ children })] }] });
  const xml = await (await JSZip.loadAsync(await Packer.toBuffer(doc))).file('word/document.xml')!.async('string');
  return xml.match(/<w:body><w:p>(.*?)<\/w:p>/)![1];
}

/** A marker: a run whose text is its name in brackets. */
const marker = (name: string) => [new TextRun(`[${name}]`)];

/** The runs of the XML as their text ('/' before an italic one); markers by their name. */
function pieces(xml: string): string[] {
  return [...xml.matchAll(/<w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">(.*?)<\/w:t><\/w:r>/g)].map((m) => (/^\[M\d\]$/.test(m[2]) ? m[2].slice(1, -1) : `${m[1]?.includes('<w:i/>') ? '/' : ''}${m[2]}`));
}

describe('a field as runs with marks', () => {
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

  it('puts marks before the first visible character at or after their offset, in the order given at one place', async () => {
    const text = 'Plain *emphasised words* end';
    const at = (s: string) => text.indexOf(s);
    const xml = await paragraphXml(
      fieldRuns(text, 'en', [
        { at: at('*emph'), children: marker('M1') }, // on the marker: before "emphasised"
        { at: at('words'), children: marker('M2') },
        { at: at('* end'), children: marker('M3') }, // on the closing marker: after "words"
        { at: at('* end'), children: marker('M4') },
        { at: text.length, children: marker('M5') },
      ]),
    );
    expect(pieces(xml)).toEqual(['Plain ', 'M1', '/emphasised ', 'M2', '/words', 'M3', 'M4', ' end', 'M5']);
  });

  it('sets no italics on Chinese, and keeps tabs and line breaks as Word elements', async () => {
    expect(await paragraphXml(fieldRuns('见*《东盟共同体愿景2025》*', 'zh'))).not.toContain('<w:i/>');
    expect(await paragraphXml(fieldRuns('a\tb\nc', 'en'))).toBe('<w:r><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">c</w:t></w:r>');
  });

  it('writes a deleted span as a tracked deletion of exactly those words, emphasis kept apart', async () => {
    let id = 100;
    const change = { kind: 'del' as const, author: 'Li Wei', date: '2026-03-01T09:00:00Z', nextId: () => id++ };
    const text = 'Hold a *round-table* dialogue yearly';
    const xml = await paragraphXml(fieldRuns(text, 'en', [], {}, [{ from: text.indexOf('*round'), to: text.indexOf(' yearly'), change }]));
    const deleted = [...xml.matchAll(/<w:del w:id="(\d+)" w:author="Li Wei" w:date="[^"]+">.*?<w:delText xml:space="preserve">(.*?)<\/w:delText>/g)].map((m) => [m[1], m[2]]);
    expect(deleted).toEqual([
      ['100', 'round-table'],
      ['101', ' dialogue'],
    ]);
    expect(pieces(xml)).toEqual(['Hold a ', ' yearly']);
  });
});
