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
