import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { field, newProject } from './userActions';

/** Tab out of the English text past its glossary term hits (the title names agreed terms), which come first. */
async function tabPastTermHits(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && (await page.evaluate(() => !!document.activeElement?.closest('[data-testid="term-hits"]'))); i++) await page.keyboard.press('Tab');
}

test('typing in one language offers, at the field, to review the other now: Tab reaches it, Enter goes there, Escape dismisses', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await newProject(page);
  await page.locator('.outline-node[data-id="c1"]').click();
  const en = field(page, 'c1', 'title', 'en');
  const zh = field(page, 'c1', 'title', 'zh');
  const offer = page.getByRole('group', { name: 'Review Title of Component 1 — Chinese?' });
  await expect(offer).toHaveCount(0);

  // The drafter changes the English title; once typing pauses, the Chinese is flagged and the offer appears.
  await en.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' for all');
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('status')).toHaveText('The Chinese may no longer say the same.');
  await expect(en).toBeFocused();

  // The next Tab stop after the text and its term hits is the offer; Enter takes the drafter to the Chinese.
  await tabPastTermHits(page);
  await expect(offer.getByRole('button', { name: 'Review the Chinese now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(zh).toBeFocused();
  await expect(offer).toHaveCount(0);
  // Reviewing it (Ctrl+Enter) clears the flag.
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-status-for="c1/title/zh"]')).toHaveValue('reviewed');

  // Another English change offers again; Escape dismisses the offer and returns to the English, the mark stays.
  await en.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' members');
  await expect(offer).toBeVisible();
  await tabPastTermHits(page);
  await page.keyboard.press('Tab');
  await expect(offer.getByRole('button', { name: 'Not now' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(offer).toHaveCount(0);
  await expect(en).toBeFocused();
  await expect(page.locator('.lang-text', { has: zh }).getByTestId('stale')).toBeVisible();
});

test('a replace-all in the English of a field in view offers to review its Chinese; the Find panel offers to walk the rest', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await newProject(page);
  await page.locator('.outline-node[data-id="c1"]').click();
  await page.getByRole('tab', { name: 'Find', exact: true }).click();
  const panel = page.getByTestId('find-panel');
  await panel.getByTestId('find-input').fill('policy dialogue');
  await panel.getByRole('checkbox', { name: 'Chinese' }).uncheck();
  await panel.getByTestId('replace-input').fill('policy forum');
  await panel.getByTestId('replace-all').click();
  await expect(field(page, 'c1', 'title', 'en')).toHaveValue(/policy forum/);
  await expect(page.getByRole('group', { name: 'Review Title of Component 1 — Chinese?' })).toBeVisible();

  // The panel says how many Chinese texts now need review and opens the first.
  const review = panel.getByRole('button', { name: /^Review the other language now/ });
  await expect(review).toBeVisible();
  await review.click();
  await expect(page.locator('textarea[data-lang="zh"]:focus')).toHaveCount(1);
  await expect(page.locator('.lang-text.stale textarea:focus')).toHaveCount(1);
});
