import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

/** Below this many rows every row is in the page; above it only those near the viewport. */
export const WINDOW_FROM = 120;

/**
 * Which rows of a long table in its own scroller are in the page (@tanstack/react-virtual), with
 * the heights of the spacer rows above and below them, so the scroll bar stays true. Short tables
 * are rendered whole: nothing to gain, and find-in-page keeps working.
 */
export function useRowWindow(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number) {
  const enabled = count > WINDOW_FROM;
  // The build runs no React Compiler, so nothing memoises the virtualiser's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: enabled ? count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialRect: { width: 1200, height: 800 },
  });
  if (!enabled) return { indexes: Array.from({ length: count }, (_, i) => i), before: 0, after: 0, measure: undefined };
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0].start : 0;
  const after = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  return { indexes: items.map((v) => v.index), before, after, measure: virtualizer.measureElement };
}
