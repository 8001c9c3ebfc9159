import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect } from './fixtures';

/** Make an editable copy of the built-in edition (what a drafter does first) and wait until it is saved. */
export async function newProject(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New from the 2021-2025 edition' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

/** The editor's input for one language of one field of one element. */
export const field = (page: Page, id: string, name: string, lang: 'en' | 'zh') =>
  page.locator(`textarea[data-element-id="${id}"][data-field="${name}"][data-lang="${lang}"]`);

/**
 * The file behind an export the UI names. The page shows a written file's name only (it holds a
 * handle, never a path); the browser build writes exports into the data folder's exports/.
 */
export function exportedFile(dataDir: string, shown: string): string {
  expect(shown).not.toMatch(/[\\/]/);
  return path.join(dataDir, 'exports', shown);
}

/** Save a screenshot into tests/artifacts/ for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

/** One row of the outline as a reader meets it. */
export interface OutlineRowSeen {
  id: string;
  kind: string;
  level: number;
  setSize: number;
  posInSet: number;
  label: string;
  title: string;
}

/**
 * Every row of the outline (those its expanded nodes show), read by scrolling it from top to
 * bottom as a reader would: the outline is windowed, so only the rows near its viewport are in
 * the page at any one time.
 */
export async function outlineRows(page: Page): Promise<OutlineRowSeen[]> {
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('nav.outline')!;
    const seen = new Map<string, OutlineRowSeen>();
    // Two frames let the windowed list render the rows now in view; the timer is a floor for a
    // page whose frames are throttled (a busy CI machine), so the walk never waits on a frame forever.
    const frame = () =>
      Promise.race([
        new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        new Promise((r) => setTimeout(r, 250)),
      ]);
    const collect = () => {
      for (const item of scroller.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
        const node = item.querySelector<HTMLElement>('button.outline-node')!;
        const order = Number(item.dataset.index);
        seen.set(String(order).padStart(6, '0'), {
          id: node.dataset.id!,
          kind: [...node.classList].find((c) => c.startsWith('outline-') && c !== 'outline-node')!.slice('outline-'.length),
          level: Number(item.getAttribute('aria-level')),
          setSize: Number(item.getAttribute('aria-setsize')),
          posInSet: Number(item.getAttribute('aria-posinset')),
          label: node.querySelector('.label')?.textContent ?? '',
          title: node.querySelector('.title')?.textContent ?? '',
        });
      }
    };
    scroller.scrollTop = 0;
    await frame();
    for (;;) {
      collect();
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      const before = scroller.scrollTop;
      scroller.scrollTop += Math.max(50, scroller.clientHeight / 2);
      await frame();
      // At the end whatever the sums say (a fractional scroll height can keep the test above from
      // ever holding): the scroll did not move, so every row has been seen.
      if (scroller.scrollTop <= before) {
        collect();
        break;
      }
    }
    scroller.scrollTop = 0;
    return [...seen.keys()].sort().map((k) => seen.get(k)!);
  });
}
