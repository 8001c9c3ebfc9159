import { useEffect } from 'react';

/** The workspace's regions in F6 order; each carries `data-region`. */
export const REGIONS = ['outline', 'editor', 'side', 'bar'] as const;
export type Region = (typeof REGIONS)[number];

/** The control last focused in each region, so coming back with F6 returns to it. */
const lastFocused = new WeakMap<HTMLElement, HTMLElement>();

/** Where focus goes when a region is entered: where the user last was in it, its current item, else its first control. */
function entryPoint(region: HTMLElement): HTMLElement | null {
  const last = lastFocused.get(region);
  if (last && last.isConnected && region.contains(last) && !last.hasAttribute('disabled')) return last;
  const preferred = region.querySelector<HTMLElement>('[data-region-entry]:not([disabled])');
  if (preferred) return preferred;
  return region.querySelector<HTMLElement>('button:not([disabled]):not([tabindex="-1"]), [href], input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])');
}

/**
 * F6 / Shift+F6 move focus between the outline, the editor, the side panel and the project bar
 * (as in desktop applications), skipping a region that is collapsed. A modal dialog keeps F6 to
 * itself.
 */
export function useRegionCycle(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const present = REGIONS.map((r) => document.querySelector<HTMLElement>(`[data-region="${r}"]`)).filter((el): el is HTMLElement => el !== null);
      if (present.length === 0) return;
      e.preventDefault();
      const active = document.activeElement;
      const here = present.findIndex((el) => el.contains(active));
      const step = e.shiftKey ? -1 : 1;
      for (let k = 1; k <= present.length; k++) {
        const region = present[(((here < 0 ? (e.shiftKey ? 0 : -1) : here) + step * k) % present.length + present.length) % present.length];
        const target = entryPoint(region) ?? (region.tabIndex >= 0 ? region : null);
        if (target) {
          target.focus();
          return;
        }
      }
    };
    const onFocusIn = (e: FocusEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const region = target?.closest<HTMLElement>('[data-region]');
      if (target && region && target !== region) lastFocused.set(region, target);
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}
