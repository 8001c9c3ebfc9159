import { useRef, type ReactNode } from 'react';
import { useListWindow } from '../hooks/useListWindow';
import type { Row } from './FindingsPanel';

/** Rows either side of the viewport kept in the page: the published edition's ~60 rows are all there. */
const OVERSCAN = 60;

const keyOf = (r: Row) => (r.kind === 'finding' ? r.finding.key : r.kind === 'severity' ? `#${r.severity}` : `#${r.severity}/${r.family}`);

/** What a row is given to be measured: its place in the list and the ref that measures it. */
export interface RowPlace {
  index: number;
  measure: (el: Element | null) => void;
}

/**
 * The findings panel's rows, windowed over the side panel's scroller (`.side-panel`): only the
 * rows near the viewport are in the page, between two spacers that keep the scroll height true.
 * `render` draws one row as an `<li>` carrying `data-index` and `ref={measure}`.
 */
export function FindingsList({ rows, render }: { rows: readonly Row[]; render: (row: Row, place: RowPlace) => ReactNode }) {
  const list = useRef<HTMLUListElement>(null);
  const { items, totalSize, margin, measure } = useListWindow({
    list,
    scroller: '.side-panel',
    count: rows.length,
    estimateSize: (i) => (rows[i].kind === 'finding' ? 64 : 28),
    getItemKey: (i) => keyOf(rows[i]),
    overscan: OVERSCAN,
  });
  const before = items.length ? items[0].start - margin : 0;
  const after = items.length ? totalSize - (items[items.length - 1].end - margin) : 0;
  return (
    <ul className="findings-list" ref={list}>
      {before > 0 && <li className="findings-spacer" aria-hidden="true" style={{ height: before }} />}
      {items.map((item) => (
        <RowAt key={item.key} row={rows[item.index]} index={item.index} measure={measure} render={render} />
      ))}
      {after > 0 && <li className="findings-spacer" aria-hidden="true" style={{ height: after }} />}
    </ul>
  );
}

function RowAt({ row, index, measure, render }: { row: Row; index: number; measure: RowPlace['measure']; render: (row: Row, place: RowPlace) => ReactNode }) {
  return render(row, { index, measure });
}
