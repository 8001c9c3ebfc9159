import { readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { newProject } from './userActions';

test('finds a term in both languages, jumps to a match, and replaces it everywhere', async ({ app }) => {
  let page = app.page;
  await newProject(page);
  await page.keyboard.press('Control+f');
  const panel = page.getByTestId('find-panel');
  await panel.getByTestId('find-input').fill('2021-2025');
  const results = panel.locator('.find-result');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: 'English' }).first()).toBeVisible();
  await expect(results.filter({ hasText: 'Chinese' }).first()).toBeVisible();
  const count = Number((await panel.getByTestId('find-count').textContent())!.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(4);

  // Jump to a Chinese match: the editor shows that field, focused.
  await results.filter({ hasText: 'Chinese' }).filter({ hasText: 'Activity' }).first().click();
  const focused = page.locator('textarea:focus');
  await expect(focused).toHaveAttribute('data-lang', 'zh');
  await expect(focused).toHaveValue(/2021-2025/);

  await panel.getByTestId('replace-input').fill('2026-2030');
  await panel.getByTestId('replace-all').click();
  await expect(panel.getByRole('status')).toHaveText(`Replaced: ${count}`);
  await expect(panel.getByTestId('find-count')).toHaveText('Matches: 0');
  await expect(page.getByTestId('undo')).toHaveText('Undo Replace all');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  page = await app.restart();
  await expect(page.getByTestId('project-name')).toHaveText('framework.json');
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill('2026-2030');
  await expect(page.getByTestId('find-count')).toHaveText(`Matches: ${count}`);
});

test('a save that fails is reported, nothing typed is lost, and Save As puts it somewhere else', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  // The project's backup folder cannot be written (another program put a file in its place): the
  // first save after opening backs the file up first, so saving fails.
  const backups = path.join(app.dataDir, 'projects', 'framework.json.backups');
  rmSync(backups, { recursive: true, force: true });
  writeFileSync(backups, 'not a folder');

  await page.getByRole('navigation', { name: 'Outline' }).getByText('Background', { exact: true }).click();
  const field = page.locator('textarea[data-element-id="s1"][data-field="title"][data-lang="zh"]');
  await field.fill('背景情况');
  await field.blur();
  const error = page.getByTestId('save-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('could not be saved');
  await expect(error).toContainText('framework.json');
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');
  await expect(field).toHaveValue('背景情况');

  // Retrying fails the same way and still keeps the text.
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(error).toBeVisible();

  // The browser build's Save As takes a name; main puts it in its projects folder.
  const target = path.join(app.dataDir, 'projects', 'rescued.json');
  await error.getByRole('button', { name: 'Save as…' }).click();
  await page.getByTestId('save-as-name').fill('rescued');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('project-name')).toHaveText('rescued.json');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(error).toHaveCount(0);
  expect(existsSync(target)).toBe(true);
  expect(readFileSync(target, 'utf8')).toContain('背景情况');
  // The old file is in the recent list.
  await expect(page.getByRole('combobox', { name: 'Recent projects…' }).locator('option', { hasText: 'framework.json' })).toHaveCount(1);
  // Undo still works after Save As: the history came along.
  await expect(page.getByTestId('undo')).toHaveText('Undo Typing');
});
