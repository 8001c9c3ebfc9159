import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { newProject } from './userActions';

/** Start the 2026-2030 edition from a copy of the built-in 2021-2025 edition, as a drafter does from the Versions tab. */
export async function newEdition(page: Page): Promise<void> {
  await newProject(page);
  await page.getByRole('tab', { name: 'Versions' }).click();
  const panel = page.getByTestId('versions-panel');
  await panel.getByRole('button', { name: 'New edition…' }).click();
  await panel.getByRole('button', { name: 'Create edition' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('framework-2026-2030.json');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

/** Open the Findings tab and return its panel. */
export async function openFindings(page: Page) {
  const tab = page.locator('.side-tabs button[data-panel="findings"]');
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const panel = page.getByRole('region', { name: 'Consistency findings' });
  await expect(panel).toBeVisible();
  return panel;
}

/** Findings whose stable key starts with `prefix` ("activity-carried-over|ap-c1-"). */
export const findingsStarting = (panel: ReturnType<Page['locator']>, prefix: string) => panel.locator(`li.finding[data-finding-key^="${prefix}"]`);
