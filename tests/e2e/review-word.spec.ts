import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bookmarkName } from '../../shared/review/bookmarks';
import { test, expect, ROOT } from './fixtures';
import { exportedFile, field, newProject, shot } from './userActions';

/**
 * The Word round trip as the secretariat lives it: export the review .docx, a reviewer makes a
 * tracked replacement and a comment in LibreOffice (driven over UNO by test scripts, as a person
 * would in its window), the drafter imports the file, sees a suggestion on the same words by that
 * reviewer, accepts it, and exactly those words change.
 */
const UNO = path.join(ROOT, 'tests/electron/review/uno');
const hasLibreOffice = existsSync('/usr/bin/soffice') && existsSync('/usr/lib/python3/dist-packages/uno.py');

test('review .docx → tracked replacement and comment in LibreOffice → import → a suggestion on those words by its author → accept', async ({ app, appTarget }) => {
  test.skip(!hasLibreOffice, 'needs LibreOffice with python3-uno');
  test.skip(appTarget === 'electron', 'Electron shows a native save dialog here; the same flow runs in the chromium project');
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

  const title = field(page, 'c1', 'title', 'en');
  await page.locator('.outline-node[data-id="c1"]').click();
  const before = await title.inputValue();
  const bookmark = bookmarkName({ elementId: 'c1', field: 'title', lang: 'en' });
  const tracked = docx.replace(/\.docx$/, '-tracked.docx');
  const reviewed = docx.replace(/\.docx$/, '-Lan Pham.docx');
  const redlines = execFileSync('/usr/bin/python3', [path.join(UNO, 'track_replace.py'), docx, tracked, bookmark, 'policy dialogue', 'policy forum', 'Lan Pham'], { encoding: 'utf8', timeout: 90_000 });
  expect(redlines.trim()).toBe('2');
  execFileSync('/usr/bin/python3', [path.join(UNO, 'add_comment.py'), tracked, reviewed, bookmark, 'capacity building', 'Lan Pham', 'Which capacities?'], { timeout: 90_000 });

  await page.getByTestId('docx-input').setInputFiles([reviewed]);
  await expect(notice).toContainText('1 Word comment and 1 tracked change read');
  const suggestion = page.locator('[data-testid="review-thread"][data-kind="suggestion"]');
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
