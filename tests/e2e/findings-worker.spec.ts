import { test, expect } from './fixtures';
import { field, newProject } from './userActions';

/**
 * The checker runs in a Web Worker fed by the store's patches: the page starts one, typing shows
 * its findings, and the Export dialog's pre-flight comes from it too (no request to main for it).
 */
test('findings and the export pre-flight come from the checker worker as the user types', async ({ app, appTarget }) => {
  test.skip(appTarget === 'electron', 'the worker is the same in Electron; the requests checked here are the browser build\'s');
  const { page } = app;
  const preflightRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/exportPreflight')) preflightRequests.push(r.url());
  });
  await newProject(page);
  await page.locator('.side-tabs button[data-panel="findings"]').click();
  const summary = page.getByTestId('findings-summary');
  await expect(summary).toContainText('1 error,');
  await expect.poll(() => page.workers().some((w) => w.url().includes('checker.worker'))).toBe(true);

  // Emptying a schedule (both languages) is a new error, reported while the page stays responsive.
  await page.locator('.outline [data-id="ap-c1-a1-x1"]').first().click();
  for (const lang of ['en', 'zh'] as const) await field(page, 'ap-c1-a1-x1', 'schedule', lang).fill('');
  await expect(summary).toContainText('2 errors');
  const empty = page.locator('li.finding[data-finding-key^="schedule-empty|ap-c1-a1-x1"]');
  await expect(empty).toHaveCount(1);

  // The pre-flight counts the same errors, without asking main.
  await page.getByTestId('export-button').click();
  const dialog = page.getByRole('dialog', { name: 'Export the document' });
  await expect(dialog.getByTestId('preflight-errors')).toContainText('2 error-level findings not waived');
  expect(preflightRequests).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Writing the schedule back clears the new error.
  await field(page, 'ap-c1-a1-x1', 'schedule', 'en').fill('2021-2025');
  await field(page, 'ap-c1-a1-x1', 'schedule', 'zh').fill('2021-2025年');
  await expect(empty).toHaveCount(0);
  await expect(summary).toContainText('1 error,');
});

/**
 * The editor commits typing after a pause; the findings do not wait for it: the text being typed
 * goes to the checker as a draft, so a finding appears while nothing has been committed yet.
 */
test('findings follow the typing before the editor commits it', async ({ app, appTarget }) => {
  test.skip(appTarget === 'electron', 'the requests checked here are the browser build\'s');
  const { page } = app;
  await newProject(page);
  await page.locator('.side-tabs button[data-panel="findings"]').click();
  const summary = page.getByTestId('findings-summary');
  await expect(summary).toContainText('1 error,');
  await page.locator('.outline [data-id="ap-c1-a1-x1"]').first().click();
  const schedule = field(page, 'ap-c1-a1-x1', 'schedule', 'en');
  await schedule.focus();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The page's clock stopped: the editor's commit pause cannot pass (the checker's worker keeps its own time).
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/api\//.test(r.url())) sent.push(r.postData() ?? '');
  });
  // A range that ends before it starts: one more error, shown while the text is still a draft.
  await schedule.fill('2025-2021');
  // The draft goes to the checker after the frame that draws the typing: let the page's clock run
  // through that frame and the task after it, well short of the commit pause.
  await page.clock.runFor(100);
  await expect(summary).toContainText('2 errors');
  expect(sent.filter((body) => body.includes('2025-2021'))).toEqual([]);
  await expect(page.getByTestId('save-state')).toHaveText('Unsaved changes');

  // The pause passes: the text is committed and the findings stay as they were shown.
  await page.clock.resume();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect.poll(() => sent.some((body) => body.includes('2025-2021'))).toBe(true);
  await expect(summary).toContainText('2 errors');
});
