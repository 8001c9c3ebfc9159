import { describe, expect, it } from 'vitest';
import { indexElements } from '../../../shared/model/elements';
import { resolveAnchor } from '../../../shared/review/anchors';
import { bookmarkName } from '../../../shared/review/bookmarks';
import { quoteFromPlainSpan } from '../../../shared/review/plainQuote';
import { wordCommentsToReview, type WordCommentIn } from '../../../shared/review/wordImport';
import { builtinProject } from './builtin';

const project = builtinProject();
const index = indexElements(project.framework);
const act = [...index.values()].filter((e) => e.kind === 'activity')[2];
const mark = bookmarkName({ elementId: act.id, field: 'text', lang: 'en' });
const words = act.fields[0].value.en.text.split(' ').slice(3, 6).join(' ');

describe('Word comments to review items', () => {
  const comments: WordCommentIn[] = [
    { wordId: '0', author: 'Nguyen Van An', date: '2026-03-14T09:30:00Z', text: 'Which ones?', bookmark: mark, quoted: words },
    { wordId: '1', author: 'Secretariat', date: '2026-03-15T09:30:00Z', text: 'See 1-2.', bookmark: mark, quoted: words, parentWordId: '0' },
    { wordId: '2', author: '', date: '0000-00-00T00:00:00Z', text: 'On the cover', bookmark: null, quoted: '' },
  ];

  it('anchors comments on their field and words, threads replies, and keeps comments outside any field on the title', () => {
    const r = wordCommentsToReview(project, comments, new Set([mark]), '2026-03-16T00:00:00Z');
    expect(r).toMatchObject({ comments: 3, unplaced: 1, otherFramework: false });
    const byBody = new Map(r.state.items.map((i) => [i.body, i]));
    const c = byBody.get('Which ones?')!;
    if (c.kind !== 'comment') throw new Error('expected a comment');
    const w = resolveAnchor(c.anchor, index);
    expect(w.status === 'ok' && w.text.slice(w.start, w.end)).toBe(words);
    expect(byBody.get('See 1-2.')).toMatchObject({ kind: 'reply', parentId: c.id });
    // LibreOffice's invalid date: the file's modified time instead, never "now" (re-importing must give the same item).
    expect(byBody.get('On the cover')).toMatchObject({ kind: 'comment', anchor: { elementId: '#metadata' }, author: { name: 'Word reviewer' }, createdAt: '2026-03-16T00:00:00.000Z' });
  });

  it('gives the same ids when the same comments come back renumbered (LibreOffice re-save)', () => {
    const a = wordCommentsToReview(project, comments, new Set([mark]), null);
    const renumbered = comments.map((c) => ({ ...c, wordId: `x${c.wordId}`, parentWordId: c.parentWordId ? `x${c.parentWordId}` : undefined }));
    const b = wordCommentsToReview(project, renumbered, new Set([mark]), null);
    expect(b.state.items.map((i) => i.id).sort()).toEqual(a.state.items.map((i) => i.id).sort());
  });

  it('says when the bookmarks belong to no field of this framework', () => {
    expect(wordCommentsToReview(project, comments, new Set(['acec_00000000000000000000']), null).otherFramework).toBe(true);
  });

  it('finds words selected in Word (emphasis markers hidden) in the stored text', () => {
    const raw = 'Support the *Kunming-Montreal Global Biodiversity Framework* and its targets';
    const q = quoteFromPlainSpan(raw, 'Global Biodiversity Framework and its');
    expect(q && raw.slice(raw.indexOf(q.exact), raw.indexOf(q.exact) + q.exact.length)).toBe('Global Biodiversity Framework* and its');
    expect(q?.prefix.endsWith('Kunming-Montreal ')).toBe(true);
  });
});
