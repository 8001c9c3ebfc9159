import { test, expect } from './fixtures';
import { field, newProject } from './userActions';

/**
 * The frame after a key in the action plan paints the cells on screen, not the whole table: cells
 * well away from the editor's viewport are skipped by the browser (content-visibility), the cell
 * being typed in is drawn. Were the skipping lost, every key would repaint every cell in the page
 * (the per-key echo at ten times the published size went from 11 to 23 ms without it).
 */
test('typing in the action plan: cells far from the viewport are skipped, the field typed in is drawn', async ({ app }) => {
  const page = app.page;
  await newProject(page);
  await page.getByRole('navigation', { name: 'Outline' }).locator('button.outline-actionPlan').click();
  await expect(page.getByTestId('plan-grid')).toBeVisible();
  const text = field(page, 'ap-c1-a1-x1', 'text', 'en');
  await text.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' jointly');
  await expect(text).toHaveValue(/ jointly$/);

  const cells = () =>
    page.evaluate(() => {
      const editor = document.querySelector('.editor')!.getBoundingClientRect();
      const all = [...document.querySelectorAll<HTMLElement>('.plan-grid td > *')];
      // More than a screen below the editor's viewport: out of the browser's drawing margin.
      const far = all.filter((c) => c.getBoundingClientRect().top > editor.bottom + 2 * editor.height && c.firstElementChild);
      const typed = document.activeElement!.closest<HTMLElement>('.plan-grid td > *')!;
      // A skipped cell is still in the page (find, the accessibility tree); what it holds is not drawn.
      const drawn = (c: HTMLElement) => c.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });
      return { far: far.length, farDrawn: far.filter(drawn).length, typedDrawn: drawn(typed) };
    });
  await expect.poll(cells).toEqual({ far: expect.any(Number), farDrawn: 0, typedDrawn: true });
  expect((await cells()).far).toBeGreaterThan(0);
});
