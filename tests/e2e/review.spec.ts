import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ProjectSchema } from '../../shared/model/project';
import { buildReviewCopy } from '../../shared/review/reviewCopy';
import { DARA, LI } from '../shared/review/builtin';
import { samplePacket } from '../shared/review/packets';
import { test, expect, ARTIFACTS, ROOT } from './fixtures';
import { exportedFile, newProject } from './userActions';

const builtin = () => ProjectSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'resources/editions/framework-2021-2025.json'), 'utf8')));

test('reviewer: opens a review copy, comments and suggests on read-only text, exports a packet', async ({ app }) => {
  const { page } = app;
  const copyFile = path.join(app.dataDir, 'incoming', 'acec Draft 1.acec-review.json');
  mkdirSync(path.dirname(copyFile), { recursive: true });
  writeFileSync(copyFile, JSON.stringify(buildReviewCopy(builtin(), { versionName: 'Draft 1', createdAt: '2026-02-01T00:00:00.000Z' })));

  await page.getByRole('tab', { name: 'Comments' }).click();
  await page.getByTestId('reviewer-name').fill('Dara Sok');
  await page.getByTestId('reviewer-organisation').fill('Ministry of Environment');
  await page.getByTestId('reviewer-country').fill('Cambodia');
  await page.getByTestId('reviewer-save').click();
  await expect(page.getByTestId('review-as')).toContainText('Dara Sok');

  await page.getByTestId('review-copy-input').setInputFiles(copyFile);
  await expect(page.getByTestId('review-mode-banner')).toContainText('Draft 1');
  await expect(page.getByTestId('project-name')).toHaveText('acec Draft 1.acec-review.json');

  await page.locator('.outline-node[data-id="c1"]').click();
  // Selecting words in the (read-only) field makes them the quote.
  await page.locator('textarea[data-element-id="c1"][data-field="title"][data-lang="en"]').evaluate((el: HTMLTextAreaElement) => {
    el.focus();
    el.setSelectionRange(el.value.indexOf('policy dialogue'), el.value.indexOf('policy dialogue') + 'policy dialogue'.length);
  });
  await expect(page.getByTestId('compose-quote')).toHaveValue('policy dialogue');
  await page.getByTestId('compose-body').fill('Name the dialogue mechanisms.');
  await page.getByTestId('compose-submit').click();
  await expect(page.getByTestId('review-thread')).toHaveCount(1);
  await expect(page.getByTestId('review-thread').first()).toContainText('policy dialogue');
  await expect(page.locator('.outline-node[data-id="c1"] [data-marker="comments"]')).toHaveText('✎1');
  // The author edits their comment: a new revision of the same item.
  await page.getByTestId('review-thread').first().getByTestId('edit-item').click();
  await page.getByTestId('edit-body').fill('Name the dialogue mechanisms, with their years.');
  await page.getByTestId('edit-body').press('Enter');
  await expect(page.getByTestId('review-thread').first()).toContainText('with their years');

  await page.getByTestId('compose-suggest').click();
  await page.getByTestId('compose-replacement').fill('Environmental policy dialogue, capacity building and knowledge sharing');
  await page.getByTestId('compose-submit').click();
  await expect(page.getByTestId('review-thread')).toHaveCount(2);
  await expect(page.locator('[data-kind="suggestion"] ins').last()).toHaveText(' and knowledge sharing');
  await expect(page.locator('[data-kind="suggestion"] del')).toHaveText(' and');

  // The text itself stays read-only in review mode; the field shows its comment count.
  const titleInput = page.locator('textarea[data-element-id="c1"][data-field="title"][data-lang="en"]');
  await expect(titleInput).not.toBeEditable();
  await expect(page.locator('.lang-text', { has: titleInput }).getByTestId('field-comments')).toHaveText('✎2/2');

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'review-reviewer.png') });

  await page.getByTestId('export-packet').click();
  const notice = page.getByTestId('review-notices');
  await expect(notice).toContainText('Saved 2 items to');
  const file = exportedFile(app.dataDir, (await notice.textContent())!.replace(/^.*Saved 2 items to /, '').trim());
  const packet = JSON.parse(readFileSync(file, 'utf8'));
  expect(packet).toMatchObject({ kind: 'acec-comment-packet', reviewer: { name: 'Dara Sok', country: 'Cambodia' }, baseVersion: { name: 'Draft 1' } });
  expect(packet.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['comment', 'suggestion']);
  expect(packet.items.find((i: { kind: string }) => i.kind === 'comment')).toMatchObject({ rev: 1, body: 'Name the dialogue mechanisms, with their years.' });

  // The original bug: on the same workstation the drafter then opens the draft, and the panel stayed
  // "Commenting as Dara Sok". The drafter is asked who is drafting, never acts as the reviewer.
  await newProject(page);
  await expect(page.getByTestId('review-mode-banner')).toHaveCount(0);
  const panel = page.getByTestId('review-panel');
  await expect(panel).toContainText('Who is drafting?');
  await expect(panel).not.toContainText('Commenting as');
  await expect(page.getByTestId('reviewer-name')).not.toHaveValue('Dara Sok');
  await page.getByTestId('reviewer-name').fill('ASEAN Secretariat');
  await page.getByTestId('reviewer-save').click();
  await expect(page.getByTestId('review-as')).toHaveText(/^Drafting as ASEAN Secretariat/);
  await expect(panel).not.toContainText('Commenting as');
  await expect(page.getByTestId('review-as')).not.toContainText('Dara Sok');
});

test('drafter: imports two packets, sees both reviewers, accepts a suggestion, exports the comments matrix', async ({ app }) => {
  const { page } = app;
  const dir = path.join(app.dataDir, 'incoming');
  mkdirSync(dir, { recursive: true });
  const files = [
    [path.join(dir, 'dara.acec-comments.json'), samplePacket(builtin(), DARA, 'dara')],
    [path.join(dir, 'li.acec-comments.json'), samplePacket(builtin(), LI, 'li-wei', '2026-02-02T08:00:00.000Z')],
  ] as const;
  for (const [f, p] of files) writeFileSync(f, JSON.stringify(p));
  const bad = path.join(dir, 'bad.acec-comments.json');
  writeFileSync(bad, JSON.stringify({ ...samplePacket(builtin(), DARA, 'dara'), frameworkId: 'tampered' }));

  await page.getByRole('button', { name: 'New from the 2021-2025 edition' }).click();
  await expect(page.getByTestId('project-name')).toContainText('framework');
  await page.getByRole('tab', { name: 'Comments' }).click();
  await page.getByTestId('reviewer-name').fill('ASEAN Secretariat');
  await page.getByTestId('reviewer-save').click();

  await page.getByTestId('packet-input').setInputFiles([bad]);
  await expect(page.getByTestId('review-refusals')).toContainText('bad.acec-comments.json was altered after it was made');
  // Nothing imported: only the built-in edition's four translator's queries.
  await expect(page.getByTestId('review-thread')).toHaveCount(4);

  await page.getByTestId('packet-input').setInputFiles(files.map(([f]) => f));
  await expect(page.getByTestId('review-notices')).toContainText('Dara Sok');
  await expect(page.getByTestId('review-notices')).toContainText('李伟');
  await expect(page.getByTestId('review-thread')).toHaveCount(4 + 4);
  await expect(page.locator('[data-testid="review-thread"] .review-author', { hasText: 'Dara Sok' })).not.toHaveCount(0);
  await expect(page.locator('[data-testid="review-thread"] .review-author', { hasText: '李伟' })).not.toHaveCount(0);

  const suggestion = page.locator('[data-testid="review-thread"][data-item-id="dara-s1"]');
  await suggestion.getByTestId('response-en').fill('Agreed.');
  await suggestion.getByTestId('accept-suggestion').click();
  await expect(suggestion).toContainText('Resolved');
  await expect(suggestion).toContainText('Applied');
  await expect(page.getByTestId('undo')).toContainText('accept suggestion');

  // The drafter rewrites the words Li Wei commented on: the comment stays, marked "text changed" with old and new words.
  const liComment = files[1][1].items.find((i) => i.kind === 'comment')!;
  if (liComment.kind !== 'comment' || !liComment.anchor.quote) throw new Error('sample comment has a quote');
  await page.locator('[data-item-id="li-wei-c1"] .review-where').click();
  const field = page.locator(`textarea[data-element-id="${liComment.anchor.elementId}"][data-field="text"][data-lang="en"]`);
  await field.fill((await field.inputValue()).replace(liComment.anchor.quote.exact, 'completely rewritten words'));
  await field.blur();
  const changed = page.locator('[data-item-id="li-wei-c1"] [data-testid="text-changed"]');
  await expect(changed).toContainText(`Was: ${liComment.anchor.quote.exact}`);
  await expect(changed).toContainText('Now: completely rewritten words');

  await page.screenshot({ path: path.join(ARTIFACTS, 'review-drafter.png') });

  await page.getByTestId('open-register').click();
  await expect(page.getByTestId('register-row')).toHaveCount(4 + 4);
  await page.getByTestId('register-filter-reviewer').selectOption('Dara Sok');
  await expect(page.getByTestId('register-row')).toHaveCount(2);
  await page.getByTestId('register-filter-reviewer').selectOption('');
  await page.getByTestId('register-filter-decision').selectOption('accepted');
  await expect(page.getByTestId('register-row')).toHaveCount(1);
  await page.getByTestId('register-filter-decision').selectOption('');
  await page.screenshot({ path: path.join(ARTIFACTS, 'review-register.png') });

  await page.getByTestId('export-matrix-csv').click();
  await expect(page.getByTestId('register-saved')).toContainText('.csv');
  const csvFile = exportedFile(app.dataDir, (await page.getByTestId('register-saved').textContent())!.replace(/^Saved to /, '').trim());
  const csv = readFileSync(csvFile, 'utf8');
  expect(csv).toContain('Reviewer / 审阅人');
  expect(csv).toContain('Accepted / 采纳');
  expect(csv).toContain('李伟');
  await page.getByTestId('export-matrix-docx').click();
  await expect(page.getByTestId('register-saved')).toContainText('.docx');
  const docxFile = exportedFile(app.dataDir, (await page.getByTestId('register-saved').textContent())!.replace(/^Saved to /, '').trim());
  expect(readFileSync(docxFile).subarray(0, 2).toString()).toBe('PK');
});
