import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, ROOT } from './fixtures';
import { newProject, field, shot } from './userActions';

const builtin = JSON.parse(readFileSync(path.join(ROOT, 'resources/editions/framework-2021-2025.json'), 'utf8')) as {
  framework: { actionPlan: { components: Array<{ actions: Array<{ activities: Array<{ id: string; text: { en: { text: string } } }> }> }> } };
};
const ORIGINAL = builtin.framework.actionPlan.components[0].actions[0].activities[1].text.en.text; // ap-c1-a1-x2

test('saves a named version, compares it with an edit, navigates to the change, restores and undoes the restore', async ({ app }) => {
  const { page } = app;
  await newProject(page);
  await page.getByRole('tab', { name: 'Versions' }).click();
  const panel = page.getByTestId('versions-panel');

  await panel.getByRole('button', { name: 'Save version…' }).click();
  await panel.getByRole('textbox', { name: 'Name', exact: true }).fill('Sent to NFPs');
  await panel.getByRole('textbox', { name: 'Author' }).fill('Li Xia');
  await panel.getByRole('textbox', { name: 'Note' }).fill('Circulated for comments');
  await panel.getByRole('button', { name: 'Save version', exact: true }).click();
  const named = panel.getByRole('region', { name: 'Named versions' });
  await expect(named.locator('li')).toHaveCount(1);
  await expect(named.locator('li')).toContainText('Sent to NFPs');
  await expect(named.locator('li')).toContainText('by Li Xia');
  await expect(named.locator('li')).toContainText('Circulated for comments');

  // Edit one activity in the editor.
  await page.getByRole('navigation', { name: 'Outline' }).locator('.outline-activity', { hasText: 'Activity 1-2' }).first().click();
  const en = field(page, 'ap-c1-a1-x2', 'text', 'en');
  await en.fill(`${ORIGINAL} and green finance`);
  await en.blur();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await named.getByRole('button', { name: 'Compare with current' }).click();
  await expect(panel.getByTestId('compare-summary')).toContainText('0 added, 0 removed, 0 moved, 1 text change, 0 status changes');
  const change = panel.locator('.change-text');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText('Activity 1-2 — text (English)');
  await expect(change.locator('ins')).toHaveText(/green finance/);
  await shot(page, 'versions-compare.png');
  await panel.getByRole('button', { name: 'Report (.docx)' }).click();
  await expect(panel.locator('.versions-message')).toContainText(/Report written: .*compare-.*\.docx/);

  // The change takes you to the field.
  await page.getByRole('navigation', { name: 'Outline' }).locator('.outline-component').first().click();
  await change.getByRole('button').click();
  await expect(en).toBeVisible();

  // Restore the named version: the text comes back; Undo returns the edit.
  await named.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('dialog', { name: 'Restore' }).getByRole('button', { name: 'Restore' }).click();
  await expect(panel.locator('.versions-message')).toContainText('Restored “Sent to NFPs”');
  await expect(en).toHaveValue(ORIGINAL);
  await expect(page.getByTestId('undo')).toBeEnabled();
  await page.getByTestId('undo').click();
  await expect(en).toHaveValue(`${ORIGINAL} and green finance`);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // Automatic history kept the saved states.
  await expect(panel.getByRole('region', { name: 'Automatic history' }).locator('li').first()).toBeVisible();
});

test('starts the 2026-2030 edition from 2021-2025 and compares it with the published edition', async ({ app }) => {
  const { page } = app;
  await newProject(page);
  await page.getByRole('tab', { name: 'Versions' }).click();
  const panel = page.getByTestId('versions-panel');
  await panel.getByRole('button', { name: 'New edition…' }).click();
  await expect(panel.getByLabel('First year')).toHaveValue('2026');
  await expect(panel.getByLabel('Last year')).toHaveValue('2030');
  await panel.getByRole('button', { name: 'Create edition' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('framework-2026-2030.json');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await panel.getByTestId('compare-before').selectOption('builtin');
  await panel.getByTestId('compare-after').selectOption('current');
  await panel.getByRole('button', { name: 'Compare', exact: true }).click();
  const summary = panel.getByTestId('compare-summary');
  // The old annex's eight priority areas stay with the old edition; the new annex starts empty.
  await expect(summary).toContainText('0 added, 8 removed, 0 moved');
  // Title (both languages), running title, annex title; every activity carried over; periods.
  await expect(panel.locator('.change-text', { hasText: 'Cover — title (English)' })).toHaveCount(1);
  await expect(panel.locator('.change-text', { hasText: 'Cover — title (Chinese)' })).toHaveCount(1);
  await expect(panel.locator('.change-attribute', { hasText: 'carried over' })).toHaveCount(21);
  await expect(panel.locator('.change-attribute', { hasText: 'Cover — period: 2021-2025 → 2026-2030' })).toHaveCount(1);
  await expect(panel.locator('.change-attribute', { hasText: 'Annex — period: 2011-2020 → 2021-2025' })).toHaveCount(1);
  await expect(panel.locator('.change-attribute', { hasText: 'Activity 2-1 — carried over: (none) → yes' })).toHaveCount(4); // Activity 2-1 of each component
  await expect(panel.locator('.change-text', { hasText: 'Cover — title (English)' }).locator('ins')).toHaveText('2026-2030');
  await shot(page, 'versions-new-edition-compare.png');
});
