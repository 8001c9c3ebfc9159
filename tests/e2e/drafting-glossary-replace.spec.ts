import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newProject } from './userActions';

async function replaceAll(page: Page, find: string, by: string, only: 'English' | 'Chinese') {
  await page.getByRole('tab', { name: 'Find', exact: true }).click();
  const panel = page.getByTestId('find-panel');
  await panel.getByTestId('find-input').fill(find);
  for (const lang of ['English', 'Chinese'] as const) await panel.getByRole('checkbox', { name: lang, exact: true }).setChecked(lang === only);
  await panel.getByTestId('replace-input').fill(by);
  await panel.getByTestId('replace-all').click();
  await expect(panel.getByRole('status').filter({ hasText: /^Replaced: [1-9]/ })).toBeVisible();
  return panel;
}

async function glossaryTerm(page: Page, search: string) {
  await page.getByRole('tab', { name: 'Glossary' }).click();
  const g = page.getByTestId('glossary-panel');
  await g.getByRole('searchbox', { name: 'Search' }).fill(search);
  return g.locator('li.glossary-term');
}

test('a replace-all that changes a glossary term’s words offers to update the entry; accepting is one undoable change', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await newProject(page);

  // English: the programme's name is respelled everywhere.
  let panel = await replaceAll(page, 'Green Envoys Program', 'Green Envoys Programme', 'English');
  const offer = panel.getByRole('group', { name: 'Glossary entry “Green Envoys Program”' });
  await expect(offer).toContainText('“Green Envoys Program” → “Green Envoys Programme”');
  // Keyboard: the offer's button takes focus and Enter accepts.
  await offer.getByRole('button', { name: 'Update the glossary entry' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status').filter({ hasText: 'Glossary entry updated: “Green Envoys Programme”' })).toBeVisible();
  let term = await glossaryTerm(page, 'Green Envoys');
  await expect(term.locator('.term-en')).toHaveText('Green Envoys Programme');

  // One undo takes back the glossary change only; the text keeps the replacement.
  await page.getByTestId('undo').click();
  await expect(term.locator('.term-en')).toHaveText('Green Envoys Program');
  await page.getByRole('tab', { name: 'Find', exact: true }).click();
  await page.getByTestId('find-input').fill('Green Envoys Programme');
  await expect(page.getByTestId('find-count')).toHaveText(/^Matches: [1-9]/);
  term = await glossaryTerm(page, 'Green Envoys');
  await page.getByTestId('redo').click();
  await expect(term.locator('.term-en')).toHaveText('Green Envoys Programme');

  // Chinese: a new agreed rendering; the old one becomes a variant not to use.
  panel = await replaceAll(page, '绿色使者计划', '绿色使者项目', 'Chinese');
  await panel.getByRole('group', { name: 'Glossary entry “Green Envoys Programme”' }).getByRole('button', { name: 'Update the glossary entry' }).click();
  term = await glossaryTerm(page, 'Green Envoys');
  await expect(term.locator('.term-zh')).toHaveText('绿色使者项目');
  await expect(term.locator('.term-variants')).toContainText('绿色使者计划');

  // A replace-all that touches no term's words offers nothing.
  panel = await replaceAll(page, 'important platform', 'key platform', 'English');
  await expect(panel.getByTestId('replace-glossary')).toHaveCount(0);
});
