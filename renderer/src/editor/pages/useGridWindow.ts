import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Rough height of one table row before it is measured (two stacked languages with a reading). */
const ROW_ESTIMATE = 150;

/**
 * Which blocks of a long table are in the page: those near the editor's viewport, and the one
 * holding the selected element (so jumping to a field from the outline, find or findings finds it
 * in the page at once and scrolls to it). The blocks' heights are measured once shown; the space
 * of the others is kept by spacer rows, so the scroll bar stays true. Built on
 * @tanstack/react-virtual; the scroller is the editor (`.editor`), the table starts below its head.
 */
export function useGridWindow(options: {
  table: RefObject<HTMLTableElement | null>;
  keys: readonly string[];
  rowsOf: (index: number) => number;
  /** The block that must stay in the page (the selection's), or -1. */
  pinned: number;
  enabled: boolean;
}) {
  const { table, keys, rowsOf, pinned, enabled } = options;
  const scroller = useRef<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const t = table.current;
    const s = t?.closest<HTMLElement>('.editor') ?? null;
    scroller.current = s;
    if (!t || !s) return;
    const head = t.tHead?.getBoundingClientRect().bottom ?? t.getBoundingClientRect().top;
    setMargin(Math.round(head - s.getBoundingClientRect().top + s.scrollTop));
  }, [table, enabled]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      return pinned >= 0 && !shown.includes(pinned) ? [...shown, pinned].sort((a, b) => a - b) : shown;
    },
    [pinned],
  );
  // The build runs no React Compiler, so nothing memoises the virtualiser's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: enabled ? keys.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => ROW_ESTIMATE * Math.max(1, rowsOf(i)),
    getItemKey: (i) => keys[i],
    overscan: 1,
    scrollMargin: margin,
    rangeExtractor,
    initialRect: { width: 1200, height: 900 },
  });
  return { virtualizer, margin };
}
