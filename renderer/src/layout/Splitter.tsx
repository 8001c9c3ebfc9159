import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { PanelSize } from './usePanelSize';

interface Props {
  /** The panel's accessible name ("Outline"): the separator is named after what it resizes. */
  label: string;
  size: PanelSize;
  onSize: (next: PanelSize) => void;
  min: number;
  max: number;
  /** The panel is on the left of the splitter (dragging right widens it), or on its right. */
  side: 'left' | 'right';
  collapseLabel: string;
  expandLabel: string;
}

const STEP = 24;

/**
 * The handle between a panel and the editor (WAI-ARIA window splitter): drag it, or focus it and
 * use ←/→ (Shift for bigger steps), Home/End for the smallest/largest, Enter to collapse or
 * expand. The button beside it collapses and expands the panel.
 */
export function Splitter({ label, size, onSize, min, max, side, collapseLabel, expandLabel }: Props) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const sign = side === 'left' ? 1 : -1;
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? STEP * 4 : STEP;
    let width = size.width;
    if (e.key === 'ArrowRight') width += sign * step;
    else if (e.key === 'ArrowLeft') width -= sign * step;
    else if (e.key === 'Home') width = min;
    else if (e.key === 'End') width = max;
    else if (e.key === 'Enter') {
      e.preventDefault();
      onSize({ ...size, collapsed: !size.collapsed });
      return;
    } else return;
    e.preventDefault();
    onSize({ width, collapsed: false });
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { x: e.clientX, width: size.width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onSize({ width: start.current.width + sign * (e.clientX - start.current.x), collapsed: false });
  };
  const toggle = (
    <button type="button" className="panel-toggle" aria-expanded={!size.collapsed} aria-label={size.collapsed ? expandLabel : collapseLabel} title={size.collapsed ? expandLabel : collapseLabel} onClick={() => onSize({ ...size, collapsed: !size.collapsed })}>
      {(side === 'left') === size.collapsed ? '›' : '‹'}
    </button>
  );
  return (
    <div className={`splitter splitter-${side}`}>
      {toggle}
      {!size.collapsed && (
        <div
          className="splitter-handle"
          role="separator"
          tabIndex={0}
          aria-label={label}
          aria-orientation="vertical"
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={size.width}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={() => (start.current = null)}
          onPointerCancel={() => (start.current = null)}
        />
      )}
    </div>
  );
}
