import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excessiveNestingByCharacters, excessiveNestingOffset } from '../../../shared/text/strictJson';

/**
 * The nesting check before JSON.parse scans by regular expressions (strings skipped in one match);
 * it must answer exactly as the plain character loop, on JSON and on anything else.
 */
describe('excessiveNestingOffset', () => {
  it('answers as the character-by-character scan on any text of brackets, quotes and escapes', () => {
    const text = fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', 'a', ' ', '\n', '中'), maxLength: 200 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, limit) => {
        expect(excessiveNestingOffset(t, limit)).toBe(excessiveNestingByCharacters(t, limit));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as the character-by-character scan on JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (t, limit) => {
        expect(excessiveNestingOffset(t, limit)).toBe(excessiveNestingByCharacters(t, limit));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the first bracket past the limit after long strings and strings of escapes', () => {
    const escapes = `"${'\\n'.repeat(2_000_000)}"`;
    const deep = `[${escapes},${'['.repeat(101)}`;
    expect(excessiveNestingOffset(deep, 100)).toBe(excessiveNestingByCharacters(deep, 100));
    expect(excessiveNestingOffset(deep, 100)).toBe(escapes.length + 2 + 99);
    expect(excessiveNestingOffset(`{"a":"${'x'.repeat(5_000_000)}"}`)).toBe(-1);
  });
});
