import { useCallback, useState } from 'react';

/** A panel's width and whether it is collapsed, remembered across sessions (localStorage). */
export interface PanelSize {
  width: number;
  collapsed: boolean;
}

const read = (key: string, fallback: PanelSize): PanelSize => {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<PanelSize> | null;
    if (raw && typeof raw.width === 'number' && Number.isFinite(raw.width)) return { width: raw.width, collapsed: raw.collapsed === true };
  } catch {
    // Unreadable or unavailable storage: the default size.
  }
  return fallback;
};

/** `[size, set]` for one panel, clamped to [min, max] and written to storage on every change. */
export function usePanelSize(key: string, fallback: PanelSize, min: number, max: number): [PanelSize, (next: PanelSize) => void] {
  const [size, setSize] = useState<PanelSize>(() => read(key, fallback));
  const set = useCallback(
    (next: PanelSize) => {
      const clamped = { width: Math.round(Math.min(max, Math.max(min, next.width))), collapsed: next.collapsed };
      setSize(clamped);
      try {
        localStorage.setItem(key, JSON.stringify(clamped));
      } catch {
        // Storage unavailable: the size holds for this session only.
      }
    },
    [key, min, max],
  );
  return [size, set];
}
