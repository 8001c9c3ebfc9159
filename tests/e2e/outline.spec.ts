import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, ARTIFACTS } from './fixtures';
import { outlineRows } from './userActions';

test('opens on the built-in 2021-2025 edition and shows its outline', async ({ app }) => {
  const { page } = app;
  await expect(page.getByTestId('project-name')).toContainText('2021-2025');
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.getByText('Background', { exact: true })).toBeVisible();
  await expect(outline.getByText('Implementation progress of the ASEAN-China Strategy', { exact: false })).toBeVisible();
  // The outline is windowed: read it whole by scrolling, as a reader would.
  const rows = await outlineRows(page);
  const ofKind = (kind: string) => rows.filter((r) => r.kind === kind);
  expect(ofKind('component').map((r) => r.title)).toEqual([
    'Environmental policy dialogue and capacity building',
    'Sustainable cities and marine plastics reduction',
    'Climate change and air quality improvement',
    'Biodiversity conservation and ecosystem management',
  ]);
  // The action plan, down to an activity whose published label is overridden ("Activity1-3").
  expect(ofKind('activity')).toHaveLength(21);
  expect(ofKind('activity').map((r) => r.label)).toContain('Activity1-3');
  // The annex with every entry.
  expect(ofKind('priorityArea')).toHaveLength(8);
  expect(ofKind('annexEntry')).toHaveLength(64);
  expect(ofKind('annexEntry').map((r) => r.title)).toContain('Belt and Road Workshop on Capacity Building of Solid Wastes Management and Resources Recycling');
  // Each row says where it is (its parent and siblings may not be in the page): the areas are the annex's 8 children.
  expect(ofKind('priorityArea').map((r) => [r.level, r.setSize, r.posInSet])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => [2, 8, i]));
  // Only the rows near the viewport are in the page.
  const inPage = await outline.getByRole('treeitem').count();
  expect(inPage).toBeGreaterThan(10);
  expect(inPage).toBeLessThan(rows.length);
  await outline.locator('button.outline-node').first().focus();
  await page.keyboard.press('End');
  await expect(outline.locator('.outline-node:focus')).toContainText(ofKind('annexEntry').at(-1)!.title);
  await expect(outline.locator('.outline-node:focus')).toBeInViewport();
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
  expect((await outlineRows(page)).filter((r) => r.kind === 'component')).toHaveLength(4);
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
