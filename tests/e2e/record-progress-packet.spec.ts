import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { exportedFile, newProject } from './userActions';

const TITLE_EN = 'Workshop on Wetland Monitoring';
const TITLE_ZH = '湿地监测研讨会';

test("an NFP opens the country's progress template, records an event and a status, exports the report; the secretariat imports it", async ({ app, appTarget }) => {
  test.skip(appTarget === 'electron', 'Electron shows a native save dialog for the template and the report, which Playwright cannot answer; the same flow runs in the chromium project');
  test.setTimeout(120_000);
  const { page } = app;

  // The secretariat writes Cambodia's template as an app packet.
  await newProject(page);
  await page.getByTestId('view-implementation').click();
  const view = page.getByTestId('implementation-view');
  await view.getByRole('button', { name: 'Progress template…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Progress template for a country' });
  await dialog.getByLabel('Country').selectOption('KH');
  await dialog.getByRole('radio', { name: 'App packet (.acec-progress.json)' }).check();
  await dialog.getByRole('button', { name: 'Write' }).click();
  const written = dialog.getByTestId('template-written');
  await expect(written).toHaveText('Written: acec-2021-2025-progress-KH.acec-progress.json');
  const template = exportedFile(app.dataDir, 'acec-2021-2025-progress-KH.acec-progress.json');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The NFP opens it: the country's workspace, text read-only, the record theirs.
  await view.getByTestId('progress-open-input').setInputFiles(template);
  await expect(view.getByTestId('progress-banner')).toContainText('Progress report of KH (acec-2021-2025-progress-KH.acec-progress.json)');
  await expect(page.getByTestId('project-name')).toHaveText('acec-2021-2025-progress-KH.acec-progress.json');
  await expect(view.getByRole('button', { name: 'Import progress reports…' })).toHaveCount(0);

  await view.getByRole('button', { name: 'Record an event…' }).click();
  const editor = page.getByRole('dialog', { name: 'Record an event' });
  await editor.getByLabel('Date', { exact: true }).fill('2024-06-18');
  await editor.getByLabel('Place', { exact: true }).fill('Siem Reap, Cambodia');
  await editor.getByRole('textbox', { name: 'English' }).fill(TITLE_EN);
  await editor.getByRole('textbox', { name: 'Chinese' }).fill(TITLE_ZH);
  await editor.getByLabel('Participants (number)').fill('42');
  await editor.getByRole('searchbox', { name: 'Find an activity in the plan' }).fill('1-1');
  await editor.getByRole('checkbox', { name: /^Activity 1-1 Component 1/ }).check();
  await editor.getByLabel('Participants (number)').press('Enter');
  await expect(editor).toBeHidden();
  const rows = view.getByTestId('record-event-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(TITLE_EN);

  await view.getByRole('tab', { name: 'Status by year' }).click();
  const cell = view.locator('[data-testid="record-grid-row"]').first().locator('td[data-year="2024"]');
  await cell.getByRole('button').click();
  const statusDialog = page.getByRole('dialog', { name: 'Activity 1-1 in 2024' });
  await statusDialog.getByRole('radio', { name: 'Completed' }).check();
  await statusDialog.getByLabel('Note').fill('Held in Siem Reap');
  await statusDialog.getByRole('button', { name: 'Save status' }).click();
  await expect(cell).toHaveAttribute('data-status', 'completed');

  await view.getByRole('button', { name: 'Export progress report' }).click();
  const notice = view.getByTestId('progress-exported');
  await expect(notice).toContainText('(events: 1, statuses: 1)');
  const shown = /^Written: (\S+\.acec-progress\.json) /.exec((await notice.textContent()) ?? '')?.[1] ?? '';
  const reportFile = exportedFile(app.dataDir, shown);
  const packet = JSON.parse(readFileSync(reportFile, 'utf8'));
  expect(packet).toMatchObject({ kind: 'acec-progress-packet', country: 'KH', reporter: 'KH' });
  expect(packet.events.map((e: { title: { en: { text: string } } }) => e.title.en.text)).toEqual([TITLE_EN]);

  // The secretariat goes back to its project and imports the report; the event and the status are Cambodia's.
  await page.getByTestId('view-document').click();
  await page.getByRole('combobox', { name: 'Recent projects…' }).selectOption({ label: 'framework.json' });
  await expect(page.getByTestId('project-name')).toHaveText('framework.json');
  await page.getByTestId('view-implementation').click();
  await expect(view.getByTestId('progress-banner')).toHaveCount(0);
  await view.getByTestId('record-import-input').setInputFiles(reportFile);
  const results = page.getByRole('dialog', { name: 'Progress reports imported' });
  await expect(results).toContainText(`${shown}: 1 event added`);
  await results.getByRole('button', { name: 'Close' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(TITLE_EN);
  await view.getByRole('tab', { name: 'Status by year' }).click();
  await expect(view.locator('[data-testid="record-grid-row"]').first().locator('td[data-year="2024"]')).toHaveAttribute('data-status', 'completed');
});
