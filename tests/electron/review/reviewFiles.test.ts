import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPacket, exportReviewCopy, importPackets, openReviewCopy } from '../../../electron/services/review/reviewFiles';
import { indexElements } from '../../../shared/model/elements';
import { makeQuote } from '../../../shared/review/anchors';
import { addComment, addSuggestion, acceptSuggestion } from '../../../shared/review/operations';
import { buildReviewCopy } from '../../../shared/review/reviewCopy';
import { seal } from '../../../shared/review/seal';
import { unresolvedComments } from '../../../shared/review/threads';
import { DARA, LI } from '../../shared/review/builtin';
import { drafterSession, newSession } from './session';

const NOW = '2026-02-01T09:00:00.000Z';

/** The reviewer side: open the copy, comment and suggest, export a packet. Returns the packet text. */
async function reviewerRound(copyFile: string, reviewer: typeof DARA, tag: string): Promise<string> {
  const s = await newSession();
  await s.settingsStore.update((x) => ({ ...x, reviewer }));
  const opened = await openReviewCopy(s, { name: path.basename(copyFile), text: readFileSync(copyFile, 'utf8') }, reviewer);
  expect(opened.ok).toBe(true);
  expect(s.info().readOnly).toBe(true);
  const act = [...indexElements(s.current.framework).values()].find((e) => e.kind === 'activity')!;
  const text = act.fields[0].value.en.text;
  const c = addComment(s.current, { id: `${tag}-c`, author: reviewer, now: NOW, body: `${tag} comment`, anchor: { elementId: act.id, field: 'text', lang: 'en', quote: makeQuote(text, 0, 12) } });
  s.applyChange(c.label, c.patches);
  const sug = addSuggestion(s.current, { id: `${tag}-s`, author: reviewer, now: NOW, body: 'tighter wording', anchor: { elementId: act.id, field: 'text', lang: 'en' }, replacement: `${text} (${tag})` });
  s.applyChange(sug.label, sug.patches);
  const out = await exportPacket(s, reviewer);
  expect(out.items).toBe(2);
  return readFileSync(out.file, 'utf8');
}

describe('review copies and packets through the services', () => {
  it('review mode keeps the text read-only but takes comments, and remembers them when the copy is reopened', async () => {
    const drafter = await drafterSession();
    const { file } = await exportReviewCopy(drafter, 'Draft 1');
    const s = await newSession();
    const opened = await openReviewCopy(s, { file }, DARA);
    expect(opened.ok && opened.snapshot.info.readOnly).toBe(true);
    expect(() => s.applyChange('edit', [{ op: 'replace', path: ['framework', 'metadata', 'date'], value: '2030-01-01' }])).toThrow(expect.objectContaining({ code: 'review-read-only' }));
    const c = addComment(s.current, { id: 'keep-me', author: DARA, now: NOW, body: 'x', anchor: { elementId: '#metadata', field: 'title', lang: 'en' } });
    s.applyChange(c.label, c.patches);
    await s.flush();
    await s.openBuiltin();
    const again = await openReviewCopy(s, { file }, DARA);
    expect(again.ok && again.snapshot.project.review.items.map((i) => i.id)).toEqual(['keep-me']);
    expect(drafter.current.review.issuedCopies.map((i) => i.name)).toEqual(['Draft 1']);
  });

  it('drafter imports two reviewers\' packets in any order, any number of times, as one undoable step each', async () => {
    const drafter = await drafterSession();
    const { file } = await exportReviewCopy(drafter, 'Draft 1');
    const dara = await reviewerRound(file, DARA, 'dara');
    const li = await reviewerRound(file, LI, 'li');
    const r1 = importPackets(drafter, [{ name: 'li.json', text: li }, { name: 'dara.json', text: dara }]);
    expect(r1.ok && r1.changed).toBe(true);
    const after = JSON.stringify(drafter.current);
    const r2 = importPackets(drafter, [{ name: 'dara.json', text: dara }]);
    expect(r2.ok && r2.changed).toBe(false);
    expect(JSON.stringify(drafter.current)).toBe(after);
    // Beside the built-in edition's four translator's queries, two open threads from each reviewer.
    const authors = unresolvedComments(drafter.current).map((u) => u.author).filter((a) => a !== 'Translator');
    expect(authors.sort()).toEqual([DARA.name, DARA.name, LI.name, LI.name].sort());

    const accept = acceptSuggestion(drafter.current, 'li-s', 'Secretariat', NOW);
    drafter.applyChange(accept.label, accept.patches);
    const act = [...indexElements(drafter.current.framework).values()].find((e) => e.kind === 'activity')!;
    expect(act.fields[0].value.en.text.endsWith('(li)')).toBe(true);
    drafter.undo();
    const actAgain = [...indexElements(drafter.current.framework).values()].find((e) => e.kind === 'activity')!;
    expect(actAgain.fields[0].value.en.text.endsWith('(li)')).toBe(false);
    drafter.undo();
    expect(drafter.current.review.items.map((i) => i.author.name)).toEqual(['Translator', 'Translator', 'Translator', 'Translator']);
  });

  it('refuses every bad packet with its reason and leaves the project file byte-for-byte unchanged', async () => {
    const drafter = await drafterSession();
    const { file } = await exportReviewCopy(drafter, 'Draft 1');
    const good = await reviewerRound(file, DARA, 'dara');
    importPackets(drafter, [{ name: 'first.json', text: await reviewerRound(file, LI, 'li') }]);
    await drafter.flush();
    const projectFile = drafter.info().file!;
    const bytesBefore = readFileSync(projectFile);
    const revisionBefore = drafter.info().revision;
    const reseal = (mutate: (o: Record<string, unknown>) => void) => {
      const { hash: _h, ...rest } = JSON.parse(good) as Record<string, unknown>;
      mutate(rest);
      return JSON.stringify(seal(rest));
    };
    const bad: [string, string][] = [
      ['not-json', 'These are my comments, see attached.'],
      ['truncated', good.slice(0, Math.floor(good.length * 0.7))],
      ['not-a-packet', JSON.stringify(buildReviewCopy(drafter.current, { versionName: 'x', createdAt: NOW }))],
      ['unsupported-version', reseal((o) => (o.formatVersion = 7))],
      ['hash-mismatch', good.replace('dara comment', 'dara comment, edited in transit')],
      ['invalid', reseal((o) => ((o.items as { anchor: { lang: string } }[])[0].anchor.lang = 'fr'))],
      ['other-framework', reseal((o) => (o.frameworkId = 'another-framework'))],
    ];
    for (const [code, text] of bad) {
      const r = importPackets(drafter, [{ name: 'good.json', text: good }, { name: `${code}.json`, text }]);
      expect(r).toMatchObject({ ok: false, refusals: [{ name: `${code}.json`, code }] });
      await drafter.flush();
      expect(drafter.info().revision).toBe(revisionBefore);
      expect(readFileSync(projectFile).equals(bytesBefore)).toBe(true);
    }
    expect(drafter.info().undoLabel).toBe('review.undo.importPackets');
  });

  it('refuses a review copy that was edited, and opens nothing', async () => {
    const drafter = await drafterSession();
    const { file } = await exportReviewCopy(drafter, 'Draft 1');
    const copy = JSON.parse(readFileSync(file, 'utf8'));
    copy.project.framework.metadata.title.en.text = 'Forged';
    writeFileSync(file, JSON.stringify(copy));
    const s = await newSession();
    const r = await openReviewCopy(s, { file }, DARA);
    expect(r).toMatchObject({ ok: false, refusal: { code: 'hash-mismatch' } });
    expect(s.info().builtin).toBe(true);
  });
});
