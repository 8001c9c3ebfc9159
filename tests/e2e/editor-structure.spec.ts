import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, ARTIFACTS } from './fixtures';
import { newProject } from './userActions';

const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' });
const row = (page: Page, id: string) => page.locator(`[data-row-id="${id}"]`);
const labelOf = (page: Page, id: string) => page.locator(`[data-label-for="${id}"]`);

test('adds an activity in the middle of an action: the following activities are renumbered, and it survives a restart', async ({ app }) => {
  let page = app.page;
  await newProject(page);
  await outline(page).locator('.outline-activity', { hasText: 'Activity 1-2' }).first().click();
  await expect(labelOf(page, 'ap-c1-a1-x2')).toHaveText('Activity 1-2');
  // Each row tool names the element it acts on (screen readers list the buttons out of context).
  const tools = row(page, 'ap-c1-a1-x1').getByRole('toolbar', { name: 'Activity 1-1 of Component 1 tools', exact: true });
  for (const name of ['Move Activity 1-1 of Component 1 up', 'Move Activity 1-1 of Component 1 down', '+ after Activity 1-1 of Component 1', 'Duplicate Activity 1-1 of Component 1', 'Delete Activity 1-1 of Component 1']) {
    await expect(tools.getByRole('button', { name, exact: true })).toHaveCount(1);
  }
  await expect(row(page, 'ap-c1-a1-x1').getByRole('img', { name: 'Drag Activity 1-1 of Component 1', exact: true })).toHaveCount(1);
  // "+ after" on Activity 1-1 inserts a new Activity 1-2.
  await tools.getByRole('button', { name: '+ after Activity 1-1 of Component 1', exact: true }).click();
  await expect(labelOf(page, 'ap-c1-a1-x2')).toHaveText('Activity 1-3');
  await expect(labelOf(page, 'ap-c1-a1-x4')).toHaveText('Activity 1-5');
  const grid = page.getByTestId('plan-grid');
  const newRow = grid.locator('tr[data-activity]').nth(1);
  const newId = await newRow.getAttribute('data-activity');
  await expect(labelOf(page, newId!)).toHaveText('Activity 1-2');
  // The new row takes focus: the caret is in its first field.
  await expect(page.locator(`textarea[data-element-id="${newId}"]`).first()).toBeFocused();
  await page.locator(`textarea[data-element-id="${newId}"][data-field="text"][data-lang="en"]`).fill('Joint training on environmental impact assessment');
  await page.locator(`textarea[data-element-id="${newId}"][data-field="schedule"][data-lang="en"]`).fill('2022-2023');
  await page.locator(`textarea[data-element-id="${newId}"][data-field="schedule"][data-lang="en"]`).blur();
  await expect(newRow.getByTestId('schedule-reading').first()).toContainText('2022');
  await expect(outline(page).locator('.outline-activity', { hasText: 'Joint training on environmental impact assessment' })).toHaveText(/Activity 1-2/);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  page = await app.restart();
  await outline(page).locator('.outline-activity', { hasText: 'Joint training' }).click();
  await expect(labelOf(page, 'ap-c1-a1-x4')).toHaveText('Activity 1-5');
  await expect(page.locator(`textarea[data-element-id="${newId}"][data-field="text"][data-lang="en"]`)).toHaveValue('Joint training on environmental impact assessment');
});

test('drags a component to the top: components and their action-plan rows are renumbered; undo and redo cross the change', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  await outline(page).getByText('Strategic Directions and Framework for Actions').click();
  await expect(labelOf(page, 'c3')).toHaveText('Component 3');
  await row(page, 'c3').getByTestId('drag-handle').dragTo(row(page, 'c1'));
  await expect(labelOf(page, 'c3')).toHaveText('Component 1');
  await expect(labelOf(page, 'c1')).toHaveText('Component 2');
  await expect(outline(page).locator('.outline-component').first()).toContainText('Climate change and air quality improvement');
  await expect(outline(page).locator('.outline-planComponent').first()).toContainText('Component 1');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'editor-section-components.png') });

  // Type in a field, then undo twice: first the typing, then the move.
  const title = page.locator('textarea[data-element-id="c2"][data-field="title"][data-lang="zh"]');
  const original = await title.inputValue();
  await title.fill('可持续城市和减少海洋塑料');
  await title.blur();
  await expect(page.getByTestId('undo')).toHaveText('Undo Typing');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue(original);
  await expect(page.getByTestId('undo')).toHaveText('Undo Move');
  await page.getByTestId('undo').click();
  await expect(labelOf(page, 'c3')).toHaveText('Component 3');
  await expect(labelOf(page, 'c1')).toHaveText('Component 1');
  await page.keyboard.press('Control+Shift+z');
  await expect(labelOf(page, 'c3')).toHaveText('Component 1');
  await page.getByTestId('redo').click();
  await expect(title).toHaveValue('可持续城市和减少海洋塑料');
});

test('deletes a paragraph after confirming, and undo brings it back', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  await outline(page).getByText('Background', { exact: true }).click();
  const second = page.locator('[data-kind="paragraph"]').nth(1);
  const id = await second.getAttribute('data-row-id');
  await second.getByRole('button', { name: 'Delete' }).click();
  // The app's own dialog asks (named, modal); Escape would cancel, Enter confirms.
  const ask = page.getByRole('dialog', { name: 'Delete' });
  await expect(ask).toHaveAttribute('aria-modal', 'true');
  await expect(page.getByTestId('confirm-ok')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row(page, id!)).toHaveCount(0);
  await expect(page.getByTestId('undo')).toHaveText('Undo Delete');
  await page.getByTestId('undo').click();
  await expect(row(page, id!)).toHaveCount(1);
  // Alt+↓ moves a focused row down.
  await page.locator(`textarea[data-element-id="${id}"][data-lang="en"]`).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('[data-kind="paragraph"]').nth(2)).toHaveAttribute('data-row-id', id!);
});
