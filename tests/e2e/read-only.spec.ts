import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { newProject, shot } from './userActions';

/**
 * A project file that cannot be written opens read-only, with a banner and Save as. The tests run
 * as root, for whom permission bits do not stop a write: the file is made immutable (chattr +i),
 * which stops root too and makes access(W_OK) fail as a read-only file does for a user.
 */
test('a read-only project file opens read-only with a banner; Save as… edits a copy and leaves it untouched', async ({ app }) => {
  let page = app.page;
  await newProject(page);
  const file = path.join(app.dataDir, 'projects', 'framework.json');
  const before = readFileSync(file);
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'pipe' });
  } catch (e) {
    // tmpfs and some container filesystems have no immutable flag: nothing here can make the file read-only for root.
    test.skip(true, `chattr +i is not supported here: ${(e as Error).message}`);
    return;
  }
  try {
    page = await app.restart();
    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toContainText('This file is read-only: you can read it, and Save as to edit a copy.');
    await shot(page, 'read-only-file.png');

    // Keyboard alone: the banner's Save as…, then the suggested name beside it.
    await banner.getByRole('button', { name: 'Save as…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Save as' });
    // The browser build asks for a name only: main saves it in its own projects folder.
    await expect(dialog.getByLabel('File name')).toHaveValue('framework-copy.json');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(banner).toHaveCount(0);
    await expect(page.getByTestId('project-name')).toContainText('framework-copy.json');
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    expect(existsSync(file.replace(/\.json$/, '-copy.json'))).toBe(true);
    expect(readFileSync(file).equals(before)).toBe(true);
  } finally {
    execFileSync('chattr', ['-i', file]);
  }
});
