import { test, expect } from './fixtures';
import { field, newProject, shot } from './userActions';

const langText = (page: import('@playwright/test').Page, id: string, name: string, lang: 'en' | 'zh') =>
  page.locator('.lang-text', { has: field(page, id, name, lang) });

test('accepting an English suggestion flags the Chinese; the needs-review filter counts it; Ctrl+Enter marks reviewed and walks to the next', async ({ app }) => {
  const { page } = app;
  await newProject(page);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  const needsReviewOption = outline.locator('select option[value="needsReview"]');
  const needsReview = async () => Number(/\((\d+)\)/.exec((await needsReviewOption.textContent()) ?? '')?.[1]);
  const before = await needsReview();

  // A reviewer suggests words in the English title of component 1; the drafter accepts.
  await page.getByRole('tab', { name: 'Comments' }).click();
  await page.getByTestId('reviewer-name').fill('ASEAN Secretariat');
  await page.getByTestId('reviewer-save').click();
  await page.locator('.outline-node[data-id="c1"]').click();
  const title = field(page, 'c1', 'title', 'en');
  await title.evaluate((el: HTMLTextAreaElement) => {
    el.focus();
    el.setSelectionRange(el.value.indexOf('policy dialogue'), el.value.indexOf('policy dialogue') + 'policy dialogue'.length);
  });
  await page.getByTestId('compose-suggest').click();
  await page.getByTestId('compose-replacement').fill('policy forum');
  await page.getByTestId('compose-submit').click();
  const thread = page.locator('[data-testid="review-thread"][data-kind="suggestion"]');
  await thread.getByTestId('accept-suggestion').click();
  await expect(title).toHaveValue(/policy forum/);

  // The Chinese of that title is flagged, with an offer to review it now.
  const zhTitle = langText(page, 'c1', 'title', 'zh');
  await expect(zhTitle.getByTestId('stale')).toHaveText('Needs review');
  await expect(zhTitle.getByRole('button', { name: 'Review Title of Component 1 — Chinese now' })).toBeVisible();
  await expect.poll(needsReview).toBe(before + 1);

  // Typing in the English of main activity 1 flags its Chinese too.
  const m1 = field(page, 'c1-m1', 'text', 'en');
  await m1.press('Control+End');
  await m1.pressSequentially(' together');
  await m1.blur();
  await expect(langText(page, 'c1-m1', 'text', 'zh').getByTestId('stale')).toBeVisible();
  await expect.poll(needsReview).toBe(before + 2);

  // The status filter lists only what needs review.
  await outline.getByRole('combobox', { name: 'Status', exact: true }).selectOption('needsReview');
  await expect(outline.locator('.outline-node[data-id="c1"]')).toBeVisible();
  await expect(outline.locator('.outline-node[data-id="c1-m1"]')).toBeVisible();
  await shot(page, 'drafting-needs-review.png');

  // Review now → the Chinese title; Ctrl+Enter marks it reviewed and moves to the next field needing review.
  await zhTitle.getByRole('button', { name: 'Review Title of Component 1 — Chinese now' }).click();
  const zhTitleInput = field(page, 'c1', 'title', 'zh');
  await expect(zhTitleInput).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator(`[data-status-for="c1/title/zh"]`)).toHaveValue('reviewed');
  await expect(zhTitle.getByTestId('stale')).toHaveCount(0);
  await expect.poll(needsReview).toBe(before + 1);
  const focusedIsStale = () => page.evaluate(() => document.activeElement?.closest('.lang-text')?.classList.contains('stale') ?? false);
  await expect.poll(focusedIsStale).toBe(true);
  if (before === 0) await expect(field(page, 'c1-m1', 'text', 'zh')).toBeFocused();

  // Walking on to the end: each Ctrl+Enter reviews one; then the editor says nothing is left.
  for (let left = before + 1; left > 0; left--) {
    await page.keyboard.press('Control+Enter');
    await expect.poll(needsReview).toBe(left - 1);
  }
  await expect(page.getByRole('status').filter({ hasText: 'No field needs review any more.' })).toBeVisible();
});

test('the grid’s status filter counts each language apart and shows only the activities in that state in that language', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await newProject(page);
  await page.locator('.outline-node[data-id="ap-c1"]').click();
  const grid = page.getByTestId('plan-grid');
  const bar = page.locator('[data-filter-bar="grid"]');
  const status = bar.getByRole('combobox', { name: 'Status', exact: true });
  const appliesTo = bar.getByRole('combobox', { name: 'Status applies to' });
  const needsReview = async () => Number(/\((\d+)\)/.exec((await bar.locator('option[value="needsReview"]').textContent()) ?? '')?.[1]);
  const countsIn = async () => {
    await appliesTo.selectOption('en');
    const en = await needsReview();
    await appliesTo.selectOption('zh');
    const zh = await needsReview();
    await appliesTo.selectOption('any');
    return { en, zh, any: await needsReview() };
  };
  await status.selectOption('needsReview');
  const before = await countsIn();
  expect(before.any).toBe(before.en + before.zh);
  await status.selectOption('');
  await expect(grid.locator('tr[data-activity="ap-c1-a1-x2"]')).toBeVisible();

  // Typing in the English text of activity 1-2 flags its Chinese: one more in Chinese, none more in English.
  const en = field(page, 'ap-c1-a1-x2', 'text', 'en');
  await en.press('Control+End');
  await en.pressSequentially(' together');
  await en.blur();
  await expect(langText(page, 'ap-c1-a1-x2', 'text', 'zh').getByTestId('stale')).toBeVisible();
  await status.selectOption('needsReview');
  await expect.poll(countsIn).toEqual({ en: before.en, zh: before.zh + 1, any: before.any + 1 });

  // In Chinese the grid shows that activity; in English it does not (its English is the new text, not waiting for review).
  await appliesTo.selectOption('zh');
  await expect(grid.locator('tr[data-activity="ap-c1-a1-x2"]')).toBeVisible();
  await appliesTo.selectOption('en');
  await expect(grid.locator('tr[data-activity="ap-c1-a1-x2"]')).toHaveCount(0);
  // No filter: every activity again.
  await status.selectOption('');
  await expect(grid.locator('tr[data-activity="ap-c1-a1-x2"]')).toBeVisible();
  await expect(grid.locator('tr[data-activity="ap-c1-a1-x1"]')).toBeVisible();
});
