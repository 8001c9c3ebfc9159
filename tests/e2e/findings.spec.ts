import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { field, newProject, shot } from './userActions';

async function openFindings(page: Page) {
  await page.locator('.side-tabs button[data-panel="findings"]').click();
  const panel = page.getByRole('region', { name: 'Consistency findings' });
  await expect(panel).toBeVisible();
  return panel;
}

const finding = (panel: ReturnType<Page['locator']>, key: string) => panel.locator(`li.finding[data-finding-key="${key}"]`);

test('a finding leads to its field; fixing the text removes it; a waived finding survives a restart', async ({ app }) => {
  let page = app.page;
  await newProject(page);
  let panel = await openFindings(page);
  await expect(page.getByTestId('findings-summary')).toContainText('1 error,');
  // Counts on the outline: activity 1-1 of component 2 has the reversed schedule, a proposed link
  // and the translator's query about that schedule.
  await expect(page.locator('.outline [data-id="ap-c2-a1-x1"] [data-marker="findings"]')).toHaveText('3');
  await shot(page, 'findings-panel.png');

  // Click the error: the editor shows activity 1-1 of component 2 with its English schedule focused.
  const reversed = finding(panel, 'schedule-reversed|ap-c2-a1-x1|schedule|en');
  await expect(reversed).toContainText('the range ends (2015) before it starts (2020)');
  await reversed.locator('.finding-message').click();
  const schedule = page.locator('textarea[data-element-id="ap-c2-a1-x1"][data-field="schedule"][data-lang="en"]');
  await expect(schedule).toBeFocused();
  await expect(schedule).toHaveValue('2020-2015, to be launched in 2020 (planned)');

  // Fix it as the drafter would: the finding disappears as they type. The Chinese still reads
  // "2020-2015年", which is now reported on its own; fixing it too leaves no error.
  await schedule.fill('2020-2025, to be launched in 2020 (planned)');
  await expect(reversed).toHaveCount(0);
  const reversedZh = finding(panel, 'schedule-reversed|ap-c2-a1-x1|schedule|zh');
  await expect(reversedZh).toHaveCount(1);
  await reversedZh.locator('.finding-message').click();
  const scheduleZh = page.locator('textarea[data-element-id="ap-c2-a1-x1"][data-field="schedule"][data-lang="zh"]');
  await expect(scheduleZh).toBeFocused();
  await scheduleZh.fill('2020-2025年，2020年启动（计划）');
  await expect(reversedZh).toHaveCount(0);
  await expect(page.getByTestId('findings-summary')).toContainText('0 errors');
  await scheduleZh.blur();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Waive another finding with a reason.
  const label = finding(panel, 'label-pattern|ap-c4-a1-x1||');
  await label.locator('[data-action="waive"]').click();
  await label.getByRole('textbox', { name: 'Reason for waiving' }).fill('Published this way; keep for fidelity');
  await label.getByRole('button', { name: 'Waive', exact: true }).click();
  await expect(label).toHaveCount(0);
  await expect(panel.locator('[data-view="waived"]')).toHaveText('Waived (1)');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // After a restart the waiver is still there, with its reason, and the fix too.
  page = await app.restart();
  panel = await openFindings(page);
  await expect(page.getByTestId('findings-summary')).toContainText('0 errors');
  await panel.locator('[data-view="waived"]').click();
  const waived = finding(panel, 'label-pattern|ap-c4-a1-x1||');
  await expect(waived).toContainText('Waived: Published this way; keep for fidelity');
  await shot(page, 'findings-waived.png');
  // Restoring it brings it back among the open findings.
  await waived.locator('[data-action="unwaive"]').click();
  await expect(panel.locator('[data-view="waived"]')).toHaveText('Waived (0)');
});

test('a proposed link is confirmed from the panel and kept in the project', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  const panel = await openFindings(page);
  await panel.locator('[data-severity-toggle="info"]').click();
  const proposed = finding(panel, 'coverage-proposed|ap-c1-a2-x1|text|');
  await expect(proposed).toContainText('likely carries out main activity 4');
  await proposed.getByRole('button', { name: 'Link to main activity 4' }).click();
  await expect(proposed).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const again = await app.restart();
  const p2 = await openFindings(again);
  await p2.locator('[data-severity-toggle="info"]').click();
  await expect(finding(p2, 'coverage-proposed|ap-c1-a2-x1|text|')).toHaveCount(0);
  await expect(finding(p2, 'coverage-proposed|ap-c1-a1-x1|text|')).toHaveCount(1);
});

test('a Chinese term that departs from the glossary is a terminology finding that leads to the field', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.locator('.outline-activity', { hasText: 'Activity 1-1' }).first().click();
  // The translator writes "ASEAN-China" in the English word order, a rendering the glossary lists as a variant.
  const zh = field(page, 'ap-c1-a1-x1', 'text', 'zh');
  await expect(zh).toHaveValue('中国－东盟环境合作国家联络员会议');
  await zh.fill('东盟－中国环境合作国家联络员会议');
  const panel = await openFindings(page);
  const term = panel.locator('li.finding[data-family="terminology"][data-finding-key="term-variant|ap-c1-a1-x1|text|zh|asean-china"]');
  await expect(term).toContainText('the Chinese writes “东盟－中国” where the glossary agrees on “中国－东盟”');
  await term.scrollIntoViewIfNeeded();
  await shot(page, 'findings-terminology.png');

  // From elsewhere in the document, the finding leads back to the Chinese of that activity.
  await outline.locator('.outline-activity', { hasText: 'Activity 1-2' }).first().click();
  await expect(zh).not.toBeFocused();
  await term.locator('.finding-message').click();
  await expect(zh).toBeFocused();
  await zh.fill('中国－东盟环境合作国家联络员会议');
  await expect(term).toHaveCount(0);
});

test('an element with an unresolved review comment is a note in the Findings panel that leads to the commented field', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  await page.getByRole('tab', { name: 'Comments' }).click();
  await page.getByTestId('reviewer-name').fill('ASEAN Secretariat');
  await page.getByTestId('reviewer-save').click();
  await page.locator('.outline-node[data-id="c1"]').click();
  const title = field(page, 'c1', 'title', 'en');
  await title.click();
  await page.getByTestId('compose-body').fill('Use the glossary term for capacity building.');
  await page.getByTestId('compose-submit').click();
  // Beside the built-in edition's four translator's queries.
  await expect(page.getByTestId('review-thread')).toHaveCount(1 + 4);

  const panel = await openFindings(page);
  await panel.locator('[data-severity-toggle="info"]').click();
  const open = panel.locator('li.finding[data-family="review"][data-finding-key="comments-unresolved|c1||"]');
  await expect(open).toContainText('Unresolved review comments or suggestions here: 1 (by ASEAN Secretariat)');
  await page.locator('.outline-node[data-id="c2"]').click();
  await open.locator('.finding-message').click();
  await expect(title).toBeFocused();

  // Resolved in the Comments panel, it leaves the Findings panel.
  await page.getByRole('tab', { name: 'Comments' }).click();
  await page.getByTestId('review-thread').filter({ hasText: 'Use the glossary term' }).getByRole('button', { name: 'Resolve' }).click();
  await openFindings(page);
  await expect(open).toHaveCount(0);
});
