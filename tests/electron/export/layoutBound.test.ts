import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headBound, rowBound, textHeightBound } from '../../../electron/services/export/pdf/layoutBound';

/**
 * The height bounds keepWithNext.ts uses to leave out a scratch layout must never be below what
 * pdfmake lays out: checked against pdfmake's own line builder (LayoutBuilder.buildNextLine) on
 * arbitrary words (widths, heights, words glued by `noNewLine`, newlines) and line widths.
 */

const require = createRequire(import.meta.url);
interface Line {
  inlines: unknown[];
  getHeight(): number;
}
const LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { buildNextLine(this: unknown, node: { _inlines: object[] }): Line | null } } }).default;

/** pdfmake's lines of `inlines` at `width` (a builder with only what buildNextLine reads). */
function pdfmakeLines(inlines: object[], width: number): Line[] {
  const builder = { writer: { context: () => ({ availableWidth: width }) } };
  const node = { _inlines: inlines.map((i) => ({ ...i })) };
  const lines: Line[] = [];
  for (let line = LayoutBuilder.prototype.buildNextLine.call(builder, node); line; line = LayoutBuilder.prototype.buildNextLine.call(builder, node)) lines.push(line);
  return lines;
}

const inline = fc.record({
  text: fc.constantFrom('a', 'word ', '中', '2023'),
  width: fc.double({ min: 0.5, max: 60, noNaN: true }),
  height: fc.double({ min: 8, max: 16, noNaN: true }),
  noNewLine: fc.boolean(),
  noWrap: fc.constant(true),
  lineEnd: fc.boolean(),
  trailingCut: fc.double({ min: 0, max: 3, noNaN: true }),
});

describe('layout height bounds', () => {
  it('a text is never taller than its bound, when there is one', () => {
    fc.assert(
      fc.property(fc.array(inline, { maxLength: 120 }), fc.double({ min: 40, max: 400, noNaN: true }), (inlines, width) => {
        const bound = textHeightBound(inlines, width);
        if (bound === null) return;
        const height = pdfmakeLines(inlines, width).reduce((h, l) => h + l.getHeight(), 0);
        expect(bound).toBeGreaterThanOrEqual(height - 1e-9);
      }),
      { numRuns: 400 },
    );
  });

  it('the first three lines of a text are never taller than its head bound', () => {
    fc.assert(
      fc.property(fc.array(inline, { minLength: 1, maxLength: 120 }), fc.double({ min: 40, max: 400, noNaN: true }), (inlines, width) => {
        const head = pdfmakeLines(inlines, width).slice(0, 3).reduce((h, l) => h + l.getHeight(), 0);
        expect(headBound({ text: 'x', _inlines: inlines, _margin: [0, 5, 0, 7] })).toBeGreaterThanOrEqual(5 + head - 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('bounds a row by its tallest cell, a list item by its taller column at pdfmake\'s widths, and leaves merged cells to the layout', () => {
    const word = (width: number, height: number) => ({ width, height });
    const text = (...inlines: Array<{ width: number; height: number }>) => ({ text: 'x', _inlines: inlines });
    // A list item in a 100-wide cell: label 30, gap 2, text 68 (two words of 40: at most ⌊80 / 28⌋ + 1 = 3 lines of 10), margin 5 below.
    const item = { columns: [{ width: 30, ...text(word(10, 10)) }, { width: '*', ...text(word(40, 10), word(40, 10)) }], _gap: 2, _margin: [0, 0, 0, 5] };
    expect(rowBound([{ stack: [item] }, { stack: [text(word(10, 12))] }], [100, 100])).toBe(35);
    expect(rowBound([{ stack: [text(word(10, 12))], rowSpan: 2 }], [100])).toBeNull();
    expect(rowBound([{ stack: [text(word(10, 12))] }, {}], [100, 100])).toBe(12);
  });

  it('has no bound for a text with a glued group as wide as the line, or a newline glued to the next word', () => {
    expect(textHeightBound([{ width: 30, height: 10, noNewLine: true }, { width: 30, height: 10 }], 50)).toBeNull();
    expect(textHeightBound([{ width: 1, height: 10, noNewLine: true, lineEnd: true }, { width: 1, height: 10 }], 50)).toBeNull();
    // Two words of 20 on a line of 50: at most ⌊40 / (50 − 20)⌋ + 1 = 2 lines of the taller word.
    expect(textHeightBound([{ width: 20, height: 10 }, { width: 20, height: 12 }], 50)).toBe(24);
  });
});
