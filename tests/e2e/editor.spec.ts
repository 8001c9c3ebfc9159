import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, ARTIFACTS } from './fixtures';

/** Make an editable copy of the built-in edition (what a drafter does first). */
export async function newProject(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New from the 2021-2025 edition' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

const field = (page: Page, id: string, name: string, lang: 'en' | 'zh') =>
  page.locator(`textarea[data-element-id="${id}"][data-field="${name}"][data-lang="${lang}"]`);

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

test('edits an activity in English and Chinese and finds both after a restart', async ({ app }) => {
  let page = app.page;
  await newProject(page);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.locator('.outline-activity', { hasText: 'Activity 1-2' }).first().click();
  const en = field(page, 'ap-c1-a1-x2', 'text', 'en');
  const zh = field(page, 'ap-c1-a1-x2', 'text', 'zh');
  await expect(en).toBeVisible();
  await en.fill('Hold a regional dialogue on green finance');
  await zh.fill('举办绿色金融区域对话');
  await zh.blur();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // The Chinese is now a draft; the row shows the structured reading of the schedule beside it.
  await expect(page.locator('[data-status-for="ap-c1-a1-x2/text/zh"]')).toHaveValue('draft');
  await shot(page, 'editor-action-plan-grid.png');

  page = await app.restart();
  await page.getByRole('navigation', { name: 'Outline' }).locator('.outline-activity', { hasText: 'Activity 1-2' }).first().click();
  await expect(field(page, 'ap-c1-a1-x2', 'text', 'en')).toHaveValue('Hold a regional dialogue on green finance');
  await expect(field(page, 'ap-c1-a1-x2', 'text', 'zh')).toHaveValue('举办绿色金融区域对话');
});
