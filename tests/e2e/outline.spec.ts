import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, ARTIFACTS } from './fixtures';

test('opens on the built-in 2021-2025 edition and shows its outline', async ({ app }) => {
  const { page } = app;
  await expect(page.getByTestId('project-name')).toContainText('2021-2025');
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.getByText('Background', { exact: true })).toBeVisible();
  await expect(outline.getByText('Implementation progress of the ASEAN-China Strategy', { exact: false })).toBeVisible();
  for (const title of [
    'Environmental policy dialogue and capacity building',
    'Sustainable cities and marine plastics reduction',
    'Climate change and air quality improvement',
    'Biodiversity conservation and ecosystem management',
  ]) {
    await expect(outline.locator('.outline-component', { hasText: title })).toHaveCount(1);
  }
  // The action plan, down to an activity whose published label is overridden ("Activity1-3").
  await expect(outline.locator('.outline-activity')).toHaveCount(21);
  await expect(outline.locator('.outline-activity .label.overridden', { hasText: 'Activity1-3' })).toBeVisible();
  // The annex with every entry.
  await expect(outline.locator('.outline-priorityArea')).toHaveCount(8);
  await expect(outline.locator('.outline-annexEntry')).toHaveCount(64);
  await expect(outline.getByText('Belt and Road Workshop on Capacity Building of Solid Wastes Management and Resources Recycling')).toBeVisible();
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'outline-builtin.png') });
});

test('makes an editable copy of the built-in edition and reopens it after a restart', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'New from the 2021-2025 edition' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByTestId('project-name')).toHaveText('framework.json');
  page = await app.restart();
  await expect(page.getByTestId('project-name')).toHaveText('framework.json');
  await expect(page.locator('.outline-component')).toHaveCount(4);
});

test('a corrupt project is reported with its file and reason, and left untouched', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'New from the 2021-2025 edition' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('framework.json');
  const file = path.join(app.dataDir, 'projects', 'framework.json');
  const corrupt = readFileSync(file, 'utf8').replace(/"schemaVersion": (\d+)/, '"schemaVersion": $1,,');
  writeFileSync(file, corrupt);
  page = await app.restart();
  const problem = page.getByTestId('problem');
  await expect(problem).toContainText('could not be opened');
  await expect(problem).toContainText('framework.json');
  await expect(problem).toContainText('not valid JSON');
  // It falls back to the built-in edition, and the damaged file is byte-for-byte what it was.
  await expect(page.getByTestId('project-name')).toContainText('2021-2025');
  expect(readFileSync(file, 'utf8')).toBe(corrupt);
});
