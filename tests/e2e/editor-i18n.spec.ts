import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, ARTIFACTS, ROOT } from './fixtures';
import { newProject, outlineRows } from './userActions';

function leaves(node: unknown, out: Map<string, string> = new Map(), prefix = ''): Map<string, string> {
  if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) leaves(v, out, prefix ? `${prefix}.${k}` : k);
  else out.set(prefix, String(node));
  return out;
}
const en = leaves(JSON.parse(readFileSync(path.join(ROOT, 'renderer/i18n/locales/en.json'), 'utf8')));
const zh = leaves(JSON.parse(readFileSync(path.join(ROOT, 'renderer/i18n/locales/zh.json'), 'utf8')));
/** English UI strings that differ in Chinese: none of these may be visible once the UI is Chinese. */
const englishOnly = new Set([...en].filter(([k, v]) => zh.get(k) !== v && !v.includes('{{')).map(([, v]) => v));
/** The fixed part of interpolated strings ("Undo {{what}}" → "Undo "). */
const englishStems = [...en].filter(([k, v]) => zh.get(k) !== v && v.includes('{{')).map(([, v]) => v.split('{{')[0].trim()).filter((s) => s.length >= 4);

/** Every piece of UI text a user can see or hear: text nodes outside the document's own text, option labels, aria-labels, titles. */
async function uiTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      // Document content (outline titles, grid headings) is the framework's own text, not UI.
      // The language picker names each language in itself (English / 中文), by convention.
      if (el.closest('textarea, .outline .title, .plan-grid th, .snippet, .project-name, .language select')) continue;
      if (el.closest('[hidden]') || getComputedStyle(el).display === 'none') continue;
      const t = n.textContent!.trim();
      if (t) out.push(t);
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      for (const a of ['aria-label', 'title']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

async function untranslated(page: Page): Promise<string[]> {
  const texts = await uiTexts(page);
  return texts.filter((t) => englishOnly.has(t) || englishStems.some((s) => t.startsWith(s)));
}

test('switching the UI to Chinese leaves no English UI string on the main views, and the choice persists', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'New from the 2021-2025 edition' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  mkdirSync(ARTIFACTS, { recursive: true });

  // Each view, and what shows it is in the page (then the check reads it whole, no waiting on a clock).
  const views: Array<[string, () => Promise<void>, string]> = [
    ['metadata', async () => page.locator('.outline-node').first().click(), '[data-page="metadata"]'],
    ['section', async () => page.getByRole('navigation', { name: '大纲' }).locator('.outline-section').nth(3).click(), '[data-page="section"]'],
    ['component', async () => page.locator('.outline-component').first().click(), '[data-page="component"]'],
    ['action-plan', async () => page.locator('.outline-actionPlan').click(), '[data-page="plan"] tr[data-activity]'],
    ['annex-area', async () => page.locator('.outline-priorityArea').first().click(), '[data-page="area"]'],
    ['find', async () => page.keyboard.press('Control+f'), '[data-testid="find-panel"]'],
  ];
  for (const [name, open, shown] of views) {
    await open();
    await expect(page.locator(shown).first()).toBeVisible();
    expect(await untranslated(page), `English UI strings on the ${name} view`).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, `editor-zh-${name}.png`) });
  }
  await page.getByTestId('find-input').fill('东盟');
  await expect(page.getByTestId('find-count')).toHaveText(/匹配：\d+/);
  expect(await untranslated(page)).toEqual([]);

  page = await app.restart();
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
});

/** A label word of the English document followed by its number ("Component 1", "Activity1-3"). */
const ENGLISH_LABEL = /(Component|Action|Activity)\s*\d/;

test('labels follow the UI language: the outline, the action-plan grid and the findings name elements in Chinese', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  const outline = page.locator('nav.outline');
  await expect(outline.locator('[data-id="c1"] .label')).toHaveText('Component 1');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // Outline: every label, the published overrides ("Activity1-3", "Activity 1") included.
  await expect(outline.locator('[data-id="c1"] .label')).toHaveText('组成部分1');
  // The outline is windowed: its labels read by scrolling it whole.
  const outlineLabels = (await outlineRows(page)).map((r) => r.label).filter((l) => l !== '');
  expect(outlineLabels.length).toBeGreaterThan(100);
  expect(outlineLabels.filter((l) => /Component|Action|Activity/.test(l))).toEqual([]);
  expect(outlineLabels).toEqual(expect.arrayContaining(['组成部分4', '行动3', '活动2-1', '[1]', '3.1']));
  await expect(outline.locator('[data-id="ap-c1"] .label')).toHaveText('组成部分1');
  await expect(outline.locator('[data-id="ap-c1-a1"] .label')).toHaveText('行动1');
  await expect(outline.locator('[data-id="ap-c3-a1-x3"] .label')).toHaveText('活动1-3');
  await expect(outline.locator('[data-id="ap-c4-a1-x1"] .label')).toHaveText('活动1');

  // The action-plan grid: only the components near the viewport are in the page, so scroll it
  // from top to bottom and collect every label chip and focus heading on the way.
  await page.locator('.outline-actionPlan').click();
  const grid = page.getByTestId('plan-grid');
  await expect(grid.locator('[data-label-for="ap-c1-a1-x1"]')).toHaveText('活动1-1');
  const seen = new Map<string, string>();
  const headSeen = new Map<string, string>();
  for (let i = 0; i < 200; i++) {
    const batch = await page.evaluate(() => ({
      chips: [...document.querySelectorAll('.plan-grid [data-testid="element-label"]')].map((e) => [e.getAttribute('data-label-for') ?? '', e.textContent ?? '']),
      heads: [...document.querySelectorAll('.plan-grid .grid-focus')].map((e) => [e.closest('tr')?.getAttribute('data-plan') ?? e.closest('tbody')?.getAttribute('data-index') ?? '', e.querySelector('.cell-head button')?.textContent ?? '']),
    }));
    for (const [id, text] of batch.chips) seen.set(id, text);
    for (const [id, text] of batch.heads) headSeen.set(id, text);
    const atEnd = await page.evaluate(() => {
      const ed = document.querySelector('.editor')!;
      const end = ed.scrollTop + ed.clientHeight >= ed.scrollHeight - 2;
      ed.scrollTop += ed.clientHeight * 0.8;
      return end;
    });
    if (atEnd) break;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const chips = [...seen.values()];
  const heads = [...headSeen.values()];
  expect(chips).toHaveLength((await outlineRows(page)).filter((r) => r.kind === 'action' || r.kind === 'activity').length);
  expect(chips.length).toBeGreaterThan(25);
  expect(heads).toEqual(['组成部分1', '组成部分2', '组成部分3', '组成部分4']);
  expect([...chips, ...heads].filter((l) => /Component|Action|Activity/.test(l))).toEqual([]);
  expect(seen.get('ap-c3-a1-x3')).toBe('活动1-3');
  expect(seen.get('ap-c2-a2')).toBe('行动2');
  // Nothing else in the grid prints an English label either: its text, field names, row tools.
  expect(await grid.innerText()).not.toMatch(ENGLISH_LABEL);
  const names = await grid.locator('[aria-label], [title]').evaluateAll((els) => els.flatMap((e) => [e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '']));
  expect(names.filter((n) => ENGLISH_LABEL.test(n))).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'labels-zh-action-plan.png') });

  // Findings name elements with the same labels: in the message and where it is.
  await page.locator('.side-tabs button[data-panel="findings"]').click();
  const mismatch = page.locator('li.finding[data-finding-key="name-list-mismatch|s4-l1-i2,c2|text|en"]');
  await expect(mismatch.locator('.finding-message')).toContainText(/^组成部分2 在第4节列表中/);
  await expect(mismatch.locator('.finding-element').last()).toHaveText('4. › 组成部分2');
  await expect(page.locator('li.finding[data-finding-key="label-pattern|ap-c4-a1-x1||"] .finding-element')).toHaveText('6. › 组成部分4 › 行动1 › 活动1');
  // The one exception is by design: "Activity1-3" against "Activity 1-3" differ only in English.
  const findingTexts = await page.locator('li.finding:not([data-finding-key="label-pattern|ap-c3-a1-x3||"])').allInnerTexts();
  expect(findingTexts.length).toBeGreaterThan(5);
  expect(findingTexts.filter((x) => ENGLISH_LABEL.test(x))).toEqual([]);

  // Back to English: the same places print the English labels, overrides as published.
  await page.locator('.language select').selectOption('en');
  await expect(outline.locator('[data-id="ap-c3-a1-x3"] .label')).toHaveText('Activity1-3');
  await page.evaluate(() => document.querySelector('.editor')!.scrollTo(0, 0));
  await expect(grid.locator('.grid-focus .cell-head button').first()).toHaveText('Component 1');
  await outline.locator('[data-id="ap-c3-a1-x3"]').click();
  await expect(grid.locator('[data-label-for="ap-c3-a1-x3"]')).toHaveText('Activity1-3');
});
