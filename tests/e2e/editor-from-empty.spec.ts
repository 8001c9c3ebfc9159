import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, ARTIFACTS } from './fixtures';

const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' });
/** A bilingual field of the last row of a kind on the page (the one just added). */
const lastField = (page: Page, kind: string, field: string, lang: 'en' | 'zh'): Locator =>
  page.locator(`[data-kind="${kind}"]`).last().locator(`textarea[data-field="${field}"][data-lang="${lang}"]`).first();
const only = (page: Page, field: string, lang: 'en' | 'zh'): Locator => page.locator(`textarea[data-field="${field}"][data-lang="${lang}"]`);

async function type(loc: Locator, text: string): Promise<void> {
  await loc.fill(text);
  await loc.blur();
}

test('builds a framework from an empty one with the editor alone, and finds it all after a restart', async ({ app }) => {
  let page = app.page;
  await page.getByTestId('new-empty').click();
  await expect(page.getByTestId('project-name')).toHaveText('framework-empty.json');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Cover.
  await type(page.locator('textarea[data-element-id="#metadata"][data-field="title"][data-lang="en"]'), 'Framework of ASEAN-China Environmental Cooperation Strategy and Action Plan 2021-2025');
  await type(page.locator('textarea[data-element-id="#metadata"][data-field="title"][data-lang="zh"]'), '中国－东盟环境合作战略及行动框架 2021-2025');
  await page.getByTestId('meta-period-start').fill('2021');
  await page.getByTestId('meta-period-start').press('Enter');
  await page.getByTestId('meta-period-end').fill('2025');
  await page.getByTestId('meta-period-end').press('Enter');
  await expect(page.getByTestId('meta-period-start')).toHaveValue('2021');
  await expect(page.getByTestId('meta-period-end')).toHaveValue('2025');

  // Section 1 with a paragraph.
  await page.locator('[data-add="section"]').click();
  await type(lastField(page, 'section', 'title', 'en'), 'Background');
  await type(lastField(page, 'section', 'title', 'zh'), '背景');
  await outline(page).getByText('Background', { exact: true }).click();
  await page.locator('[data-add="paragraph"]').click();
  await type(lastField(page, 'paragraph', 'text', 'en'), 'In September 2015, the UN Sustainable Development Summit adopted the 2030 Agenda.');

  // Section 2 prints the components; add one with a main activity.
  await outline(page).locator('.outline-node').first().click();
  await page.locator('[data-add="section"]').click();
  await type(lastField(page, 'section', 'title', 'en'), 'Strategic Directions and Framework for Actions');
  await outline(page).getByText('Strategic Directions and Framework for Actions').click();
  await page.locator('[data-add-anchor="components"]').click();
  await page.locator('[data-add="component"]').click();
  await type(lastField(page, 'component', 'title', 'en'), 'Environmental policy dialogue and capacity building');
  await expect(page.locator('.label-chip', { hasText: 'Component 1' })).toBeVisible();
  await outline(page).locator('.outline-component').click();
  await page.locator('[data-add="mainActivity"]').click();
  await type(lastField(page, 'mainActivity', 'text', 'en'), 'By reference to ASEAN-China Expos, to continue to hold the ASEAN-China Environmental Cooperation Forum;');

  // Section 3 prints the action plan; one action with one activity and its schedule.
  await outline(page).locator('.outline-node').first().click();
  await page.locator('[data-add="section"]').click();
  await type(lastField(page, 'section', 'title', 'en'), 'Action Plan');
  await outline(page).getByText('Action Plan', { exact: true }).click();
  await page.locator('[data-add-anchor="actionPlan"]').click();
  await page.locator('[data-add-anchor="notes"]').click();
  await outline(page).locator('.outline-actionPlan').click();
  await type(page.locator('textarea[data-field="focus"][data-lang="en"]'), 'Environmental policy dialogue and exchange');
  await page.locator('[data-add="action"]').click();
  await type(lastField(page, 'action', 'title', 'en'), 'high-level environmental policy dialogue and exchange');
  await type(lastField(page, 'activity', 'text', 'en'), 'ASEAN-China National Focal Point Meeting on Environmental Cooperation');
  await type(only(page, 'schedule', 'en'), 'Annually');
  await expect(page.getByTestId('schedule-reading').first()).toHaveText('Annual');
  await type(only(page, 'schedule', 'zh'), '每年度左右');
  await expect(page.getByTestId('schedule-unreadable')).toBeVisible();
  await expect(page.locator('.label-chip', { hasText: 'Activity 1-1' })).toBeVisible();

  // The annex: a priority area with one entry.
  await outline(page).locator('.outline-annex').click();
  await page.locator('[data-add="priorityArea"]').click();
  await type(lastField(page, 'priorityArea', 'heading', 'en'), 'Priority Area: Joint Research');
  await outline(page).locator('.outline-priorityArea').click();
  await page.locator('[data-add="annexEntry"]').click();
  await type(lastField(page, 'annexEntry', 'time', 'en'), 'September 2019');
  await type(lastField(page, 'annexEntry', 'place', 'en'), 'Nanning, China');
  await type(lastField(page, 'annexEntry', 'text', 'en'), 'China-ASEAN Environmental Cooperation Forum');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'editor-from-empty-annex.png') });

  page = await app.restart();
  await expect(page.getByTestId('project-name')).toHaveText('framework-empty.json');
  const tree = outline(page);
  await expect(tree.locator('.outline-section')).toHaveCount(3);
  await expect(tree.locator('.outline-component')).toHaveText(/Component 1\s*Environmental policy dialogue and capacity building/);
  await expect(tree.locator('.outline-activity')).toHaveText(/Activity 1-1\s*ASEAN-China National Focal Point Meeting/);
  await expect(tree.locator('.outline-annexEntry')).toHaveText(/China-ASEAN Environmental Cooperation Forum/);
  await tree.locator('.outline-activity').click();
  await expect(page.locator('textarea[data-field="schedule"][data-lang="zh"]')).toHaveValue('每年度左右');
  await tree.locator('.outline-node').first().click();
  await expect(page.locator('textarea[data-element-id="#metadata"][data-field="title"][data-lang="zh"]')).toHaveValue('中国－东盟环境合作战略及行动框架 2021-2025');
});
