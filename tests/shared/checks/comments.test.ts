import { describe, expect, it } from 'vitest';
import { createChecker, findingsOf } from '../../../shared/checks/registry';
import type { Language } from '../../../shared/model/bilingual';
import type { FieldName } from '../../../shared/model/elements';
import { applyPatch, type Patch } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { addComment, addReply, addSuggestion, editItem, setResolved, type Change } from '../../../shared/review/operations';
import { unresolvedComments } from '../../../shared/review/threads';
import { builtin, builtinWithoutReview } from './helpers';

/** The unresolved-comments rule: open review threads listed among the findings, per element. */

const review = (p: Project) => findingsOf(p).filter((f) => f.family === 'review');
const apply = (p: Project, c: Change | Patch): Project => ('patches' in c ? c.patches : [c]).reduce((q, patch) => applyPatch(q, patch).result, p);

const who = (name: string) => ({ name, organisation: 'ASEC', country: '', role: '' });
let minute = 0;
const at = () => `2026-02-01T09:${String(minute++ % 60).padStart(2, '0')}:00.000Z`;

function comment(p: Project, id: string, elementId: string, field: FieldName, lang: Language, author = 'Dara'): Project {
  return apply(p, addComment(p, { id, author: who(author), now: at(), body: 'Please check', anchor: { elementId, field, lang } }));
}

describe('unresolved comments rule', () => {
  it('finds nothing when the project has no comments', () => {
    expect(review(builtinWithoutReview())).toEqual([]);
    // The built-in edition carries the translator's queries: one note per questioned field.
    expect(review(builtin()).map((f) => f.key)).toHaveLength(4);
  });

  it('one note per element with open threads, in document order, landing on the field of its oldest open thread', () => {
    let p = builtinWithoutReview();
    p = comment(p, 'k1', 'n1', 'text', 'zh', 'Dara');
    p = comment(p, 'k2', 'c2', 'title', 'en', 'Lin');
    p = comment(p, 'k3', 'c2', 'title', 'zh', 'Dara');
    p = apply(p, addSuggestion(p, { id: 'k4', author: who('Somchai'), now: at(), body: 'Shorter', anchor: { elementId: 'c2', field: 'title', lang: 'en' }, replacement: 'Climate' }));
    // A reply is part of its thread, not a thread of its own.
    p = apply(p, addReply(p, { id: 'k5', parentId: 'k1', author: who('Lin'), now: at(), body: 'Agreed' }));
    expect(review(p)).toEqual([
      {
        code: 'comments-unresolved',
        severity: 'info',
        family: 'review',
        elementIds: ['c2'],
        field: 'title',
        lang: 'en',
        data: { count: 3, authors: ['Lin', 'Dara', 'Somchai'], itemIds: ['k2', 'k3', 'k4'] },
        key: 'comments-unresolved|c2||',
      },
      {
        code: 'comments-unresolved',
        severity: 'info',
        family: 'review',
        elementIds: ['n1'],
        field: 'text',
        lang: 'zh',
        data: { count: 1, authors: ['Dara'], itemIds: ['k1'] },
        key: 'comments-unresolved|n1||',
      },
    ]);
  });

  it('resolved and withdrawn threads are not listed; resolving the last open one removes the finding', () => {
    let p = comment(builtinWithoutReview(), 'k1', 'n1', 'text', 'zh');
    p = comment(p, 'k2', 'n1', 'text', 'en');
    p = apply(p, setResolved(p, 'k1', true, 'drafter', at()));
    expect(review(p).map((f) => [f.key, f.lang, f.data.count])).toEqual([['comments-unresolved|n1||', 'en', 1]]);
    p = apply(p, editItem(p, 'k2', { deleted: true }, at()));
    expect(review(p)).toEqual([]);
    // Reopening brings it back.
    p = apply(p, setResolved(p, 'k1', false, 'drafter', at()));
    expect(review(p).map((f) => f.key)).toEqual(['comments-unresolved|n1||']);
  });

  it('comments on text that no longer exists are one document-wide note, with nowhere to go', () => {
    let p = comment(builtinWithoutReview(), 'k1', 'n1', 'text', 'zh');
    p = comment(p, 'k2', 'annex-a7-e8', 'text', 'en');
    p = apply(p, { op: 'remove', path: ['framework', 'notes', 'items'], index: 0 });
    expect(review(p)).toEqual([
      expect.objectContaining({ code: 'comments-unresolved', elementIds: ['annex-a7-e8'] }),
      expect.objectContaining({ code: 'comments-detached', elementIds: [], data: { count: 1, elements: ['n1'], itemIds: ['k1'] }, key: 'comments-detached|||' }),
    ]);
    // The export pre-flight's count covers both.
    expect(unresolvedComments(p)).toHaveLength(2);
  });

  it('a checker that remembers agrees with a fresh one as comments come and go and the text changes', () => {
    const steps: Array<(p: Project) => Project> = [
      (p) => comment(p, 'k1', 'ap-c2-a1-x1', 'schedule', 'en'),
      (p) => apply(p, { op: 'replace', path: ['framework', 'actionPlan', 'components', 1, 'actions', 0, 'activities', 0, 'schedule', 'text', 'en', 'text'], value: '2020-2025' }),
      (p) => comment(p, 'k2', 's1-p1', 'text', 'zh'),
      (p) => apply(p, { op: 'move', path: ['framework', 'actionPlan', 'components'], from: 1, to: 3 }),
      (p) => apply(p, setResolved(p, 'k1', true, 'drafter', at())),
      (p) => apply(p, { op: 'remove', path: ['framework', 'sections', 0, 'blocks'], index: 0 }),
      (p) => apply(p, setResolved(p, 'k2', true, 'drafter', at())),
      (p) => comment(p, 'k3', 'c4', 'title', 'en'),
    ];
    const checker = createChecker();
    let p = builtinWithoutReview();
    checker.check(p);
    const codes = new Set<string>();
    for (const step of steps) {
      p = step(p);
      // Also as the renderer sees it: a review state that crossed IPC (new objects, equal content).
      const received: Project = { ...p, review: structuredClone(p.review) };
      const found = checker.check(received);
      expect(found).toEqual(findingsOf(p));
      for (const f of found) if (f.family === 'review') codes.add(f.code);
    }
    expect([...codes].sort()).toEqual(['comments-detached', 'comments-unresolved']);
  });
});
