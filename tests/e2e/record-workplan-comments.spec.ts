import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ProjectSchema } from '../../shared/model/project';
import { buildReviewCopy } from '../../shared/review/reviewCopy';
import { expect, test } from './fixtures';
import { exportedFile, newProject, shot } from './userActions';

test('NFP feedback on a work plan: the drafter plans an activity, an NFP comments on it from a review copy (with their country), the drafter replies and resolves', async ({ app, appTarget }) => {
  test.setTimeout(120_000);
  const { page } = app;
  // The Comments side panel (its tab closes the panel when it is already open).
  const openComments = async () => {
    if (!(await page.getByTestId('review-panel').isVisible())) await page.getByRole('tab', { name: 'Comments' }).click();
    await expect(page.getByTestId('review-panel')).toBeVisible();
  };
  // On this machine the NFP's reviewer identity (with the country) is set; the drafter's is not yet.
  await openComments();
  await page.getByTestId('reviewer-name').fill('Dara Sok');
  await page.getByTestId('reviewer-organisation').fill('Ministry of Environment');
  await page.getByTestId('reviewer-country').fill('Cambodia');
  await page.getByTestId('reviewer-save').click();
  await expect(page.getByTestId('review-as')).toContainText('Dara Sok');
  await newProject(page);
  await page.getByTestId('view-implementation').click();
  const view = page.getByTestId('implementation-view');
  await view.getByRole('tab', { name: 'Work plan' }).click();
  await view.getByLabel('Year').selectOption('2023');
  await view.getByRole('button', { name: 'Start the 2023 work plan' }).click();
  // Add an activity the schedule did not propose for 2023.
  const add = view.getByLabel('Add an activity');
  const option = add.locator('option').nth(1);
  const activityId = (await option.getAttribute('value'))!;
  const activity = (await option.textContent())!.split(' (')[0];
  await add.selectOption(activityId);
  await view.getByRole('button', { name: 'Add to the plan' }).click();
  const row = view.locator(`[data-testid="workplan-activity"][data-activity-id="${activityId}"]`);
  await expect(row).toContainText(activity);
  await expect(row.getByRole('button', { name: `Comment on ${activity} in the 2023 work plan (0 open of 0)` })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The secretariat sends a review copy of this draft (made as the app makes it) to an NFP.
  const draft = ProjectSchema.parse(JSON.parse(readFileSync(path.join(app.dataDir, 'projects', 'framework.json'), 'utf8')));
  const copyFile = path.join(app.dataDir, 'incoming', 'acec Work plan 2023.acec-review.json');
  mkdirSync(path.dirname(copyFile), { recursive: true });
  writeFileSync(copyFile, JSON.stringify(buildReviewCopy(draft, { versionName: 'Work plan 2023', createdAt: '2026-02-01T00:00:00.000Z' })));

  // The NFP (a reviewer with a country) opens it and comments on the activity, with the keyboard.
  await openComments();
  await page.getByTestId('review-copy-input').setInputFiles(copyFile);
  await expect(page.getByTestId('review-mode-banner')).toContainText('Work plan 2023');
  await page.getByTestId('view-implementation').click();
  await view.getByRole('tab', { name: 'Work plan' }).click();
  await view.getByLabel('Year').selectOption('2023');
  const toggle = row.getByRole('button', { name: `Comment on ${activity} in the 2023 work plan` });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = view.getByRole('region', { name: `Comments on ${activity} in the 2023 work plan` });
  await page.keyboard.press('Tab'); // past the row's remove button (disabled on a review copy, so skipped)
  const box = panel.getByRole('textbox', { name: `Comment on ${activity} in the 2023 work plan` });
  await expect(box).toBeFocused();
  await page.keyboard.type('Cambodia can host this in Siem Reap.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const thread = panel.getByTestId('workplan-thread');
  await expect(thread).toHaveCount(1);
  await expect(thread).toContainText('Dara Sok — Ministry of Environment, Cambodia');
  await expect(thread).toContainText('Cambodia can host this in Siem Reap.');
  await expect(toggle).toHaveAccessibleName(`Comment on ${activity} in the 2023 work plan (1 open of 1)`);
  // The NFP rewords their comment, with the keyboard: Edit, the new words, Save; the keyboard comes back to Edit.
  const edit = thread.getByRole('button', { name: `Edit your comment on ${activity}` });
  await edit.focus();
  await page.keyboard.press('Enter');
  const editBox = thread.getByRole('textbox', { name: `Your comment on ${activity}` });
  await expect(editBox).toBeFocused();
  await expect(editBox).toHaveValue('Cambodia can host this in Siem Reap.');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Cambodia can host this in Siem Reap, in May.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(edit).toBeFocused();
  await expect(thread.locator('.review-body')).toHaveText('Cambodia can host this in Siem Reap, in May.');
  await expect(thread.getByTestId('workplan-comment-edited')).toHaveText('(edited)');
  // Escape leaves an edit as Cancel does: the keyboard back on Edit, the comment as it was.
  await page.keyboard.press('Enter');
  await expect(editBox).toBeFocused();
  await page.keyboard.type(' Scrap that.');
  await page.keyboard.press('Escape');
  await expect(edit).toBeFocused();
  await expect(thread.locator('.review-body')).toHaveText('Cambodia can host this in Siem Reap, in May.');
  // A reviewer comments and replies; resolving is the drafter's.
  await expect(thread.getByTestId('toggle-resolved')).toHaveCount(0);
  await openComments();
  await page.getByTestId('export-packet').click();
  await expect(page.getByTestId('review-notices')).toContainText('Saved 1 item to');
  const shown = (await page.getByTestId('review-notices').textContent())!.replace(/^.*Saved 1 item to /, '').trim();
  const packetFile = path.isAbsolute(shown) ? shown : exportedFile(app.dataDir, shown);
  // The packet carries the comment as edited (its revision wins over an older copy when packets merge).
  expect(JSON.parse(readFileSync(packetFile, 'utf8')).items).toMatchObject([{ kind: 'workPlanComment', workPlan: { year: 2023, activityId }, author: { country: 'Cambodia' }, body: 'Cambodia can host this in Siem Reap, in May.', rev: 1 }]);

  // Back on the draft, the secretariat imports the packet and answers as the drafter.
  await page.getByLabel('Recent projects…').selectOption({ label: 'framework.json' });
  await expect(page.getByTestId('project-name')).toContainText('framework');
  await openComments();
  await page.getByTestId('packet-input').setInputFiles(packetFile);
  await expect(page.getByTestId('review-notices')).toContainText('Dara Sok');
  await page.getByTestId('view-implementation').click();
  await view.getByRole('tab', { name: 'Work plan' }).click();
  await view.getByLabel('Year').selectOption('2023');
  await expect(toggle).toHaveAccessibleName(`Comment on ${activity} in the 2023 work plan (1 open of 1)`);
  // (The thread stays open as it was left on the review copy.)
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(thread).toContainText('Dara Sok — Ministry of Environment, Cambodia');
  await expect(thread.locator('.review-body')).toHaveText('Cambodia can host this in Siem Reap, in May.');
  // Only its author edits or withdraws a comment: the secretariat has no such buttons on the NFP's.
  await expect(thread.getByTestId('workplan-comment-edit')).toHaveCount(0);
  // The drafter says who they are once (their own identity, not the reviewer's).
  await expect(panel.getByRole('heading', { name: 'Who is drafting?' })).toBeVisible();
  await panel.getByTestId('reviewer-name').fill('ASEAN Secretariat');
  await panel.getByTestId('reviewer-save').click();
  // One identity for the window: the Comments panel now drafts as the same person.
  await expect(page.getByTestId('review-as')).toContainText('ASEAN Secretariat');
  const reply = thread.getByRole('textbox', { name: `Reply to Dara Sok on ${activity}` });
  await reply.fill('Agreed: Siem Reap, second quarter.');
  await reply.press('Enter');
  await expect(thread.getByTestId('review-reply')).toContainText('ASEAN Secretariat');
  await expect(thread.getByTestId('review-reply')).toContainText('Agreed: Siem Reap, second quarter.');
  const resolve = thread.getByRole('button', { name: `Resolve the comment from Dara Sok on ${activity}` });
  await resolve.focus();
  await page.keyboard.press('Enter');
  await expect(thread).toContainText('Resolved');
  await expect(toggle).toHaveAccessibleName(`Comment on ${activity} in the 2023 work plan (0 open of 1)`);

  // Controls at least 24 px; axe finds nothing (the activity words in the row headings included).
  const small = await view.getByTestId('record-workplan').evaluate((root) =>
    [...root.querySelectorAll('button, select, input, textarea')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && (r.height < 24 || r.width < 24)).length,
  );
  expect(small).toBe(0);
  const axe = await new AxeBuilder({ page }).include('[data-testid="record-workplan"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await shot(page, `record-workplan-comments-${appTarget}.png`);

  // Resolving is undoable like any review action.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(thread).toContainText('Open');
  await expect(toggle).toHaveAccessibleName(`Comment on ${activity} in the 2023 work plan (1 open of 1)`);

  // The secretariat's own note, written by mistake, is withdrawn with the keyboard; Undo brings it back.
  const compose = panel.getByRole('textbox', { name: `Comment on ${activity} in the 2023 work plan` });
  await compose.fill('Note to self: check the venue.');
  await compose.press('Tab');
  await page.keyboard.press('Enter');
  await expect(thread).toHaveCount(2);
  const own = thread.filter({ hasText: 'Note to self' });
  await expect(toggle).toHaveAccessibleName(`Comment on ${activity} in the 2023 work plan (2 open of 2)`);
  // With its edit box open, the tab still passes axe.
  await own.getByRole('button', { name: `Edit your comment on ${activity}` }).click();
  await expect(own.getByRole('textbox', { name: `Your comment on ${activity}` })).toBeFocused();
  const axeEditing = await new AxeBuilder({ page }).include('[data-testid="record-workplan"]').analyze();
  expect(axeEditing.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  const withdraw = own.getByRole('button', { name: `Withdraw your comment on ${activity}` });
  await withdraw.focus();
  await page.keyboard.press('Enter');
  await expect(thread).toHaveCount(1);
  await expect(toggle).toHaveAccessibleName(`Comment on ${activity} in the 2023 work plan (1 open of 1)`);
  await expect(panel.getByRole('status')).toHaveText(`Your comment on ${activity} was withdrawn (Undo brings it back).`);
  await expect(compose).toBeFocused();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(thread).toHaveCount(2);
  await expect(thread.filter({ hasText: 'Note to self: check the venue.' })).toHaveCount(1);
});
