import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { field, newProject } from './userActions';

const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' });
/** The outline's highlighted row (the element the user is on). */
const currentRow = (page: Page) => outline(page).locator('[role="treeitem"][aria-selected="true"]');

test('the outline follows the element being edited: Go to, a click in the grid, F6, a new row; folded ancestors open', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  // Fold the annex from the keyboard.
  await outline(page).locator('button.outline-annex').focus();
  await page.keyboard.press('ArrowLeft');
  const annexRow = outline(page).locator('[role="treeitem"]', { has: page.locator('button.outline-annex') });
  await expect(annexRow).toHaveAttribute('aria-expanded', 'false');

  // Go to an annex entry from Find: the outline opens the annex, scrolls to the entry and highlights it.
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill('Solid Wastes Management and Resources Recycling');
  await page.getByTestId('find-panel').locator('.find-result').filter({ hasText: 'English' }).first().click();
  await expect(page.locator('textarea:focus')).toHaveValue(/Solid Wastes Management/);
  await expect(annexRow).toHaveAttribute('aria-expanded', 'true');
  await expect(currentRow(page)).toHaveCount(1);
  await expect(currentRow(page)).toContainText('Belt and Road Workshop on Capacity Building of Solid Wastes');
  await expect(currentRow(page)).toBeInViewport();
  await expect(currentRow(page).locator('button.outline-node')).toHaveAttribute('aria-current', 'location');

  // The action plan: the field clicked makes its activity current (the outline scrolls back up to it).
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill('ASEAN-China National Focal Point Meeting');
  await page.getByTestId('find-panel').locator('.find-result').filter({ hasText: 'English' }).first().click();
  await expect(currentRow(page).locator('button.outline-node')).toHaveAttribute('data-id', 'ap-c1-a1-x1');
  await field(page, 'ap-c1-a1-x2', 'text', 'en').click();
  await expect(currentRow(page).locator('button.outline-node')).toHaveAttribute('data-id', 'ap-c1-a1-x2');
  await expect(currentRow(page)).toBeInViewport();

  // Another node chosen in the outline, then F6 back into the editor: its field's activity is current again.
  await outline(page).locator('button.outline-node[data-id="ap-c1-a1-x3"]').click();
  await expect(currentRow(page).locator('button.outline-node')).toHaveAttribute('data-id', 'ap-c1-a1-x3');
  await page.keyboard.press('F6');
  await expect(field(page, 'ap-c1-a1-x2', 'text', 'en')).toBeFocused();
  await expect(currentRow(page).locator('button.outline-node')).toHaveAttribute('data-id', 'ap-c1-a1-x2');

  // A new row takes focus, and the outline follows it to the new activity.
  await page.getByRole('button', { name: '+ after Activity 1-2 of Component 1', exact: true }).focus();
  await page.keyboard.press('Enter');
  const focused = page.locator('textarea:focus');
  await expect(focused).toHaveValue('');
  const focusedId = (await focused.getAttribute('data-element-id'))!;
  expect(focusedId).not.toMatch(/^ap-c1-a1-x[123]$/);
  await expect(currentRow(page).locator('button.outline-node')).toHaveAttribute('data-id', focusedId);
  await expect(currentRow(page).locator('.label')).toHaveText('Activity 1-3');
});

test('Enter in the outline puts the caret in the element’s first field; the outline keeps the highlight', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  const tree = outline(page);
  await tree.locator('button.outline-node[data-id="c1"]').focus();
  await page.keyboard.press('Enter');
  await expect(field(page, 'c1', 'title', 'en')).toBeFocused();
  await expect(currentRow(page).locator('button.outline-node')).toHaveAttribute('data-id', 'c1');
  // Back in the outline (Shift+F6 from the editor), down to the first main activity, Enter: its text field.
  await page.keyboard.press('Shift+F6');
  await expect(tree.locator('button.outline-node[data-id="c1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(tree.locator('button.outline-node[data-id="c1-m1"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field(page, 'c1-m1', 'text', 'en')).toBeFocused();
  // An activity of the action plan: Enter opens the grid with the caret in that activity's text.
  await page.keyboard.press('Shift+F6');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect(tree.locator('button.outline-metadata')).toBeFocused();
  // Type-ahead: the first row whose title starts with the letters typed (section 6, "Action Plan").
  await page.keyboard.type('act');
  await expect(tree.locator('.outline-node:focus')).toHaveAttribute('data-id', 's6');
  // → on an open node goes to its first child: the action plan, its Component 1, Action 1, Activity 1-1.
  for (const id of ['#actionPlan', 'ap-c1', 'ap-c1-a1', 'ap-c1-a1-x1']) {
    await page.keyboard.press('ArrowRight');
    await expect(tree.locator('.outline-node:focus')).toHaveAttribute('data-id', id);
  }
  await expect(tree.locator('.outline-node:focus')).toHaveAttribute('data-id', 'ap-c1-a1-x1');
  await page.keyboard.press('Enter');
  await expect(field(page, 'ap-c1-a1-x1', 'text', 'en')).toBeFocused();
});
