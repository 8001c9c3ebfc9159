import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glossaryFromTbx } from '../../shared/glossary/tbx';
import { cleanTerm } from '../../shared/glossary/operations';
import type { GlossaryTerm } from '../../shared/model/glossary';
import { test, expect, ROOT } from './fixtures';
import { exportedFile, newProject, shot } from './userActions';
import { openFindings } from './draftingActions';

const builtin = JSON.parse(readFileSync(path.join(ROOT, 'resources/editions/framework-2021-2025.json'), 'utf8')) as { glossary: GlossaryTerm[] };
const byId = (terms: readonly GlossaryTerm[]) => [...terms].map(cleanTerm).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function openGlossary(page: import('@playwright/test').Page) {
  await page.getByRole('tab', { name: 'Glossary' }).click();
  const panel = page.getByTestId('glossary-panel');
  await expect(panel).toBeVisible();
  return panel;
}

test('a glossary edit changes the terminology findings at once; undo takes it back', async ({ app }) => {
  const { page } = app;
  await newProject(page);
  const findings = await openFindings(page);
  const envoyFindings = findings.locator('li.finding[data-finding-key^="term-"]', { hasText: 'Green Envoys Program' });
  await expect(findings.locator('li.finding').first()).toBeVisible();
  await expect(envoyFindings).toHaveCount(0);

  const panel = await openGlossary(page);
  await panel.getByRole('searchbox', { name: 'Search' }).fill('Green Envoys');
  await expect(panel.locator('li.glossary-term')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Edit the term “Green Envoys Program”' }).click();
  const form = panel.getByRole('form', { name: 'Save term' });
  await form.getByLabel('Agreed Chinese').fill('绿色使者项目');
  await form.getByLabel('Variants not to use').fill('绿色使者计划');
  await form.getByRole('button', { name: 'Save term' }).click();
  await expect(panel.locator('li.glossary-term .term-zh')).toHaveText('绿色使者项目');
  await shot(page, 'drafting-glossary-panel.png');

  // The Chinese text still writes 绿色使者计划, now a variant the glossary does not use.
  const again = await openFindings(page);
  const variant = again.locator('li.finding[data-finding-key^="term-variant|"]', { hasText: '绿色使者计划' });
  await expect(variant.first()).toBeVisible();
  await expect(variant.first()).toContainText('绿色使者项目');
  await page.getByTestId('undo').click();
  await expect(variant).toHaveCount(0);

  // Adding a term is checked too: a duplicate English term is refused with its reason.
  const g = await openGlossary(page);
  await g.getByRole('button', { name: 'Add term…' }).click();
  const add = g.getByRole('form', { name: 'Add term' });
  await add.getByLabel('English').fill('Green Envoys Program');
  await add.getByLabel('Agreed Chinese').fill('绿色使者');
  await add.getByRole('button', { name: 'Add term' }).click();
  await expect(add.getByRole('alert')).toHaveText('This English term is already in the glossary.');
});

test('TBX exported and imported again gives the same glossary (CSV too)', async ({ app }) => {
  const { page } = app;
  await newProject(page);
  const panel = await openGlossary(page);
  await expect(panel.getByRole('status').first()).toHaveText(`${builtin.glossary.length} of ${builtin.glossary.length} terms`);
  const message = panel.getByTestId('glossary-message');

  const exportAs = async (name: 'Export TBX' | 'Export CSV') => {
    await panel.getByRole('button', { name }).click();
    await expect(message).toContainText(`${builtin.glossary.length} terms written to `);
    const text = (await message.textContent())!;
    return exportedFile(app.dataDir, text.slice(text.indexOf(' written to ') + ' written to '.length).trim());
  };
  const tbxFile = await exportAs('Export TBX');
  expect(byId(glossaryFromTbx(readFileSync(tbxFile, 'utf8')).terms)).toEqual(byId(builtin.glossary));

  // Change the glossary: delete one term, edit another.
  await panel.getByRole('searchbox', { name: 'Search' }).fill('Green Envoys');
  await panel.getByRole('button', { name: 'Delete the term “Green Envoys Program”' }).click();
  await page.getByRole('dialog', { name: 'Delete' }).getByRole('button', { name: 'Delete' }).click();
  await expect(panel.locator('li.glossary-term')).toHaveCount(0);
  await panel.getByRole('searchbox', { name: 'Search' }).fill('CAECF');
  await panel.getByRole('button', { name: 'Edit the term “ASEAN-China Environmental Cooperation Forum”' }).click();
  await panel.getByRole('form', { name: 'Save term' }).getByLabel('Note').fill('changed');
  await panel.getByRole('button', { name: 'Save term' }).click();
  await expect(panel.locator('li.glossary-term .term-note')).toHaveText('changed');

  // Import the TBX file: the deleted term comes back, the edited one is restored, nothing else changes.
  await panel.getByTestId('glossary-import-input').setInputFiles(tbxFile);
  await expect(message).toContainText(': 1 added, 1 updated, ');
  await expect(message).toContainText('0 skipped');
  await panel.getByRole('searchbox', { name: 'Search' }).fill('');
  const again = await exportAs('Export TBX');
  expect(byId(glossaryFromTbx(readFileSync(again, 'utf8')).terms)).toEqual(byId(builtin.glossary));

  // CSV: the exported file imported again changes nothing.
  const csvFile = await exportAs('Export CSV');
  await panel.getByTestId('glossary-import-input').setInputFiles(csvFile);
  await expect(message).toContainText(`: 0 added, 0 updated, ${builtin.glossary.length} unchanged, 0 skipped`);
});
