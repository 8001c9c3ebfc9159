import fc from 'fast-check';
import type { ReviewItem, ReviewState } from '../../../shared/review/model';

/** Small pools so generated states share ids (the interesting case for a merge). */
const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const times = fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z');
const reviewer = fc.record({
  name: fc.constantFrom('Dara', 'Li Wei', 'Somchai'),
  organisation: fc.constantFrom('MoE', 'MEE'),
  country: fc.constantFrom('Cambodia', 'China', 'Thailand'),
  role: fc.constantFrom('reviewer', 'focal point'),
});
const anchor = fc.record({
  elementId: fc.constantFrom('c1', 'p1', 'ap-c1-a1-x1'),
  field: fc.constantFrom('title' as const, 'text' as const),
  lang: fc.constantFrom('en' as const, 'zh' as const),
});
const base = { id: ids, author: reviewer, body: fc.string({ maxLength: 6 }), createdAt: times, updatedAt: times, rev: fc.integer({ min: 0, max: 3 }), deleted: fc.boolean() };

export const itemArb: fc.Arbitrary<ReviewItem> = fc.oneof(
  fc.record({ kind: fc.constant('comment' as const), anchor, ...base }),
  fc.record({ kind: fc.constant('suggestion' as const), anchor, original: fc.string({ maxLength: 6 }), replacement: fc.string({ maxLength: 6 }), ...base }),
  fc.record({ kind: fc.constant('reply' as const), parentId: ids, ...base }),
);

export const stateArb: fc.Arbitrary<ReviewState> = fc.record({
  items: fc.array(itemArb, { maxLength: 6 }),
  dispositions: fc.array(
    fc.record({
      itemId: ids,
      decision: fc.constantFrom('accepted' as const, 'partly-accepted' as const, 'not-accepted' as const, 'noted' as const),
      response: fc.record({ en: fc.string({ maxLength: 4 }), zh: fc.string({ maxLength: 4 }) }),
      applied: fc.boolean(),
      decidedBy: fc.constantFrom('', 'Secretariat'),
      updatedAt: times,
      rev: fc.integer({ min: 0, max: 2 }),
    }),
    { maxLength: 3 },
  ),
  resolutions: fc.array(fc.record({ itemId: ids, resolved: fc.boolean(), by: fc.constant(''), updatedAt: times, rev: fc.integer({ min: 0, max: 2 }) }), { maxLength: 3 }),
  imports: fc.array(fc.record({ hash: ids, source: fc.constantFrom('packet' as const, 'docx' as const), createdAt: times, itemCount: fc.integer({ min: 0, max: 3 }) }), { maxLength: 3 }),
  issuedCopies: fc.array(fc.record({ name: fc.constantFrom('v1', 'v2'), contentHash: ids, createdAt: times }), { maxLength: 2 }),
});
