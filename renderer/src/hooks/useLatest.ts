import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the value of the last render, for handlers registered once (document
 * listeners, IPC events) that must call the current callback. Written in a layout effect, not
 * during render: a render React throws away must not leak its value.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
