import { useState } from 'react';

/**
 * A value derived from `input`, recomputed only when `input` is a new object, with the previous
 * value handed to `derive` so it can keep the identity of what did not change (memoised children
 * then skip rendering). Kept in state and updated during render, as React recommends for state
 * derived from props: no ref read during render, no effect, no extra commit.
 */
export function useDerived<I, T>(input: I, derive: (input: I, previous: T | undefined) => T): T {
  const [state, setState] = useState<{ input: I; value: T }>(() => ({ input, value: derive(input, undefined) }));
  if (state.input === input) return state.value;
  const value = derive(input, state.value);
  setState({ input, value });
  return value;
}
