import { test, expect } from './fixtures';
import { newProject, field, shot } from './userActions';

test('edits an activity in English and Chinese and finds both after a restart', async ({ app }) => {
  let page = app.page;
  await newProject(page);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.locator('.outline-activity', { hasText: 'Activity 1-2' }).first().click();
  const en = field(page, 'ap-c1-a1-x2', 'text', 'en');
  const zh = field(page, 'ap-c1-a1-x2', 'text', 'zh');
  await expect(en).toBeVisible();
  await en.fill('Hold a regional dialogue on green finance');
  await zh.fill('举办绿色金融区域对话');
  await zh.blur();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // The Chinese is now a draft; the row shows the structured reading of the schedule beside it.
  await expect(page.locator('[data-status-for="ap-c1-a1-x2/text/zh"]')).toHaveValue('draft');
  await shot(page, 'editor-action-plan-grid.png');

  page = await app.restart();
  await page.getByRole('navigation', { name: 'Outline' }).locator('.outline-activity', { hasText: 'Activity 1-2' }).first().click();
  await expect(field(page, 'ap-c1-a1-x2', 'text', 'en')).toHaveValue('Hold a regional dialogue on green finance');
  await expect(field(page, 'ap-c1-a1-x2', 'text', 'zh')).toHaveValue('举办绿色金融区域对话');
});

test('approving a translation records what it was checked against; editing the other language then shows it needs review', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  await page.getByRole('navigation', { name: 'Outline' }).locator('.outline-activity', { hasText: 'Activity 1-1' }).first().click();
  const zhStatus = page.locator('[data-status-for="ap-c1-a1-x1/text/zh"]');
  await zhStatus.selectOption('approved');
  await expect(zhStatus).toHaveValue('approved');
  const zhCell = page.locator('.lang-text', { has: field(page, 'ap-c1-a1-x1', 'text', 'zh') });
  await expect(zhCell.getByTestId('stale')).toHaveCount(0);

  const en = field(page, 'ap-c1-a1-x1', 'text', 'en');
  await en.fill('ASEAN-China National Focal Points Meeting on Environmental Cooperation');
  await en.blur();
  await expect(zhCell.getByTestId('stale')).toHaveText('Needs review');
  await expect(page.locator('[data-status-for="ap-c1-a1-x1/text/en"]')).toHaveValue('draft');
  await shot(page, 'editor-stale-translation.png');
  // Undo the English edit: the Chinese approval is valid again (staleness is computed).
  await page.keyboard.press('Control+z');
  await expect(zhCell.getByTestId('stale')).toHaveCount(0);
});

test('a label typed by hand is kept and shown as overridden, and can go back to automatic', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  await page.getByRole('navigation', { name: 'Outline' }).locator('.outline-activity', { hasText: 'Activity 1-2' }).first().click();
  const chip = page.locator('[data-label-for="ap-c1-a1-x2"]');
  await chip.click();
  await page.getByRole('textbox', { name: 'Label' }).fill('Activity 1-2 (new)');
  await page.getByRole('textbox', { name: 'Label' }).press('Enter');
  await expect(chip).toHaveText('Activity 1-2 (new)');
  await expect(chip).toHaveClass(/overridden/);
  await page.locator('[data-row-id="ap-c1-a1-x2"]').getByRole('button', { name: 'automatic' }).click();
  await expect(chip).toHaveText('Activity 1-2');
  await expect(chip).not.toHaveClass(/overridden/);
});

test('the outline is keyboard navigable', async ({ app }) => {
  const page = app.page;
  const tree = page.getByRole('navigation', { name: 'Outline' });
  await tree.locator('.outline-node').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(tree.locator('.outline-node:focus')).toContainText('Development of cooperation and Progress');
  await page.keyboard.press('ArrowLeft');
  await expect(tree.locator('[role="treeitem"][aria-expanded="false"]')).toHaveCount(1);
  await expect(tree.getByText('Development of cooperation', { exact: true })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // Enter opens the element with the caret in its first field: the keyboard user is in the editor, not left in the outline.
  const title = page.locator('[data-page="section"] textarea[data-field="title"][data-lang="en"]').first();
  await expect(title).toHaveValue('Development of cooperation');
  await expect(title).toBeFocused();
});

test('Chinese typed with an input method is committed when the composition ends, not half-way', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  await page.getByRole('navigation', { name: 'Outline' }).getByText('Background', { exact: true }).click();
  const zh = field(page, 's1', 'title', 'zh');
  await zh.fill('');
  await zh.blur();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // The page's clock under the test's control: time still flows, but the commit pause can be
  // passed at once instead of slept through before asserting that nothing was committed.
  await page.clock.install();
  // Every change the page sends to the services, in order: what reached the document.
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/api\//.test(r.url())) sent.push(r.postData() ?? '');
  });
  await zh.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'beijing', selectionStart: 7, selectionEnd: 7 });
  // Past the commit pause (every timer due in it has run): the pinyin must not reach the document.
  await page.clock.runFor(900);
  await expect(page.getByTestId('save-state')).toHaveText('Unsaved changes');
  await cdp.send('Input.insertText', { text: '背景' });
  await expect(zh).toHaveValue('背景');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByTestId('undo')).toHaveText('Undo Typing');
  // The pinyin never left the page: every request up to the commit of 背景 (which came after the
  // commit pause had passed mid-composition) is in `sent`, and none carries it.
  expect(sent.some((body) => body.includes('背景'))).toBe(true);
  expect(sent.filter((body) => body.includes('beijing'))).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect(zh).toHaveValue('');
});
