import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { exportedFile, field, newProject, shot } from './userActions';

/**
 * A final that means final, as the secretariat meets it: the Final choice lists the project's
 * requirements with what blocks each and "Go to" links; the export waits until they are met and
 * someone signs off the text (who, role, note; warnings acknowledged); the sign-off is kept in the
 * project; an edit afterwards asks for a new one; a file of the same name is replaced only after asking.
 */
test('final gate: requirements with go-to links, sign-off, and the question before replacing a file', async ({ app, appTarget }) => {
  test.skip(appTarget === 'electron', 'Electron shows a native save dialog here, which Playwright cannot answer; the same flow runs in the chromium project');
  const { page } = app;
  await newProject(page);
  const openFinal = async () => {
    await page.getByTestId('export-button').click();
    const dialog = page.getByRole('dialog', { name: 'Export the document' });
    await dialog.getByRole('radio', { name: 'Final' }).check();
    await expect(dialog.getByTestId('final-gate')).toBeVisible();
    return dialog;
  };

  let dialog = await openFinal();
  const gate = dialog.getByTestId('final-gate');
  await expect(gate.getByTestId('gate-noErrors')).toContainText('1 error-level finding not waived');
  await expect(gate.getByTestId('gate-allApproved')).toHaveAttribute('data-met', 'false');
  await expect(gate.getByTestId('gate-noOpenComments')).toContainText('4 unresolved comments');
  await expect(gate.getByTestId('gate-warningsAcknowledged')).toContainText('not acknowledged');
  await expect(gate.getByTestId('gate-coverFinal')).toHaveAttribute('data-met', 'true');
  await expect(gate.getByTestId('gate-signOff')).toContainText('Nobody has signed off this text yet');
  await expect(gate.getByTestId('sign-off-not-yet')).toBeVisible();
  await expect(dialog.getByTestId('export-start')).toBeDisabled();
  await shot(page, `final-gate-blocked-${appTarget}.png`);

  // "Go to" leads to the field in the way: the reversed schedule the checker reports.
  await gate.getByTestId('gate-noErrors').getByRole('button', { name: 'Go to' }).click();
  await expect(dialog).toBeHidden();
  await expect(field(page, 'ap-c2-a1-x1', 'schedule', 'en')).toBeVisible();

  // This project's own rules: drafts and open comments accepted, the known error too (keyboard only).
  dialog = await openFinal();
  await dialog.getByText('Which requirements apply to this project').click();
  for (const name of ['No error-level finding left unwaived', 'Every field of the exported languages approved', 'No unresolved comment']) {
    const box = dialog.getByRole('checkbox', { name });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
  }
  await expect(dialog.getByTestId('gate-noErrors')).toContainText('not required for this project');
  await expect(dialog.getByTestId('gate-allApproved')).toHaveAttribute('data-met', 'true');

  // Sign-off: who and role required; the warnings acknowledged.
  const form = dialog.getByTestId('sign-off-form');
  await form.getByTestId('sign-off-submit').click();
  await expect(form.getByRole('alert')).toHaveText('Give your name and role.');
  await form.getByLabel('Name').fill('Li Wei');
  await form.getByLabel('Role').fill('Head of the secretariat');
  await form.getByLabel('Note (optional)').fill('for the ASOEN meeting');
  await form.getByTestId('sign-off-submit').click();
  await expect(form.getByRole('alert')).toContainText('Acknowledge the warnings');
  await form.getByRole('checkbox', { name: /I have read the (\d+ warnings|warning)/ }).check();
  await form.getByTestId('sign-off-submit').click();
  await expect(dialog.getByTestId('sign-off-record')).toContainText('Signed off by Li Wei (Head of the secretariat)');
  await expect(dialog.getByTestId('sign-off-record')).toContainText('Note: for the ASOEN meeting');
  await expect(dialog.getByTestId('gate-signOff')).toHaveAttribute('data-met', 'true');
  await expect(dialog.getByTestId('gate-warningsAcknowledged')).toHaveAttribute('data-met', 'true');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await shot(page, `final-gate-signed-${appTarget}.png`);

  // The sign-off is in the project file: who, role, note, when, and the text it covers.
  const projectFile = path.join(app.dataDir, 'projects', 'framework.json');
  const saved = JSON.parse(readFileSync(projectFile, 'utf8')) as { final: { signOffs: Array<Record<string, unknown>> } };
  expect(saved.final.signOffs).toHaveLength(1);
  expect(saved.final.signOffs[0]).toMatchObject({ name: 'Li Wei', role: 'Head of the secretariat', note: 'for the ASOEN meeting' });
  expect(String(saved.final.signOffs[0].contentHash)).toMatch(/^[0-9a-f]{64}$/);

  // The final export now goes through.
  await expect(dialog.getByTestId('export-start')).toBeEnabled();
  await dialog.getByTestId('export-start').click();
  const files = dialog.getByTestId('export-file');
  await expect(files).toHaveCount(1, { timeout: 60_000 });
  // The dialog names the file; the browser build writes exports into its data folder's exports/.
  const written = exportedFile(app.dataDir, (await files.allTextContents())[0].trim());
  expect(path.basename(written)).toMatch(/^framework-bilingual-final-\d{4}-\d{2}-\d{2}\.pdf$/);
  const firstWrite = statSync(written).mtimeMs;

  // Again: the same name exists. Declining keeps the file; accepting replaces it.
  await dialog.getByTestId('export-start').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText(`${path.basename(written)} already exists in that folder`);
  await confirm.getByTestId('confirm-cancel').click();
  await expect(dialog.getByTestId('export-kept')).toContainText('was kept as it was');
  expect(statSync(written).mtimeMs).toBe(firstWrite);
  await dialog.getByTestId('export-start').click();
  await page.getByTestId('confirm-dialog').getByTestId('confirm-ok').click();
  await expect(dialog.getByTestId('export-file')).toHaveCount(1, { timeout: 60_000 });
  expect(statSync(written).mtimeMs).toBeGreaterThan(firstWrite);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // An edit after the sign-off: the signed-off text is no longer what would be exported.
  const title = field(page, 'ap-c2-a1-x1', 'schedule', 'en');
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  dialog = await openFinal();
  await expect(dialog.getByTestId('gate-signOff')).toHaveAttribute('data-met', 'false');
  await expect(dialog.getByTestId('final-gate')).toContainText('An earlier sign-off (Li Wei');
  await expect(dialog.getByTestId('export-start')).toBeDisabled();
});
