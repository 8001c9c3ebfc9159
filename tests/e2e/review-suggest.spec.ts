import { test, expect } from './fixtures';
import { field, newProject, shot } from './userActions';

/**
 * Suggestions on exact words, as a user makes them: select words in a field, Suggest, type the new
 * words; the redline shows only those words, in the Comments panel and in the field itself; Escape
 * cancels, as does the Cancel button; the author edits it in place (Escape or Cancel drops the edit); the drafter accepts and exactly those words change; the
 * other language then needs review and the export pre-flight names it.
 */
test('select words → Suggest → a redline of only those words, in the field too; Escape and Cancel cancel; edited in place; accepting changes exactly those words; the pre-flight names the other language', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  await page.getByRole('tab', { name: 'Comments' }).click();
  await page.getByTestId('reviewer-name').fill('ASEAN Secretariat');
  await page.getByTestId('reviewer-save').click();
  await expect(page.getByTestId('review-as')).toContainText('Drafting as ASEAN Secretariat');
  await page.locator('.outline-node[data-id="c1"]').click();
  const title = field(page, 'c1', 'title', 'en');
  const before = await title.inputValue();
  // As a person selecting with the mouse: the selection moves (collapsed first), then covers the words.
  const select = async (words: string) => {
    await title.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
    await title.evaluate((el: HTMLTextAreaElement, w: string) => {
      el.focus();
      el.setSelectionRange(el.value.indexOf(w), el.value.indexOf(w) + w.length);
    }, words);
  };

  await select('policy dialogue');
  await expect(page.getByTestId('compose-quote')).toHaveValue('policy dialogue');
  await page.getByTestId('compose-suggest').click();
  const replacement = page.getByTestId('compose-replacement');
  // Only the selected words are offered, not the sentence.
  await expect(replacement).toHaveValue('policy dialogue');
  await replacement.fill('policy forum');
  const redline = page.getByTestId('compose-redline');
  await expect(redline.locator('del')).toHaveText('dialogue');
  await expect(redline.locator('ins')).toHaveText('forum');
  await replacement.press('Escape');
  await expect(replacement).toHaveCount(0);
  await expect(page.getByTestId('compose-quote')).toHaveValue('');
  await expect(page.locator('[data-testid="review-thread"][data-kind="suggestion"]')).toHaveCount(0);
  // The Cancel button does the same as Escape: nothing is kept, the composer is empty again.
  await select('policy dialogue');
  await page.getByTestId('compose-suggest').click();
  await replacement.fill('policy forum');
  await page.getByTestId('compose-cancel').click();
  await expect(replacement).toHaveCount(0);
  await expect(page.getByTestId('compose-quote')).toHaveValue('');
  await expect(page.getByTestId('compose-cancel')).toHaveCount(0);
  await expect(page.locator('[data-testid="review-thread"][data-kind="suggestion"]')).toHaveCount(0);

  await select('policy dialogue');
  await page.getByTestId('compose-suggest').click();
  await page.getByTestId('compose-replacement').fill('policy forum');
  await page.getByTestId('compose-submit').click();
  const thread = page.locator('[data-testid="review-thread"][data-kind="suggestion"]');
  await expect(thread).toHaveCount(1);
  await expect(thread.locator('del')).toHaveText('dialogue');
  await expect(thread.locator('ins')).toHaveText('forum');
  // The field itself shows the open suggestion as a redline, on exactly those words.
  const inField = page.locator('.lang-text').filter({ has: title }).getByTestId('field-suggestion');
  await expect(inField).toHaveCount(1);
  await expect(inField.locator('del')).toHaveText('dialogue');
  await expect(inField.locator('ins')).toHaveText('forum');
  await shot(page, 'review-suggest-words.png');

  // Edited in place by its author: Escape drops the edit, Save keeps it, in the thread and in the field.
  await thread.getByTestId('edit-item').click();
  const edit = thread.getByTestId('edit-replacement');
  await expect(edit).toHaveValue('policy forum');
  await edit.fill('policy roundtable');
  await expect(thread.getByTestId('edit-redline').locator('ins')).toHaveText('roundtable');
  await edit.press('Escape');
  await expect(edit).toHaveCount(0);
  await expect(thread.locator('.review-suggestion ins')).toHaveText('forum');
  // Cancel drops the edit as Escape does.
  await thread.getByTestId('edit-item').click();
  await thread.getByTestId('edit-replacement').fill('policy roundtable');
  await thread.getByTestId('edit-cancel').click();
  await expect(thread.getByTestId('edit-replacement')).toHaveCount(0);
  await expect(thread.locator('.review-suggestion ins')).toHaveText('forum');
  await expect(inField.locator('ins')).toHaveText('forum');
  await thread.getByTestId('edit-item').click();
  await thread.getByTestId('edit-replacement').fill('policy roundtable');
  await thread.getByTestId('edit-save').click();
  await expect(thread.getByTestId('edit-replacement')).toHaveCount(0);
  await expect(thread.locator('.review-suggestion ins')).toHaveText('roundtable');
  await expect(inField.locator('ins')).toHaveText('roundtable');
  await expect(title).toHaveValue(before);

  await thread.getByTestId('accept-suggestion').click();
  await expect(thread).toContainText('Applied');
  await expect(title).toHaveValue(before.replace('policy dialogue', 'policy roundtable'));
  // Accepted: no longer a suggestion in the field.
  await expect(inField).toHaveCount(0);

  // The Chinese title now needs review, and the export pre-flight names it.
  await page.getByTestId('export-button').click();
  const dialog = page.getByRole('dialog', { name: 'Export the document' });
  const needsReview = dialog.getByTestId('preflight-needs-review');
  await expect(needsReview).toContainText('needing review: ');
  await expect(needsReview.getByTestId('preflight-field').filter({ hasText: 'Component 1' }).filter({ hasText: 'Chinese' })).toHaveCount(1);
  await needsReview.getByTestId('preflight-field').filter({ hasText: 'Component 1' }).getByRole('button', { name: 'Go to' }).click();
  await expect(dialog).toBeHidden();
  await expect(field(page, 'c1', 'title', 'zh')).toBeFocused();
});
