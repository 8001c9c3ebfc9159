import { describe, expect, it } from 'vitest';
import { justifyAtSpaces } from '../../../electron/services/export/pdf/justifyAtSpaces';

/** A laid-out line: words side by side from x = 0, `width` the sum of their widths. */
function line(words: Array<[string, number]>) {
  let x = 0;
  const inlines = words.map(([text, width]) => {
    const inline: { text: string; x: number; width: number; justifyShift?: number } = { text, x, width };
    x += width;
    return inline;
  });
  return { inlines, getWidth: () => x };
}

describe('justified lines stretched at spaces', () => {
  it('gives the spare width to the boundaries after a space, none after a hyphen or inside a word', () => {
    const l = line([['the ', 20], ['ASEAN-', 30], ['China ', 30], ['Cooperation', 50], ['.', 5]]);
    expect(justifyAtSpaces(l, 147)).toBe(true);
    // 12 spare points over two spaces ("the |", "China |"): 6 each.
    expect(l.inlines.map((i) => i.x)).toEqual([0, 26, 56, 92, 142]);
    expect(l.inlines.map((i) => i.justifyShift ?? 0)).toEqual([0, 6, 0, 6, 0]);
  });

  it('spaces Chinese characters from each other, not from Latin text glued to them', () => {
    const l = line([['中', 10], ['国', 10], ['CAEC', 20], ['（', 10], ['主', 10]]);
    expect(justifyAtSpaces(l, 64)).toBe(true);
    // Boundaries 中|国, （|主 stretch (4 spare → 2 each); 国|CAEC and CAEC|（ do not.
    expect(l.inlines.map((i) => i.x)).toEqual([0, 12, 22, 42, 54]);
  });

  it('leaves a line with nowhere to stretch to pdfmake', () => {
    const l = line([['co-', 10], ['operation', 30]]);
    expect(justifyAtSpaces(l, 50)).toBe(false);
    expect(l.inlines.map((i) => i.x)).toEqual([0, 10]);
  });
});
