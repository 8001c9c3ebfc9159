import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newProject } from './userActions';
import { newEdition } from './draftingActions';

/** Critical and serious violations on the page as it is now, named with the elements they hit. */
async function seriousViolations(page: Page, where: string, scope: string): Promise<string[]> {
  // target-size (WCAG 2.2 AA, 24 px) is off in axe's defaults: on here, so a small control fails the scan.
  const r = await new AxeBuilder({ page }).include(scope).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  return r.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${where}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const lang of ['en', 'zh'] as const) {
  test(`axe-core: no critical or serious violations on the editor, each side panel, the export dialog and the register (${lang})`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await newProject(page);
    if (lang === 'zh') {
      await page.locator('.project-bar select').selectOption('zh');
      await expect(page.getByTestId('export-button')).toHaveText('导出…');
    }
    const found: string[] = [];
    found.push(...(await seriousViolations(page, 'editor (cover)', '#editor-main')));
    found.push(...(await seriousViolations(page, 'project bar', '[data-region="bar"]')));
    found.push(...(await seriousViolations(page, 'outline', '[data-region="outline"]')));
    await page.locator('.outline-node.outline-planComponent').first().click();
    await expect(page.getByTestId('plan-grid')).toBeVisible();
    found.push(...(await seriousViolations(page, 'editor (action plan, component 1)', '#editor-main')));
    for (const panel of ['findings', 'comments', 'find', 'versions', 'glossary']) {
      await page.locator(`.side-tabs button[data-panel="${panel}"]`).click();
      await expect(page.locator(`.side-panel[data-panel="${panel}"]`)).toBeVisible();
      found.push(...(await seriousViolations(page, panel, '[data-region="side"]')));
    }
    await page.getByTestId('export-button').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.push(...(await seriousViolations(page, 'export dialog', '[role="dialog"]')));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.locator('.side-tabs button[data-panel="comments"]').click();
    await page.getByTestId('open-register').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.push(...(await seriousViolations(page, 'register', '[role="dialog"]')));
    expect(found).toEqual([]);
  });
}

for (const lang of ['en', 'zh'] as const) {
  test(`axe-core: no critical or serious violations on the new edition's action plan, with its carried-over controls (${lang})`, async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await newEdition(page);
    if (lang === 'zh') {
      await page.locator('.project-bar select').selectOption('zh');
      await expect(page.getByTestId('export-button')).toHaveText('导出…');
    }
    const found: string[] = [];
    // One component's plan, then the whole plan: every action and component carries bulk Keep all / Drop all.
    await page.locator('.outline-node.outline-planComponent').first().click();
    const grid = page.getByTestId('plan-grid');
    await expect(grid.locator('[data-carried-over-bulk]').first()).toBeVisible();
    found.push(...(await seriousViolations(page, 'new edition: action plan, component 1', '#editor-main')));
    await page.locator('button.outline-node[data-id="#actionPlan"]').click();
    await expect(grid.locator('tbody[data-index="1"] [data-carried-over-bulk]').first()).toBeVisible();
    found.push(...(await seriousViolations(page, 'new edition: whole action plan', '#editor-main')));
    expect(found).toEqual([]);
  });
}
