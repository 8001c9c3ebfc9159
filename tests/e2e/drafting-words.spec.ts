import { test, expect } from './fixtures';
import { newProject } from './userActions';

test('the cover date is typed in the UI language’s order, not in a browser date widget (Chinese and English), keyboard only', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await newProject(page);
  await page.locator('.project-bar select').selectOption('zh');
  await expect(page.getByTestId('export-button')).toHaveText('导出…');
  await page.locator('.outline-node').first().click();

  // No date widget anywhere (its pattern follows the machine's locale: mm/dd/yyyy on a US machine).
  await expect(page.locator('input[type="date"]')).toHaveCount(0);
  const date = page.getByRole('textbox', { name: '日期', exact: true });
  await expect(date).toHaveAccessibleDescription('格式：年/月/日');

  // Not a day: said so, nothing changed.
  await date.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2026/2/30');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '“2026/2/30”不是日期' })).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');

  // 年月日 as a Chinese writer types it; leaving the field commits it, shown in the Chinese order.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2026年12月3日');
  await page.keyboard.press('Tab');
  await expect(date).toHaveValue('2026/12/03');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // The English UI shows the same day in its own order, and reads what is typed day first.
  await page.locator('.project-bar select').selectOption('en');
  const en = page.getByRole('textbox', { name: 'Date', exact: true });
  await expect(en).toHaveValue('03/12/2026');
  await expect(en).toHaveAccessibleDescription('Format: dd/mm/yyyy');
  await en.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1/7/2026');
  await page.keyboard.press('Enter');
  await expect(en).toHaveValue('01/07/2026');
  await page.locator('.project-bar select').selectOption('zh');
  await expect(date).toHaveValue('2026/07/01');
});

test('a keyboard user sees a focus ring of the app’s own on the controls that hid the browser’s, and status selects are at least 24 px high', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await newProject(page);
  await page.locator('.outline-node[data-id="c1"]').click();
  await page.locator('textarea[data-element-id="c1"][data-field="title"][data-lang="zh"]').focus();
  await page.keyboard.press('Tab');
  const select = page.locator('[data-status-for="c1/title/zh"]');
  await expect(select).toBeFocused();
  const ring = await select.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: s.outlineWidth, height: el.getBoundingClientRect().height };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBe('2px');
  expect(ring.height).toBeGreaterThanOrEqual(24);
});
