import { hostname } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { newProject, shot } from './userActions';

/**
 * A project held by someone on another workstation (a lock the app cannot judge stale): the app
 * names who holds it and since when, and takes it over only after the user confirms, with the
 * keyboard alone.
 */
test('a project locked by someone else names them, and Take over… opens it after confirming', async ({ app }) => {
  let page = app.page;
  await newProject(page);
  const file = path.join(app.dataDir, 'projects', 'framework.json');
  // Li Wei opened the same file from another workstation (the lock the server held is replaced by theirs).
  const theirs = { user: 'Li Wei', host: 'ws-17.example', pid: 4242, pidStart: null, since: '2026-12-03T08:00:00.000Z', token: 'their-token' };
  writeFileSync(`${file}.lock`, JSON.stringify(theirs));

  page = await app.restart();
  const alert = page.getByRole('alert').filter({ hasText: 'Li Wei' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('ws-17.example');
  await shot(page, 'take-over-locked.png');

  // Cancel first: nothing changes, the lock stays theirs.
  await alert.getByRole('button', { name: 'Take over…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Li Wei on ws-17.example has had this project open');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).user).toBe('Li Wei');

  // Then confirm: the project opens and the lock is ours.
  await alert.getByRole('button', { name: 'Take over…' }).focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Take over…' }).click();
  await expect(page.getByTestId('project-name')).toContainText('framework.json');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const lock = JSON.parse(readFileSync(`${file}.lock`, 'utf8')) as { host: string; token: string };
  expect(lock.host).toBe(hostname());
  expect(lock.token).not.toBe('their-token');
});
