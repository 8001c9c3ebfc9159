import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { newProject, shot } from './userActions';

test('annual work plan: pick a year, start from the schedule, add an activity, note it, foresee an event, undo — keyboard alone', async ({ app, appTarget }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await newProject(page);
  await page.getByTestId('view-implementation').click();
  const view = page.getByTestId('implementation-view');
  // To the Work plan tab with the arrow keys.
  await view.getByRole('tab', { name: 'Events' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const tab = view.getByRole('tab', { name: 'Work plan' });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(tab).toBeFocused();

  await view.getByLabel('Year').selectOption('2023');
  // No plan yet: the schedule's proposal is shown.
  await expect(view.getByTestId('workplan-state')).toHaveText(/^No work plan for 2023 yet: the schedule proposes (\d+) activities$/);
  const proposed = Number((await view.getByTestId('workplan-state').textContent())!.match(/proposes (\d+)/)![1]);
  expect(proposed).toBeGreaterThan(5);
  const rows = view.getByTestId('workplan-activity');
  await expect(rows).toHaveCount(proposed);

  await view.getByRole('button', { name: 'Start the 2023 work plan' }).focus();
  await page.keyboard.press('Enter');
  await expect(view.getByTestId('workplan-state')).toHaveText(`Activities planned: ${proposed}; events foreseen: 0`);
  await expect(page.getByRole('button', { name: 'Undo Work plan' })).toBeVisible();

  // Add an activity the schedule did not plan for 2023, with the keyboard.
  const add = view.getByLabel('Add an activity');
  const firstOption = add.locator('option').nth(1);
  const addedValue = (await firstOption.getAttribute('value'))!;
  const addedLabel = (await firstOption.textContent())!.split(' (')[0];
  await add.selectOption(addedValue);
  await add.press('Tab');
  await expect(view.getByRole('button', { name: 'Add to the plan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(view.getByTestId('workplan-state')).toHaveText(`Activities planned: ${proposed + 1}; events foreseen: 0`);
  const addedRow = view.locator(`[data-testid="workplan-activity"][data-activity-id="${addedValue}"]`);
  await expect(addedRow).toContainText(addedLabel);

  // A note on it: typed, committed with Enter (one change).
  const note = addedRow.getByRole('textbox', { name: `Note on ${addedLabel}` });
  await note.focus();
  await page.keyboard.type('Feasibility study first');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // A foreseen event for that activity.
  await view.getByLabel('Title (English)').fill('Coastal cities workshop');
  await view.getByLabel('Title (Chinese)').fill('沿海城市研讨会');
  await view.getByLabel('Month (YYYY-MM)').fill('2024-05');
  await view.getByLabel('Place').fill('Da Nang, Viet Nam');
  await view.getByLabel('Activity', { exact: true }).selectOption(addedValue);
  await view.getByLabel('Place').press('Enter');
  // A month of another year is refused with its reason; nothing is saved.
  await expect(view.getByTestId('workplan-event-problem')).toHaveText('“2024-05” is not in 2023, the year of this work plan.');
  await view.getByLabel('Month (YYYY-MM)').fill('2023-05');
  await view.getByLabel('Month (YYYY-MM)').press('Enter');
  const event = view.getByTestId('workplan-event');
  await expect(event).toHaveCount(1);
  // The month as the UI language writes it (renderer/src/format/dateTime.ts), not the stored ISO text.
  await expect(event).toContainText('May 2023');
  await expect(event).not.toContainText('2023-05');
  await expect(event).toContainText('沿海城市研讨会');
  await expect(event).toContainText(addedLabel);
  await expect(view.getByTestId('workplan-state')).toHaveText(`Activities planned: ${proposed + 1}; events foreseen: 1`);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Saved in the project file as the year's plan.
  const saved = JSON.parse(readFileSync(path.join(app.dataDir, 'projects', 'framework.json'), 'utf8')) as { record: { workPlans: { year: number; activityIds: string[]; notes: Record<string, string>; events: { title: { zh: { text: string } } }[] }[] } };
  const plan = saved.record.workPlans.find((w) => w.year === 2023)!;
  expect(plan.activityIds).toContain(addedValue);
  expect(plan.notes[addedValue]).toBe('Feasibility study first');
  expect(plan.events.map((e) => e.title.zh.text)).toEqual(['沿海城市研讨会']);

  // Every control is at least 24 px high and wide.
  const small = await view.getByTestId('record-workplan').evaluate((root) =>
    [...root.querySelectorAll('button, select, input')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && (r.height < 24 || r.width < 24)).length,
  );
  expect(small).toBe(0);
  const axe = await new AxeBuilder({ page }).include('[data-testid="record-workplan"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await shot(page, `record-workplan-${appTarget}.png`);

  // Undo takes the event back, then the note; redo restores them.
  await page.getByRole('button', { name: 'Undo Foreseen event' }).click();
  await expect(event).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo Work plan' }).click();
  await expect(note).toHaveValue('');
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(note).toHaveValue('Feasibility study first');
});
