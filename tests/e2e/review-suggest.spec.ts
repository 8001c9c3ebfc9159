import { test, expect } from './fixtures';
import { field, newProject, shot } from './userActions';

/**
 * Suggestions on exact words, as a user makes them: select words in a field, Suggest, type the new
 * words; the redline shows only those words; Escape cancels; the drafter accepts and exactly those
 * words change.
 */
test('select words → Suggest → a redline of only those words; Escape cancels; accepting changes exactly those words', async ({ app }) => {
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

  await select('policy dialogue');
  await page.getByTestId('compose-suggest').click();
  await page.getByTestId('compose-replacement').fill('policy forum');
  await page.getByTestId('compose-submit').click();
  const thread = page.locator('[data-testid="review-thread"][data-kind="suggestion"]');
  await expect(thread).toHaveCount(1);
  await expect(thread.locator('del')).toHaveText('dialogue');
  await expect(thread.locator('ins')).toHaveText('forum');
  await shot(page, 'review-suggest-words.png');

  await thread.getByTestId('accept-suggestion').click();
  await expect(thread).toContainText('Applied');
  await expect(title).toHaveValue(before.replace('policy dialogue', 'policy forum'));
});
