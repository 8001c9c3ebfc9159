import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { exportedFile, newProject, shot } from './userActions';

const TITLE_EN = 'ASEAN-China Environmental Cooperation Forum 2023';
const TITLE_ZH = '2023中国－东盟环境合作论坛';

/** The text of a .docx as python-docx reads it: paragraphs, then every table cell. */
function docxText(file: string): string {
  const script = 'import docx,sys\nd=docx.Document(sys.argv[1])\nprint("\\n".join(p.text for p in d.paragraphs))\nfor t in d.tables:\n  for r in t.rows:\n    print(" | ".join(c.text for c in r.cells))';
  return execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
}

test('records an event in the Implementation view, links it, sets a status, sees it in the grid and the dashboard, and exports the report', async ({ app, appTarget }) => {
  test.skip(appTarget === 'electron', 'Electron shows a native save dialog for the report, which Playwright cannot answer; the same flow runs in the chromium project');
  test.setTimeout(120_000);
  const { page } = app;
  await newProject(page);
  await page.getByTestId('view-implementation').click();
  const view = page.getByTestId('implementation-view');
  await expect(view.getByTestId('record-events-table')).toBeVisible();
  await expect(view.getByTestId('record-event-count')).toHaveText('0 of 0 events');

  // Record an event, with the keyboard alone for the form.
  await view.getByRole('button', { name: 'Record an event…' }).click();
  const editor = page.getByRole('dialog', { name: 'Record an event' });
  await expect(editor.getByLabel('Date')).toBeFocused();
  await page.keyboard.type('2023-09');
  await expect(editor.getByText('Read as the month 2023-09-01 to 2023-09-30')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nanning (Guangxi), China');
  await expect(editor.getByText('Read as city: Nanning (Guangxi); country: China')).toBeVisible();
  await editor.getByRole('textbox', { name: 'English' }).fill(TITLE_EN);
  await editor.getByRole('textbox', { name: 'Chinese' }).fill(TITLE_ZH);
  await editor.getByLabel('Participants (number)').fill('150');
  // Link it to Activity 1-1 through the picker.
  await editor.getByRole('searchbox', { name: 'Find an activity in the plan' }).fill('1-1');
  await editor.getByRole('checkbox', { name: /^Activity 1-1 Component 1/ }).check();
  await expect(editor.getByRole('list', { name: 'Linked activities' })).toContainText('Activity 1-1');
  // Funding from the Cooperation Fund.
  await editor.getByRole('button', { name: 'Add funding' }).click();
  const funding = editor.getByRole('group', { name: 'Funding 1' });
  await funding.getByLabel('Amount').fill('50,000');
  // A bad participants number is refused with its reason; nothing is saved.
  await editor.getByLabel('Participants (number)').fill('many');
  await editor.getByLabel('Participants (number)').press('Enter');
  await expect(editor.getByTestId('event-invalid')).toBeVisible();
  await expect(editor.getByText('the number of participants “many” is not a whole number')).toBeVisible();
  await editor.getByLabel('Participants (number)').fill('150');
  await editor.getByLabel('Participants (number)').press('Enter');
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  const rows = view.getByTestId('record-event-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(TITLE_EN);
  await expect(rows.first()).toContainText('Activity 1-1');
  await expect(rows.first()).toContainText('Nanning (Guangxi), China');
  // The month as the UI language writes it, not the stored "2023-09".
  await expect(rows.first().locator('td.record-date')).toHaveText(/^Sept? 2023$/);
  // Filters: it is linked, held in 2023 in China.
  await view.getByLabel('Linked to an activity').selectOption('unlinked');
  await expect(rows).toHaveCount(0);
  await view.getByLabel('Linked to an activity').selectOption('linked');
  await view.getByLabel('Year').selectOption('2023');
  await view.getByLabel('Country').selectOption('CN');
  await expect(rows).toHaveCount(1);
  await view.getByLabel('Year').selectOption('2022');
  await expect(rows).toHaveCount(0);
  await view.getByLabel('Year').selectOption('');

  // Reopen it: every field is there, with its funding.
  await view.getByRole('button', { name: `Edit event: ${TITLE_EN}` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await expect(edit.getByLabel('Date')).toHaveValue('2023-09');
  await expect(edit.getByRole('group', { name: 'Funding 1' }).getByLabel('Amount')).toHaveValue('50000');
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // The status grid: set Activity 1-1 in 2023 to completed, with a note, from the grid (keyboard).
  await view.getByRole('tab', { name: 'Events' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('tab', { name: 'Status by year' })).toHaveAttribute('aria-selected', 'true');
  const cell = view.locator('[data-testid="record-grid-row"]').first().locator('td[data-year="2023"]');
  await expect(cell.getByRole('button')).toHaveAccessibleName(/^Activity 1-1, 2023: .*; status No status; 1 event$/);
  await cell.getByRole('button').focus();
  await page.keyboard.press('Enter');
  const statusDialog = page.getByRole('dialog', { name: 'Activity 1-1 in 2023' });
  await expect(statusDialog.getByRole('listitem').filter({ hasText: TITLE_EN })).toHaveText(new RegExp(`^Sept? 2023 — ${TITLE_EN}$`));
  await statusDialog.getByRole('radio', { name: 'Completed' }).check();
  await statusDialog.getByLabel('Note').fill('Forum held in Nanning');
  await statusDialog.getByRole('button', { name: 'Save status' }).click();
  await expect(statusDialog).toBeHidden();
  await expect(cell).toHaveAttribute('data-status', 'completed');
  await expect(cell.getByRole('button')).toHaveAccessibleName(/status Completed; 1 event$/);
  await shot(page, `record-grid-${appTarget}.png`);

  // Undo takes the status back (named in the Undo button); redo restores it.
  await expect(page.getByRole('button', { name: 'Undo Activity status' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveAttribute('data-status', '');
  await page.keyboard.press('Control+Shift+z');
  await expect(cell).toHaveAttribute('data-status', 'completed');

  // The dashboard: the event, its component and year, the status, the funding; charts drawn.
  await view.getByRole('tab', { name: 'Dashboard' }).click();
  const dash = view.getByTestId('record-dashboard');
  await expect(dash.getByTestId('dashboard-totals')).toContainText('Events1');
  await expect(dash.getByTestId('dashboard-totals')).toContainText('50,000 USD');
  const perYear = dash.getByTestId('chart-eventsPerYear');
  await expect(perYear.getByRole('row', { name: /Component 1/ })).toHaveText(/Component 1\s*0\s*0\s*1\s*0\s*0\s*1/);
  await expect(dash.getByTestId('chart-activitiesByStatus').getByRole('row', { name: /completed/i })).toHaveText(/completed\s*1/i);
  await expect(dash.getByTestId('chart-fundingBySource').getByRole('row', { name: /ASEAN-China Cooperation Fund/ })).toHaveText(/50000/);
  await expect(dash.getByTestId('chart-eventsByCountry').getByRole('row', { name: /China/ })).toHaveText(/China\s*1/);
  await expect(perYear.getByTestId('chart-eventsPerYear-drawing').locator('svg')).toBeVisible();
  await expect(perYear.getByTestId('chart-eventsPerYear-drawing').locator('svg path').first()).toBeAttached();
  await shot(page, `record-dashboard-${appTarget}.png`);
  const axe = await new AxeBuilder({ page }).include('[data-testid="implementation-view"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The self-evaluation report, in English, Word and PDF; read back with python-docx and pdftotext.
  await view.getByRole('button', { name: 'Self-evaluation report…' }).click();
  const report = page.getByRole('dialog', { name: 'Self-evaluation report (section 5.4)' });
  await report.getByRole('radio', { name: 'English only' }).check();
  await report.getByTestId('report-start').click();
  const written = report.getByTestId('report-written').getByRole('listitem');
  await expect(written).toHaveCount(2, { timeout: 60_000 });
  const files = (await written.allTextContents()).map((s) => exportedFile(app.dataDir, s.replace(/^Written: /, '')));
  expect(files.map((f) => path.basename(f))).toEqual(['acec-2021-2025-self-evaluation-en.docx', 'acec-2021-2025-self-evaluation-en.pdf']);
  for (const f of files) expect(existsSync(f)).toBe(true);
  const docx = docxText(files[0]);
  expect(docx).toContain(TITLE_EN);
  expect(docx).toMatch(/2023[^\n|]*: completed \(Forum held in Nanning\)/);
  // In content order (-raw): the events list is a table, whose cells -layout interleaves line by line.
  const pdf = execFileSync('pdftotext', ['-raw', files[1], '-'], { encoding: 'utf8' });
  expect(pdf.replace(/\s+/g, ' ')).toContain(TITLE_EN);
  expect(pdf.replace(/\s+/g, ' ')).toMatch(/2023[^|]*: completed \(Forum held in Nanning\)/);
  await report.getByRole('button', { name: 'Close' }).click();

  // The record is in the saved project: it is there after a restart.
  const again = await app.restart();
  await again.getByTestId('view-implementation').click();
  await expect(again.getByTestId('record-event-row')).toHaveCount(1);
});
