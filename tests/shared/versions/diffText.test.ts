import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonSubsequence, diffAfter, diffBefore, diffText, tokenize, type DiffOp } from '../../../shared/versions/diffText';

const changed = (ops: DiffOp[]) => ops.filter((o) => o.op !== 'equal').map((o) => `${o.op === 'insert' ? '+' : '-'}${o.text}`);

// Texts built from pieces a framework has: English words, Chinese characters, punctuation, spaces.
const piece = fc.constantFrom('the', 'ASEAN', 'China', 'cooperation', 'marine', 'plastics', '2021', '2025', '-', ',', '.', ' ', '  ', '\n', '环', '境', '合', '作', '，', '。', '（', '）', 'é', '*');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
const anyText = fc.oneof(text, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

describe('diffText', () => {
  it('tokenises English by word, space and punctuation, and Chinese by character', () => {
    expect(tokenize('Marine plastics, 2021-2025.')).toEqual(['Marine', ' ', 'plastics', ',', ' ', '2021', '-', '2025', '.']);
    expect(tokenize('环境合作（2021）')).toEqual(['环', '境', '合', '作', '（', '2021', '）']);
  });

  it('equal+delete runs spell the old text, equal+insert runs the new, and runs alternate', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const ops = diffText(a, b);
        expect(diffBefore(ops)).toBe(a);
        expect(diffAfter(ops)).toBe(b);
        for (const o of ops) expect(o.text.length).toBeGreaterThan(0);
        for (let i = 1; i < ops.length; i++) expect(ops[i].op === ops[i - 1].op).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('an identical text has no changes; an edit of one word marks only that word', () => {
    expect(changed(diffText('Joint research on marine plastics', 'Joint research on marine plastics'))).toEqual([]);
    expect(changed(diffText('Joint research on marine plastics', 'Joint research on marine litter'))).toEqual(['-plastics', '+litter']);
    expect(changed(diffText('Workshop in 2021', 'Annual workshop in 2021'))).toEqual(['-Workshop', '+Annual workshop']);
  });

  it('compares Chinese by character', () => {
    expect(changed(diffText('加强海洋塑料垃圾治理', '加强海洋微塑料垃圾治理'))).toEqual(['+微']);
    expect(changed(diffText('开展联合研究', '开展合作研究'))).toEqual(['-联', '+作']);
  });

  it('does not lose text of a long paragraph rewritten heavily (bounded search)', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(' ');
    const ops = diffText(a, b, { maxEdits: 100 });
    expect(diffBefore(ops)).toBe(a);
    expect(diffAfter(ops)).toBe(b);
    // Past the bound (jsdiff's maxEditLength) the middle is one replacement, not a minimal script.
    expect(ops.map((o) => o.op)).toEqual(['delete', 'insert']);
  });

  it('commonSubsequence keeps the longest stable order of ids', () => {
    expect([...commonSubsequence(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])].sort()).toEqual(['a', 'c', 'd']);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 }), fc.integer(), (ids, seed) => {
        const a = ids.map(String);
        const b = [...a].sort((x, y) => ((Number(x) * 7919 + seed) % 31) - ((Number(y) * 7919 + seed) % 31));
        const kept = commonSubsequence(a, b);
        // What is kept appears in the same order in both.
        expect(a.filter((x) => kept.has(x))).toEqual(b.filter((x) => kept.has(x)));
      }),
    );
  });
});
