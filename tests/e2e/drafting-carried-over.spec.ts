import { test, expect } from './fixtures';
import { shot } from './userActions';
import { findingsStarting, newEdition, openFindings } from './draftingActions';

test('new edition: keep a whole component’s carried-over activities, undo brings the findings back; the annex starts fresh', async ({ app }) => {
  const { page } = app;
  await newEdition(page);
  const findings = await openFindings(page);
  const carriedC1 = findingsStarting(findings, 'activity-carried-over|ap-c1-');
  const carriedAll = findingsStarting(findings, 'activity-carried-over|');
  // Component 1 of the published plan has 5 activities; all 21 activities are carried over.
  await expect(carriedC1).toHaveCount(5);
  await expect(carriedAll).toHaveCount(21);
  // The fresh annex: no entry of 2011-2020 came along, so nothing is outside its period.
  await expect(findingsStarting(findings, 'annex-outside-period|')).toHaveCount(0);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.locator('.outline-annexEntry')).toHaveCount(0);
  await outline.locator('.outline-annex').click();
  await expect(page.locator('textarea[data-field="title"][data-lang="en"]').first()).toHaveValue(/2021-2025/);
  await expect(page.locator('textarea[data-field="title"][data-lang="en"]').first()).not.toHaveValue(/2011|2020/);

  // The carried-over filter narrows the outline to the activities still to review.
  await outline.getByRole('checkbox', { name: /Carried over only \(21\)/ }).check();
  await expect(outline.locator('.outline-activity')).toHaveCount(21);
  await expect(outline.locator('.outline-section')).toHaveCount(1); // only the section holding the action plan

  // Keep the whole of component 1 from the grid: one click, one undoable step.
  await outline.locator('.outline-planComponent').first().click();
  const grid = page.getByTestId('plan-grid');
  await expect(grid.getByRole('group', { name: 'Carried-over review of Activity 1-1 of Component 1' })).toBeVisible();
  await shot(page, 'drafting-carried-over-grid.png');
  await grid.getByRole('button', { name: 'Keep all 5 carried-over activities of Component 1' }).click();
  await expect(carriedC1).toHaveCount(0);
  await expect(carriedAll).toHaveCount(16);
  await expect(outline.getByRole('checkbox', { name: /Carried over only \(16\)/ })).toBeChecked();
  await expect(outline.locator('.outline-activity')).toHaveCount(16);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.getByTestId('undo').click();
  await expect(carriedC1).toHaveCount(5);
  await expect(carriedAll).toHaveCount(21);
  await page.getByTestId('redo').click();
  await expect(carriedC1).toHaveCount(0);
});

test('per activity: Keep, Revise (confirming clears the mark), Drop; a proposed schedule is used as a suggestion', async ({ app }) => {
  const { page } = app;
  await newEdition(page);
  const findings = await openFindings(page);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.locator('.outline-planComponent').nth(1).click();
  const grid = page.getByTestId('plan-grid');

  // Keep activity 1-1 of component 2.
  await grid.getByRole('button', { name: 'Keep Activity 1-1 of Component 2 as it is' }).first().click();
  await expect(findingsStarting(findings, 'activity-carried-over|ap-c2-a1-x1|')).toHaveCount(0);

  // Revise activity 1-2: its text opens for editing; the mark stays until the revision is confirmed.
  await grid.getByRole('button', { name: 'Revise Activity 1-2 of Component 2' }).first().click();
  const text = page.locator('textarea[data-element-id="ap-c2-a1-x2"][data-field="text"][data-lang="en"]');
  await expect(text).toBeFocused();
  await text.press('Control+End');
  await text.pressSequentially(' and beyond');
  // The typing is committed after a pause; then the field offers to review the Chinese, which
  // moves the controls below it: click "Revision done" once the page has settled.
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByRole('button', { name: /Review the Chinese now/ })).toBeVisible();
  await expect(findingsStarting(findings, 'activity-carried-over|ap-c2-a1-x2|')).toHaveCount(1);
  await grid.getByRole('button', { name: 'Revision of Activity 1-2 of Component 2 done: clear its carried-over mark' }).click();
  await expect(findingsStarting(findings, 'activity-carried-over|ap-c2-a1-x2|')).toHaveCount(0);
  await expect(text).toHaveValue(/ and beyond$/);

  // The proposed schedule moves a 2021-2025 range into 2026-2030, in both languages at once.
  const proposal = grid.locator('[data-proposal-for="ap-c2-a2-x1"]');
  const schedule = (lang: 'en' | 'zh') => page.locator(`textarea[data-element-id="ap-c2-a2-x1"][data-field="schedule"][data-lang="${lang}"]`);
  await expect(proposal).toContainText('2026-2030, to be launched in 2026');
  await proposal.getByRole('button', { name: 'Use the proposed schedule for Activity 2-1 of Component 2' }).click();
  await expect(schedule('en')).toHaveValue('2026-2030, to be launched in 2026');
  await expect(schedule('zh')).toHaveValue('2026-2030年，2026年启动');
  await expect(proposal).toHaveCount(0);
  // Both languages changed together: neither is left waiting for review of the other.
  await expect(grid.locator('tr[data-activity="ap-c2-a2-x1"] [data-testid="stale"]')).toHaveCount(0);

  // Drop activity 1-3 after confirming; undo brings it back.
  const rows = grid.locator('tr[data-activity]');
  const before = await rows.count();
  await grid.getByRole('button', { name: 'Drop Activity 1-3 of Component 2 from the new edition' }).first().click();
  await page.getByRole('dialog', { name: 'Drop' }).getByRole('button', { name: 'Drop' }).click();
  await expect(rows).toHaveCount(before - 1);
  await page.getByTestId('undo').click();
  await expect(rows).toHaveCount(before);
});

test('the grid: its carried-over filter with the count, and Keep all / Drop all on one action, each one undoable step', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await newEdition(page);
  const findings = await openFindings(page);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.locator('.outline-planComponent').nth(1).click();
  const grid = page.getByTestId('plan-grid');
  const rows = grid.locator('tr[data-activity]');
  const carried = page.locator('[data-filter-bar="grid"]').getByRole('checkbox', { name: /^Carried over only/ });
  await expect(carried).toHaveAccessibleName('Carried over only (21)');

  // Keep activity 1-1 of component 2: the grid's count follows, and its filter then hides that activity.
  await grid.getByRole('button', { name: 'Keep Activity 1-1 of Component 2 as it is', exact: true }).click();
  await expect(carried).toHaveAccessibleName('Carried over only (20)');
  const all = await rows.count();
  await carried.check();
  await expect(rows).toHaveCount(all - 1);
  await expect(grid.locator('tr[data-activity="ap-c2-a1-x1"]')).toHaveCount(0);
  // One filter for the grid and the outline.
  await expect(outline.getByRole('checkbox', { name: 'Carried over only (20)' })).toBeChecked();
  await carried.uncheck();
  await expect(rows).toHaveCount(all);

  // Keep all on action 1: its remaining carried-over activities at once; one Undo brings them all back (not the earlier Keep).
  const action1 = findingsStarting(findings, 'activity-carried-over|ap-c2-a1-');
  const n = await action1.count();
  expect(n).toBeGreaterThan(1);
  await grid.getByRole('button', { name: `Keep all ${n} carried-over activities of Action 1 of Component 2`, exact: true }).click();
  await expect(action1).toHaveCount(0);
  await expect(carried).toHaveAccessibleName(`Carried over only (${20 - n})`);
  await expect(grid.locator('[data-carried-over-bulk="ap-c2-a1"]')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(action1).toHaveCount(n);
  await expect(findingsStarting(findings, 'activity-carried-over|ap-c2-a1-x1|')).toHaveCount(0);
  await expect(carried).toHaveAccessibleName('Carried over only (20)');

  // Drop all on action 2, after confirming: its rows go; one Undo brings every one back.
  const action2 = findingsStarting(findings, 'activity-carried-over|ap-c2-a2-');
  const action2Rows = grid.locator('tr[data-activity^="ap-c2-a2-"]');
  const m = await action2.count();
  expect(m).toBeGreaterThan(0);
  await expect(action2Rows).toHaveCount(m);
  const dropName = m === 1 ? 'Drop all: the 1 carried-over activity of Action 2 of Component 2' : `Drop all ${m} carried-over activities of Action 2 of Component 2`;
  await grid.getByRole('button', { name: dropName, exact: true }).click();
  await page.getByRole('dialog', { name: 'Drop all' }).getByRole('button', { name: 'Drop all' }).click();
  await expect(action2Rows).toHaveCount(0);
  await expect(action2).toHaveCount(0);
  await expect(carried).toHaveAccessibleName(`Carried over only (${20 - m})`);
  await page.getByTestId('undo').click();
  await expect(action2Rows).toHaveCount(m);
  await expect(action2).toHaveCount(m);
  await expect(carried).toHaveAccessibleName('Carried over only (20)');
});
