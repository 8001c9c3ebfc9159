import { test, expect } from './fixtures';
import { field, newProject, shot } from './userActions';

test('live term hits: the English being edited marks its glossary terms, shows the agreed Chinese, and Insert puts it at the Chinese caret as one undoable edit', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await newProject(page);
  await page.locator('.outline-node[data-id="c1"]').click();
  const en = field(page, 'c1', 'title', 'en');
  const zh = field(page, 'c1', 'title', 'zh');
  const hits = page.getByRole('list', { name: 'Glossary terms in Title' });
  await expect(hits).toHaveCount(0);

  // The Chinese is rewritten by keyboard, the caret left after 环境与.
  await zh.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('环境与能力');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  // Focus in the Chinese shows no English term hits.
  await expect(hits).toHaveCount(0);

  // Focus in the English: its two terms are marked behind the text and listed with their agreed Chinese.
  await en.focus();
  await expect(hits.getByRole('listitem')).toHaveCount(2);
  await expect(hits.getByRole('listitem').nth(0)).toContainText('policy dialogue→政策对话');
  await expect(hits.getByRole('listitem').nth(1)).toContainText('capacity building→能力建设');
  await expect(page.getByTestId('term-layer').locator('mark')).toHaveText(['policy dialogue', 'capacity building']);
  await expect(en).toHaveValue('Environmental policy dialogue and capacity building');

  // Typing a term adds its hit at once (before the pause that commits the text).
  await page.keyboard.press('End');
  await page.keyboard.type(' with the Green Envoys Program');
  await expect(hits.getByRole('listitem')).toHaveCount(3);
  await expect(hits.getByRole('listitem').nth(2)).toContainText('Green Envoys Program→绿色使者计划');
  await shot(page, 'drafting-term-hits.png');

  // The next Tab stop is the first hit's Insert; Enter puts 政策对话 at the Chinese caret.
  await page.keyboard.press('Tab');
  const insert = hits.getByRole('button', { name: 'Insert “政策对话” into Title of Component 1 — Chinese at the caret' });
  await expect(insert).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(zh).toHaveValue('环境与政策对话能力');
  await expect(zh).toBeFocused();
  expect(await zh.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe('环境与政策对话'.length);

  // One undo takes the insertion back, and only it.
  await page.getByTestId('undo').click();
  await expect(zh).toHaveValue('环境与能力');
});
