import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { field, newProject, shot } from './userActions';

const projectFile = (dataDir: string) => path.join(dataDir, 'projects', 'framework.json');

/** Another program rewrites the English title of section 1 in the file on disk. */
function editOnDisk(file: string, title: string): string {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  p.framework.sections[0].title.en.text = title;
  const text = JSON.stringify(p, null, 1);
  writeFileSync(file, text);
  return text;
}

test('a file changed by another program stops saving and asks; Keep mine keeps theirs as a copy', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  const file = projectFile(app.dataDir);
  await page.getByRole('navigation', { name: 'Outline' }).getByText('Background', { exact: true }).click();
  const title = field(page, 's1', 'title', 'en');
  const theirs = editOnDisk(file, 'Their title');

  await title.fill('My title');
  await title.blur();
  const banner = page.getByTestId('disk-change');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('framework.json was changed on disk by someone else');
  await expect(banner).toContainText('Another program changed the file.');
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');
  await expect(page.getByTestId('save-error')).toHaveCount(0);
  expect(readFileSync(file, 'utf8')).toBe(theirs);
  await shot(page, 'file-changed-en.png');

  // Keyboard alone: the first choice is focusable and Tab reaches Keep mine.
  await banner.getByRole('button', { name: 'Reload theirs' }).focus();
  await page.keyboard.press('Tab');
  await expect(banner.getByRole('button', { name: 'Keep mine' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const kept = page.getByTestId('theirs-kept');
  await expect(kept).toContainText('Their version was kept as');
  const copies = readdirSync(path.dirname(file)).filter((n) => n.startsWith('framework.theirs-'));
  expect(copies).toHaveLength(1);
  expect(readFileSync(path.join(path.dirname(file), copies[0]), 'utf8')).toBe(theirs);
  expect(JSON.parse(readFileSync(file, 'utf8')).framework.sections[0].title.en.text).toBe('My title');
});

test('in Chinese: a deleted file offers keep mine and save as, not reload; Reload theirs takes an edited file', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  const file = projectFile(app.dataDir);
  await page.getByRole('navigation', { name: 'Outline' }).getByText('Background', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  const title = field(page, 's1', 'title', 'en');
  await expect(title).toBeVisible();

  rmSync(file);
  await title.fill('Mine');
  await title.blur();
  const banner = page.getByTestId('disk-change');
  await expect(banner).toContainText('已被他人在磁盘上更改');
  await expect(banner).toContainText('该文件已被删除。');
  await expect(banner.getByRole('button', { name: '重新载入对方的版本' })).toHaveCount(0);
  await expect(banner.getByRole('button', { name: '保留我的版本' })).toBeVisible();
  await shot(page, 'file-changed-zh.png');
  expect(existsSync(file)).toBe(false);

  // Keep mine writes the file back; then another program edits it and we take theirs.
  await banner.getByRole('button', { name: '保留我的版本' }).click();
  await expect(banner).toHaveCount(0);
  expect(JSON.parse(readFileSync(file, 'utf8')).framework.sections[0].title.en.text).toBe('Mine');
  editOnDisk(file, 'Theirs');
  await title.fill('Mine again');
  await title.blur();
  await banner.getByRole('button', { name: '重新载入对方的版本' }).click();
  await expect(banner).toHaveCount(0);
  await expect(title).toHaveValue('Theirs');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
});

test('replaced by garbage: the banner says it is not a readable project and offers no Reload; Keep mine keeps their bytes as a copy', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  const file = projectFile(app.dataDir);
  await page.getByRole('navigation', { name: 'Outline' }).getByText('Background', { exact: true }).click();
  const title = field(page, 's1', 'title', 'en');
  const garbage = Buffer.from([0x7b, 0x22, 0xff, 0x00, 0x21, 0x0a, 0x6e, 0x6f, 0x74, 0x20, 0x61, 0x20, 0x70, 0x72, 0x6f, 0x6a]);
  writeFileSync(file, garbage);

  await title.fill('Mine over garbage');
  await title.blur();
  const banner = page.getByTestId('disk-change');
  await expect(banner).toContainText('framework.json was changed on disk by someone else');
  await expect(banner).toContainText('The file was replaced by something that is not a readable project.');
  await expect(banner.getByRole('button', { name: 'Reload theirs' })).toHaveCount(0);
  await expect(banner.getByRole('button', { name: 'Save as…' })).toBeVisible();
  expect(readFileSync(file).equals(garbage)).toBe(true);

  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const copies = readdirSync(path.dirname(file)).filter((n) => n.startsWith('framework.theirs-'));
  expect(copies).toHaveLength(1);
  expect(readFileSync(path.join(path.dirname(file), copies[0])).equals(garbage)).toBe(true);
  expect(JSON.parse(readFileSync(file, 'utf8')).framework.sections[0].title.en.text).toBe('Mine over garbage');
});

test('replaced by another framework project: the banner says so and offers Reload theirs; nothing is overwritten until the user chooses', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  const file = projectFile(app.dataDir);
  await page.getByRole('navigation', { name: 'Outline' }).getByText('Background', { exact: true }).click();
  const title = field(page, 's1', 'title', 'en');
  const other = JSON.parse(readFileSync(file, 'utf8'));
  other.framework.id = 'someone-elses-framework';
  const theirs = JSON.stringify(other, null, 1);
  writeFileSync(file, theirs);

  await title.fill('Mine, not theirs');
  await title.blur();
  const banner = page.getByTestId('disk-change');
  await expect(banner).toContainText('The file was replaced by a different framework project.');
  await expect(banner.getByRole('button', { name: 'Reload theirs' })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Keep mine' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');
  // Further typing does not write either.
  await title.fill('Mine, still not theirs');
  await title.blur();
  await expect(banner).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(theirs);
});
