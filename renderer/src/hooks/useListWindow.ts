import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Which rows of a long list are in the page (@tanstack/react-virtual): those near the viewport of
 * the list's scroller, plus `overscan` rows either side. The list element holds the full height
 * (`totalSize`); each row is placed at `start - margin` (the list starts `margin` pixels into the
 * scroller's content). Rows are measured once shown (`measure` as their ref, with `data-index`).
 *
 * A generous overscan keeps a short list whole (the published edition's outline and findings are
 * entirely in the page, so the browser's find and assistive technology see every row) while a
 * list ten times that long holds a bounded number of rows.
 */
export function useListWindow(options: {
  list: RefObject<HTMLElement | null>;
  /** The scrolling ancestor (a selector for `closest`); the list itself when omitted. */
  scroller?: string;
  count: number;
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => string;
  overscan: number;
  /** Rows kept in the page wherever the list is scrolled (the focused row, so focus is never lost with it). */
  keep?: readonly number[];
}) {
  const { list, scroller: scrollerSelector, count, estimateSize, getItemKey, overscan, keep } = options;
  const scroller = useRef<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const l = list.current;
    const s = scrollerSelector ? (l?.closest<HTMLElement>(scrollerSelector) ?? null) : l;
    scroller.current = s;
    if (!l || !s || s === l) return;
    const next = Math.round(l.getBoundingClientRect().top - s.getBoundingClientRect().top + s.scrollTop);
    setMargin((m) => (m === next ? m : next));
    // Measured again when the list's length changes (what sits above it may have changed with it).
  }, [list, scrollerSelector, count]);
  // The build runs no React Compiler, so nothing memoises the virtualiser's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    overscan,
    rangeExtractor: keep && keep.length > 0 ? (range: Range) => withKept(defaultRangeExtractor(range), keep, count) : defaultRangeExtractor,
    scrollMargin: margin,
    initialRect: { width: 400, height: 900 },
  });
  return { virtualizer, margin, items: virtualizer.getVirtualItems(), totalSize: virtualizer.getTotalSize(), measure: virtualizer.measureElement };
}

/** The range's indexes plus the kept ones (in range of the list), in ascending order. */
function withKept(indexes: number[], keep: readonly number[], count: number): number[] {
  const extra = keep.filter((i) => i >= 0 && i < count && !indexes.includes(i));
  return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
}
