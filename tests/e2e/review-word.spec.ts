import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { bookmarkName } from '../../shared/review/bookmarks';
import { test, expect, ROOT } from './fixtures';
import { exportedFile, field, newProject, shot } from './userActions';
import { libreOffice } from '../electron/helpers/libreOffice';

/**
 * The Word round trip as the secretariat lives it: a suggestion made in the app (selected words,
 * Suggest) goes into the .docx with comments as a tracked change that LibreOffice lists in its
 * Redlines (the clean review .docx, for reviewers, carries the text alone);
 * a reviewer makes a tracked replacement and a comment in LibreOffice (driven over UNO by the
 * scripts the vitest round trip uses, as a person would in its window), the drafter imports the
 * file, sees a suggestion on the same words by that reviewer, accepts it, and exactly those words
 * change.
 */
const UNO = path.join(ROOT, 'tests/electron/review/uno');

test('review .docx; a suggestion in the app → .docx with comments (LibreOffice lists it in Redlines); tracked replacement and comment in LibreOffice → import → a suggestion on those words by its author → accept', async ({ app, appTarget }) => {
  test.skip(libreOffice.skip, 'needs LibreOffice with python3-uno (never skipped in CI)');
  test.skip(appTarget === 'electron', 'Electron shows a native save dialog here; the same flow runs in the chromium project');
  libreOffice.require();
  test.setTimeout(240_000);
  const page = app.page;
  await newProject(page);
  await page.getByRole('tab', { name: 'Comments' }).click();
  await page.getByTestId('reviewer-name').fill('ASEAN Secretariat');
  await page.getByTestId('reviewer-save').click();

  await page.getByRole('button', { name: 'Export review .docx' }).click();
  const notice = page.getByTestId('review-notices');
  await expect(notice).toContainText('Saved to');
  const docx = exportedFile(app.dataDir, (await notice.textContent())!.replace(/^Saved to /, '').trim());

  // A suggestion made in the app, on two characters of the Chinese title, goes into the .docx with
  // the comments as a tracked change, which LibreOffice lists among its own (its Redlines).
  await page.locator('.outline-node[data-id="c1"]').click();
  const zhTitle = field(page, 'c1', 'title', 'zh');
  await zhTitle.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
  await zhTitle.evaluate((el: HTMLTextAreaElement) => {
    el.focus();
    el.setSelectionRange(el.value.indexOf('对话'), el.value.indexOf('对话') + 2);
  });
  await expect(page.getByTestId('compose-quote')).toHaveValue('对话');
  await page.getByTestId('compose-suggest').click();
  await page.getByTestId('compose-replacement').fill('论坛');
  await page.getByTestId('compose-submit').click();
  const ours = page.locator('[data-testid="review-thread"][data-kind="suggestion"]', { hasText: 'ASEAN Secretariat' });
  await expect(ours).toHaveCount(1);
  await page.getByRole('button', { name: 'Export .docx with comments' }).click();
  await expect(notice).toContainText('with comments');
  const withComments = exportedFile(app.dataDir, (await notice.textContent())!.replace(/^Saved to /, '').trim());
  const listed = execFileSync('/usr/bin/python3', [path.join(UNO, 'redlines.py'), withComments], { encoding: 'utf8', timeout: 90_000 });
  expect(listed.trim().split('\n')).toEqual(['Delete\tASEAN Secretariat\t对话', 'Insert\tASEAN Secretariat\t论坛']);

  const title = field(page, 'c1', 'title', 'en');
  const before = await title.inputValue();
  const bookmark = bookmarkName({ elementId: 'c1', field: 'title', lang: 'en' });
  const tracked = docx.replace(/\.docx$/, '-tracked.docx');
  const reviewed = docx.replace(/\.docx$/, '-Lan Pham.docx');
  const redlines = execFileSync('/usr/bin/python3', [path.join(UNO, 'track_replace.py'), docx, tracked, bookmark, 'policy dialogue', 'policy forum', 'Lan Pham'], { encoding: 'utf8', timeout: 90_000 });
  expect(redlines.trim()).toBe('2');
  execFileSync('/usr/bin/python3', [path.join(UNO, 'add_comment.py'), tracked, reviewed, bookmark, 'capacity building', 'Lan Pham', 'Which capacities?'], { timeout: 90_000 });

  await page.getByTestId('docx-input').setInputFiles([reviewed]);
  await expect(notice).toContainText('1 Word comment and 1 tracked change read');
  // Ours stays as it was, beside the one by the LibreOffice user.
  await expect(page.locator('[data-testid="review-thread"][data-kind="suggestion"]')).toHaveCount(2);
  await expect(ours).toHaveCount(1);
  const suggestion = page.locator('[data-testid="review-thread"][data-kind="suggestion"]', { hasText: 'Lan Pham' });
  await expect(suggestion).toHaveCount(1);
  await expect(suggestion.locator('.review-author')).toContainText('Lan Pham');
  await expect(suggestion.locator('del')).toHaveText('dialogue');
  await expect(suggestion.locator('ins')).toHaveText('forum');
  await expect(page.locator('[data-testid="review-thread"][data-kind="comment"]', { hasText: 'Which capacities?' })).toContainText('Lan Pham');
  await shot(page, 'review-word-import.png');

  await suggestion.getByTestId('accept-suggestion').click();
  await expect(suggestion).toContainText('Applied');
  await expect(title).toHaveValue(before.replace('policy dialogue', 'policy forum'));
});
