import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/review/sha256';
import { canonicalJson } from '../../../shared/review/canonicalJson';

describe('pure SHA-256', () => {
  it('matches node:crypto on known and random texts (ASCII, Chinese, astral, padding boundaries)', () => {
    for (const t of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '中国—东盟环境合作', '😀 x']) {
      expect(sha256Hex(t)).toBe(createHash('sha256').update(t, 'utf8').digest('hex'));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => {
      expect(sha256Hex(t)).toBe(createHash('sha256').update(t, 'utf8').digest('hex'));
    }), { numRuns: 300 });
  });

  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });
});
