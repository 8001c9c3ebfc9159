import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, ARTIFACTS, ROOT } from './fixtures';

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

  const views: Array<[string, () => Promise<void>]> = [
    ['metadata', async () => page.locator('.outline-node').first().click()],
    ['section', async () => page.getByRole('navigation', { name: '大纲' }).locator('.outline-section').nth(3).click()],
    ['component', async () => page.locator('.outline-component').first().click()],
    ['action-plan', async () => page.locator('.outline-actionPlan').click()],
    ['annex-area', async () => page.locator('.outline-priorityArea').first().click()],
    ['find', async () => page.keyboard.press('Control+f')],
  ];
  for (const [name, open] of views) {
    await open();
    await page.waitForTimeout(150);
    expect(await untranslated(page), `English UI strings on the ${name} view`).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, `editor-zh-${name}.png`) });
  }
  await page.getByTestId('find-input').fill('东盟');
  await expect(page.getByTestId('find-count')).toHaveText(/匹配：\d+/);
  expect(await untranslated(page)).toEqual([]);

  page = await app.restart();
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
});
