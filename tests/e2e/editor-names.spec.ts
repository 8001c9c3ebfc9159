import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newProject } from './userActions';

/**
 * Names a screen reader gives the editor's controls and fields, read as it lists them (out of
 * context): aria-label, else aria-labelledby, else the label element, else the text. Controls in
 * a hidden subtree are not listed.
 */
async function controlNames(page: Page): Promise<string[]> {
  return page.locator('#editor-main').evaluate((root) => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const out: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('button, textarea, input, select, [role="img"], [role="toolbar"], [role="group"]')) {
      if (el.closest('[aria-hidden="true"]')) continue;
      const labelledBy = el.getAttribute('aria-labelledby');
      const name =
        el.getAttribute('aria-label') ??
        (labelledBy ? labelledBy.split(' ').map((id) => text(document.getElementById(id))).join(' ') : null) ??
        ('labels' in el && (el as HTMLInputElement).labels?.length ? text((el as HTMLInputElement).labels![0]) : null) ??
        text(el);
      out.push(name);
    }
    return out;
  });
}

const duplicates = (names: string[]) => [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];

async function toChinese(page: Page) {
  await page.locator('.project-bar select').selectOption('zh');
  await expect(page.getByTestId('export-button')).toHaveText('导出…');
}

for (const lang of ['en', 'zh'] as const) {
  test(`every control and field on the whole action plan and on a component page has a name of its own (${lang})`, async ({ app }) => {
    const { page } = app;
    await newProject(page);
    if (lang === 'zh') await toChinese(page);
    const outline = page.locator('nav.outline');
    const main = page.locator('#editor-main');

    // The whole plan repeats "Action 1" and "Activity 1-2" in every component: each name says which component.
    await outline.locator('button.outline-node[data-id="#actionPlan"]').click();
    await expect(page.getByTestId('plan-grid').locator('tbody[data-index="1"]')).toBeVisible();
    if (lang === 'en') {
      for (const name of ['Delete Activity 1-2 of Component 2', '+ after Activity 1-2 of Component 2', 'Delete Activity 1-2 of Component 1', 'Add activity to Action 2 of Component 2', 'Text of Activity 1-2 of Component 2 — English', 'Schedule of Activity 1-2 of Component 2 — Chinese', 'Title of Action 1 of Component 2 — English', 'Focus of Component 2 — English', 'Add action to Component 2']) {
        await expect(main.getByRole(name.startsWith('Add') || /^(Delete|\+)/.test(name) ? 'button' : 'textbox', { name, exact: true })).toHaveCount(1);
      }
    } else {
      for (const name of ['删除组成部分2的活动1-2', '+ 在后插入：组成部分2的活动1-2', '为组成部分2的行动2添加活动', '为组成部分2添加行动']) {
        await expect(main.getByRole('button', { name, exact: true })).toHaveCount(1);
      }
      await expect(main.getByRole('textbox', { name: '组成部分2的活动1-2内容 — 中文', exact: true })).toHaveCount(1);
    }
    const plan = await controlNames(page);
    expect(plan.length).toBeGreaterThan(100);
    expect(duplicates(plan)).toEqual([]);

    // A component page: its title, paragraphs and main activities each name the component and their number.
    await outline.locator('button.outline-node[data-id="c1"]').click();
    await expect(page.locator('[data-page="component"]')).toBeVisible();
    if (lang === 'en') {
      await expect(main.getByRole('textbox', { name: 'Main activity 2 of Component 1 — English', exact: true })).toHaveCount(1);
      await expect(main.getByRole('textbox', { name: 'Paragraph 1 of Component 1 — Chinese', exact: true })).toHaveCount(1);
      await expect(main.getByRole('textbox', { name: 'Title of Component 1 — English', exact: true })).toHaveCount(1);
      await expect(main.getByRole('button', { name: 'Delete Main activity 2 of Component 1', exact: true })).toHaveCount(1);
      // The Add button's visible words are lower case inside the sentence; its name says where it adds.
      const add = main.locator('button[data-add="mainActivity"]');
      await expect(add).toHaveText('Add main activity');
      await expect(add).toHaveAccessibleName('Add main activity to Component 1');
      await expect(main.locator('button[data-add="paragraph"]')).toHaveAccessibleName('Add paragraph to Component 1');
    } else {
      await expect(main.getByRole('textbox', { name: '组成部分1的主要活动2 — 中文', exact: true })).toHaveCount(1);
      const add = main.locator('button[data-add="mainActivity"]');
      await expect(add).toHaveText('添加主要活动');
      await expect(add).toHaveAccessibleName('为组成部分1添加主要活动');
    }
    const component = await controlNames(page);
    expect(component.length).toBeGreaterThan(30);
    expect(duplicates(component)).toEqual([]);
  });
}

test('a row made by an end-of-list Add button takes focus, as one made by "+ after" does', async ({ app }) => {
  const { page } = app;
  await newProject(page);
  const outline = page.locator('nav.outline');

  // A main activity at the end of component 1: the caret is in its English text.
  await outline.locator('button.outline-node[data-id="c1"]').click();
  const mains = page.locator('.element-row.kind-mainActivity');
  const before = await mains.count();
  await page.getByRole('button', { name: 'Add main activity to Component 1', exact: true }).click();
  await expect(mains).toHaveCount(before + 1);
  const newMain = (await mains.last().getAttribute('data-row-id'))!;
  await expect(page.locator(`textarea[data-element-id="${newMain}"][data-lang="en"]`)).toBeFocused();
  await page.keyboard.type('Joint monitoring of coastal water quality');
  await expect(page.locator(`textarea[data-element-id="${newMain}"][data-lang="en"]`)).toHaveValue('Joint monitoring of coastal water quality');

  // An activity at the end of action 1 in the grid.
  await outline.locator('button.outline-node[data-id="ap-c1"]').click();
  const grid = page.getByTestId('plan-grid');
  const activities = grid.locator('tr[data-activity]');
  const count = await activities.count();
  await grid.getByRole('button', { name: 'Add activity to Action 1 of Component 1', exact: true }).click();
  await expect(activities).toHaveCount(count + 1);
  const focused = page.locator('textarea:focus');
  await expect(focused).toHaveValue('');
  const id = (await focused.getAttribute('data-element-id'))!;
  await expect(focused).toHaveAttribute('data-field', 'text');
  // It is the last activity of action 1 (before action 2's first).
  await expect(page.locator(`[data-label-for="${id}"]`)).toHaveText(/^Activity 1-\d+$/);
  await expect(page.locator(`tr[data-activity="${id}"] + tr td.grid-activity [data-label-for]`).first()).toHaveText(/^Activity 2-1$/);
});
