import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_EDITION_FILE } from '../../../electron/services/builtinEdition';
import { FONTS_DIR, PDF_FONT_FILES } from '../../../electron/services/export/fonts';
import { CJK_COMPOSABLE } from '../../../electron/services/export/pdf/pdfkitReuse';
import { joinInlines } from '../../../electron/services/export/pdf/pdfmakeLines';

/**
 * The assumptions the export's speed-ups rest on, checked against the real fonts and readers:
 * if a font or library update breaks one, these fail before a document comes out subtly wrong.
 */

const require = createRequire(import.meta.url);
const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-export-speed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface FkFont {
  layout(text: string): { glyphs: { id: number }[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] };
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
}

describe('Chinese text shaped per character', () => {
  const fontkit = require('fontkit') as { create(bytes: Buffer): FkFont };
  const edition = readFileSync(BUILTIN_EDITION_FILE, 'utf8');
  const runs = [...new Set(edition.match(new RegExp(`${CJK_COMPOSABLE.source.slice(1, -2)}{2,}`, 'gu')) ?? [])];

  it.each([PDF_FONT_FILES.SerifSC.normal, PDF_FONT_FILES.SerifSC.bold])('%s: every Chinese run of the built-in edition shapes as its characters side by side', (file) => {
    const font = fontkit.create(readFileSync(path.join(FONTS_DIR, file)));
    expect(runs.length).toBeGreaterThan(100);
    const shape = (t: string) => {
      const r = font.layout(t);
      return r.glyphs.map((g, i) => [g.id, r.positions[i].xAdvance, r.positions[i].yAdvance, r.positions[i].xOffset, r.positions[i].yOffset]);
    };
    for (const run of runs) {
      const single = [...run].flatMap((ch) => {
        const g = font.glyphForCodePoint(ch.codePointAt(0)!);
        return [[g.id, g.advanceWidth, 0, 0, 0]];
      });
      expect(shape(run), run).toEqual(single);
    }
  });
});

describe('joining the words of a line', () => {
  const latin = {};
  const chinese = {};
  const word = (text: string, x: number, width: number, extra: object = {}) => ({ text, x, width, font: CJK_COMPOSABLE.test(text) ? chinese : latin, fontSize: 10, color: 'black', ...extra });

  it('joins words that end in a space, and Chinese characters, when they follow each other with no gap', () => {
    const joined = joinInlines({ inlines: [word('Strategy ', 0, 40), word('and ', 40, 20), word('中', 60, 10), word('国', 70, 10)] });
    expect(joined?.map((i) => i.text)).toEqual(['Strategy and ', '中国']);
    expect(joined?.[1]).toMatchObject({ x: 60, width: 20, font: chinese });
  });

  it('on a justified line joins single characters and spaces them as pdfmake did', () => {
    const joined = joinInlines({ inlines: [word('环', 0, 10), word('境', 12, 10, { justifyShift: 2 }), word('合', 24, 10, { justifyShift: 2 }), word('作，', 36, 20, { justifyShift: 2 })] });
    expect(joined?.map((i) => [i.text, i.x, i.characterSpacing ?? 0])).toEqual([
      ['环境合', 0, 2],
      ['作，', 36, 0],
    ]);
  });

  it('on a justified line joins words that end in one space, the extra space as word spacing; never mixes the two spacings', () => {
    const joined = joinInlines({ inlines: [word('Strategy ', 0, 40), word('and ', 43, 20, { justifyShift: 3 }), word('Action ', 66, 30, { justifyShift: 3 }), word('中', 99, 10, { justifyShift: 3 }), word('国', 112, 10, { justifyShift: 3 })] });
    expect(joined?.map((i) => [i.text, i.x, i.wordSpacing ?? 0, i.characterSpacing ?? 0])).toEqual([
      ['Strategy and Action ', 0, 3, 0],
      ['中国', 99, 0, 3],
    ]);
    // Two spaces after a word: pdfkit's word spacing would put back one space only.
    expect(joinInlines({ inlines: [word('a  ', 0, 10), word('b ', 13, 10, { justifyShift: 3 })] })).toBeNull();
  });

  it('leaves apart words in another colour, underlined, linked, or not where the previous one ends', () => {
    expect(joinInlines({ inlines: [word('a ', 0, 10), word('b ', 10, 10, { color: 'red' })] })).toBeNull();
    expect(joinInlines({ inlines: [word('a ', 0, 10), word('b ', 10, 10, { decoration: 'underline' })] })).toBeNull();
    expect(joinInlines({ inlines: [word('a ', 0, 10), word('b ', 10, 10, { linkToDestination: 'h1' })] })).toBeNull();
    expect(joinInlines({ inlines: [word('co-', 0, 10), word('operation ', 10, 30)] })).toBeNull();
    expect(joinInlines({ inlines: [word('a ', 0, 10), word('b ', 11, 10)] })).toBeNull();
  });
});
