import type { Framework } from '../model/framework';
import { AcronymCache } from './acronyms';
import { StringMemo, StringPairMemo } from './memo';
import type { Derived } from './rule';
import { TokenMemo } from './text';

/**
 * The derived values of one checker (see {@link Derived}): kept between its runs, each keyed by
 * everything it depends on (the string, the object, the acronym map), so none can go stale.
 */
export function createDerived(): { at(fw: Framework): Derived } {
  const acronyms = new AcronymCache();
  const tokens = new TokenMemo();
  const texts = new Map<(text: string) => unknown, StringMemo<unknown>>();
  const pairs = new Map<(a: string, b: string) => unknown, StringPairMemo<unknown>>();
  const objects = new Map<(part: never) => unknown, WeakMap<object, unknown>>();
  const text = <R>(fn: (text: string) => R, value: string): R => {
    let memo = texts.get(fn);
    if (!memo) {
      memo = new StringMemo();
      texts.set(fn, memo);
    }
    return memo.get(value, fn) as R;
  };
  const pair = <R>(fn: (a: string, b: string) => R, a: string, b: string): R => {
    let memo = pairs.get(fn);
    if (!memo) {
      memo = new StringPairMemo();
      pairs.set(fn, memo);
    }
    return memo.get(a, b, fn) as R;
  };
  const of = <T extends object, R>(fn: (part: T) => R, part: T): R => {
    let memo = objects.get(fn);
    if (!memo) {
      memo = new WeakMap();
      objects.set(fn, memo);
    }
    if (memo.has(part)) return memo.get(part) as R;
    const result = fn(part);
    memo.set(part, result);
    return result;
  };
  // The same object while the acronyms are the same: steps may keep it in their context.
  let last: Derived | null = null;
  return {
    at(fw) {
      const known = acronyms.get(fw);
      if (last?.acronyms !== known) last = { acronyms: known, tokens, text, pair, of };
      return last;
    },
  };
}
