import { test, expect } from './fixtures';
import { field, newProject, shot } from './userActions';
import { openFindings } from './draftingActions';

test('at 1280 px with the outline and Findings open, the action plan’s Schedule column is on screen; panels resize and collapse, sizes remembered', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await newProject(page);
  await openFindings(page);
  await page.getByRole('navigation', { name: 'Outline' }).locator('.outline-actionPlan').click();
  const scheduleHead = page.getByTestId('plan-grid').locator('th').nth(3);
  await expect(scheduleHead).toBeVisible();
  const box = (await scheduleHead.boundingBox())!;
  const findings = (await page.getByRole('region', { name: 'Consistency findings' }).boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(findings.x);
  expect(box.width).toBeGreaterThan(80);
  const schedule = field(page, 'ap-c1-a1-x1', 'schedule', 'en');
  const sbox = (await schedule.boundingBox())!;
  expect(sbox.x + sbox.width).toBeLessThanOrEqual(findings.x);
  await shot(page, 'drafting-layout-1280.png');

  // Resize the outline from the keyboard; collapse it and bring it back.
  const outlinePane = page.locator('[data-region="outline"]');
  const before = (await outlinePane.boundingBox())!.width;
  const splitter = page.getByRole('separator', { name: 'Resize the outline' });
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await outlinePane.boundingBox())!.width).toBe(before + 48);
  await page.getByRole('button', { name: 'Hide the outline' }).click();
  await expect(page.getByRole('navigation', { name: 'Outline' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the outline' }).click();
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
  await expect.poll(async () => (await outlinePane.boundingBox())!.width).toBe(before + 48);

  // The size is remembered when the window is loaded again.
  await page.reload();
  await expect(page.getByTestId('project-name')).toBeVisible();
  await expect.poll(async () => (await page.locator('[data-region="outline"]').boundingBox())!.width).toBe(before + 48);
});

test('keyboard: the skip link leads to the editor; F6 reaches the Findings panel from the editor and cycles the regions', async ({ app }) => {
  const { page } = app;
  await newProject(page);
  await openFindings(page);
  // The skip link is the first thing Tab reaches in a freshly loaded window.
  await page.reload();
  await expect(page.getByTestId('project-name')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the editor' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#editor-main textarea').first()).toBeFocused();
  await openFindings(page);

  // From a field of the editor, F6 reaches the Findings panel in at most three presses.
  const title = page.locator('#editor-main textarea').first();
  await title.focus();
  let presses = 0;
  const inFindings = () => page.evaluate(() => document.activeElement?.closest('[data-region="side"]') !== null);
  while (presses < 3 && !(await inFindings())) {
    await page.keyboard.press('F6');
    presses++;
  }
  expect(await inFindings()).toBe(true);
  expect(presses).toBeLessThanOrEqual(3);
  await expect(page.getByRole('tab', { name: 'Findings' })).toBeFocused();
  // The tab strip is one tab stop (arrows move along it); Tab goes on into the open Findings panel.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('tab', { name: 'Comments' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.findings-panel') !== null)).toBe(true);

  // F6 goes on to the project bar, then the outline (its current node), then back to the field where the user was.
  await page.keyboard.press('F6');
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-region="bar"]') !== null)).toBe(true);
  await page.keyboard.press('F6');
  await expect(page.locator('.outline-node[data-region-entry]')).toBeFocused();
  await page.keyboard.press('F6');
  await expect(title).toBeFocused();
  // Shift+F6 goes back.
  await page.keyboard.press('Shift+F6');
  await expect(page.locator('.outline-node[data-region-entry]')).toBeFocused();
  // Alt+Shift+n opens the n-th side panel from anywhere (4: Versions).
  await page.keyboard.press('Alt+Shift+4');
  await expect(page.getByTestId('versions-panel')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Versions' })).toBeFocused();
  // Landmarks: banner, navigation, main, complementary.
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('complementary')).toHaveCount(1);
});
