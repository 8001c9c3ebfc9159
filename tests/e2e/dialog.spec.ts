import { expect, test } from './fixtures';
import { newProject } from './userActions';

test('a dialog is modal: focus moves in, Tab stays inside, Escape closes and focus returns to its opener', async ({ app }) => {
  const { page } = app;
  const opener = page.getByTestId('export-button');
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export the document' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  // Focus is inside, and thirty Tabs (more than the dialog has controls) never leave it.
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('confirming a delete is the same dialog: Escape cancels and nothing is deleted', async ({ app }) => {
  const { page } = app;
  await newProject(page);
  await page.getByRole('navigation', { name: 'Outline' }).getByText('Background', { exact: true }).click();
  const rows = page.locator('[data-kind="paragraph"]');
  const before = await rows.count();
  const del = rows.nth(1).getByRole('button', { name: 'Delete' });
  await del.click();
  const ask = page.getByRole('dialog', { name: 'Delete' });
  await expect(ask).toHaveAttribute('aria-modal', 'true');
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(del).toBeFocused();
  await expect(rows).toHaveCount(before);
});
