import { describe, expect, it } from 'vitest';
import { StringMemo, StringPairMemo } from '../../../shared/checks/memo';

describe('memos per text', () => {
  it('compute each text once, and still answer right past their limit', () => {
    let calls = 0;
    const memo = new StringMemo<number>(3);
    const len = (t: string) => {
      calls++;
      return t.length;
    };
    expect(memo.get('abc', len)).toBe(3);
    expect(memo.get('abc', len)).toBe(3);
    expect(calls).toBe(1);
    for (const t of ['a', 'bb', 'cccc', 'ddddd', 'abc']) expect(memo.get(t, len)).toBe(t.length);
    // Five distinct texts through a memo of three: it started afresh once, so 'abc' was read again.
    expect(calls).toBe(6);
  });

  it('a pair memo recomputes when the second text differs, and remembers results that are falsy', () => {
    let calls = 0;
    const memo = new StringPairMemo<string | null>();
    const join = (a: string, b: string) => {
      calls++;
      return a === b ? null : `${a}/${b}`;
    };
    expect(memo.get('x', 'y', join)).toBe('x/y');
    expect(memo.get('x', 'z', join)).toBe('x/z');
    expect(memo.get('x', 'z', join)).toBe('x/z');
    expect(memo.get('q', 'q', join)).toBeNull();
    expect(memo.get('q', 'q', join)).toBeNull();
    expect(calls).toBe(3);
  });
});
