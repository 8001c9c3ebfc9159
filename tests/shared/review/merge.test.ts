import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/review/canonicalJson';
import { mergeReviewStates, normalizeReviewState } from '../../../shared/review/merge';
import type { ReviewState } from '../../../shared/review/model';
import { emptyReviewState } from '../../../shared/review/model';
import { stateArb } from './arbitraries';

const same = (a: ReviewState, b: ReviewState): void => {
  expect(canonicalJson(a)).toBe(canonicalJson(b));
};
const mergeAll = (states: ReviewState[]) => states.reduce(mergeReviewStates, emptyReviewState());

describe('merging review states (packets)', () => {
  it('is commutative', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => {
      same(mergeReviewStates(a, b), mergeReviewStates(b, a));
    }), { numRuns: 500 });
  });

  it('is associative', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        same(mergeReviewStates(mergeReviewStates(a, b), c), mergeReviewStates(a, mergeReviewStates(b, c)));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: merging a state again changes nothing', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const ab = mergeReviewStates(a, b);
        same(mergeReviewStates(ab, b), ab);
        same(mergeReviewStates(ab, ab), ab);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for any order and grouping of a set of packets, imported any number of times', () => {
    fc.assert(
      fc.property(fc.array(stateArb, { minLength: 1, maxLength: 5 }), fc.infiniteStream(fc.nat()), (packets, rnd) => {
        const expected = mergeAll(packets);
        const shuffled = [...packets, ...packets.slice(0, 2)];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = rnd.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const mid = shuffled.length >> 1;
        same(mergeReviewStates(mergeAll(shuffled.slice(0, mid)), mergeAll(shuffled.slice(mid))), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('loses nothing: every id of every input is in the result, with its latest revision', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const m = mergeReviewStates(a, b);
        for (const it of [...a.items, ...b.items]) {
          const kept = m.items.find((x) => x.id === it.id);
          expect(kept).toBeDefined();
          expect(kept!.rev).toBeGreaterThanOrEqual(it.rev);
        }
        expect(new Set(m.items.map((i) => i.id)).size).toBe(m.items.length);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps an author's later edit over an earlier copy, whichever packet comes first", () => {
    const author = { name: 'Dara', organisation: 'MoE', country: 'Cambodia', role: 'reviewer' };
    const v0 = { kind: 'comment' as const, id: 'x', anchor: { elementId: 'c1', field: 'title' as const, lang: 'en' as const }, author, body: 'first', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', rev: 0, deleted: false };
    const v1 = { ...v0, body: 'second thoughts', rev: 1, updatedAt: '2026-01-05T00:00:00.000Z' };
    const s0 = { ...emptyReviewState(), items: [v0] };
    const s1 = { ...emptyReviewState(), items: [v1] };
    expect(mergeReviewStates(s0, s1).items).toEqual([v1]);
    expect(mergeReviewStates(s1, s0).items).toEqual([v1]);
  });

  it('never lets a packet overwrite a drafter decision (packets carry items only)', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (drafter, packet) => {
        const packetItemsOnly = { ...emptyReviewState(), items: packet.items };
        const m = mergeReviewStates(drafter, packetItemsOnly);
        same({ ...m, items: [] }, { ...normalizeReviewState(drafter), items: [] });
      }),
      { numRuns: 200 },
    );
  });
});
