import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { identityKey, MIN_EDIT_INTERVAL_MS, nextEditTime, sameIdentity } from '../../../shared/review/identity';
import { planImport } from '../../../shared/review/importPackets';
import type { ReviewItem } from '../../../shared/review/model';
import { buildPacket } from '../../../shared/review/packet';
import { contentHash } from '../../../shared/review/seal';
import { DARA, LI, builtinProject } from './builtin';

const T0 = Date.parse('2026-02-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const NOW = T0 + 30 * 24 * 3600 * 1000;

function packetOf(project: Project, reviewer: typeof DARA, items: ReviewItem[], createdAt = at(10 ** 9)) {
  return JSON.stringify(buildPacket({ frameworkId: project.framework.id, baseVersion: { name: 'Draft 1', contentHash: contentHash(project.framework) }, reviewer, createdAt, items }));
}
function comment(author: typeof DARA, id: string, rev: number, updatedMs: number, body = `edit ${rev}`): ReviewItem {
  return { kind: 'comment', id, anchor: { elementId: '#metadata', field: 'title', lang: 'en' }, author, body, createdAt: at(0), updatedAt: at(updatedMs), rev, deleted: false };
}
function imported(project: Project, texts: string[]): Project {
  const plan = planImport(project, texts.map((text, i) => ({ name: `p${i}.json`, text })), NOW);
  if (!plan.ok) throw new Error(JSON.stringify(plan.refusals));
  return plan.change ? applyPatches(project, plan.change.patches).result : project;
}

describe('one identity per reviewer', () => {
  it('is name, organisation and country (spacing and case aside), not role', () => {
    const namesake: typeof DARA = { ...DARA, name: ' dara  SOK ', role: 'Other' };
    expect(sameIdentity(DARA, namesake)).toBe(true);
    expect(sameIdentity(DARA, { ...DARA, country: 'Lao PDR' })).toBe(false);
    expect(identityKey(LI)).not.toBe(identityKey(DARA));
  });

  it('refuses a packet (whose hash is correct) that carries another reviewer\'s item, naming the item; nothing is imported', () => {
    const p = builtinProject();
    const forged = packetOf(p, DARA, [comment(DARA, 'dara-1', 0, 0), comment(LI, 'li-1', 5, 5000, 'withdrawn by someone else')]);
    const plan = planImport(p, [{ name: 'forged.json', text: forged }], NOW);
    expect(plan).toMatchObject({ ok: false, refusals: [{ name: 'forged.json', refusal: { code: 'foreign-item', item: 'li-1' } }] });
  });

  it('refuses a revision counter of 2^53, so the author\'s next real edit wins', () => {
    let p = imported(builtinProject(), [packetOf(builtinProject(), DARA, [comment(DARA, 'c', 2, 10_000)])]);
    // 2^53 is past the safe integers: the packet's schema refuses it, naming the field.
    const unsafe = planImport(p, [{ name: 'unsafe.json', text: packetOf(p, DARA, [comment(DARA, 'c', 2 ** 53, 20_000, 'forged')]) }], NOW);
    expect(unsafe).toMatchObject({ ok: false, refusals: [{ refusal: { code: 'invalid', details: [{ path: 'items.0.rev' }] } }] });
    const jump = planImport(p, [{ name: 'jump.json', text: packetOf(p, DARA, [comment(DARA, 'c', 2 ** 53 - 1, 20_000, 'forged')]) }], NOW);
    expect(jump).toMatchObject({ ok: false, refusals: [{ refusal: { code: 'rev-jump', item: 'c' } }] });
    // Even with timestamps wide enough for the absolute bound, the jump over the known version is refused.
    const far = planImport(p, [{ name: 'far.json', text: packetOf(p, DARA, [{ ...comment(DARA, 'c', 5000, 10_000 + 1000), createdAt: at(-(10 ** 9)) }]) }], NOW);
    expect(far).toMatchObject({ ok: false, refusals: [{ refusal: { code: 'rev-jump', item: 'c' } }] });
    const future = planImport(p, [{ name: 'future.json', text: packetOf(p, DARA, [comment(DARA, 'c', 3, NOW - T0 + 3 * 24 * 3600 * 1000)]) }], NOW);
    expect(future).toMatchObject({ ok: false, refusals: [{ refusal: { code: 'rev-jump' } }] });
    p = imported(p, [packetOf(p, DARA, [comment(DARA, 'c', 3, 10_000 + MIN_EDIT_INTERVAL_MS, 'the real next edit')])]);
    expect(p.review.items.find((i) => i.id === 'c')).toMatchObject({ rev: 3, body: 'the real next edit' });
  });

  it('spaces the app\'s own edits so their counters always pass', () => {
    expect(nextEditTime(at(0), at(10))).toBe(at(MIN_EDIT_INTERVAL_MS));
    expect(nextEditTime(at(0), at(5000))).toBe(at(5000));
  });

  it('accepts an honest author\'s packets in any order, any number of times, with the same result (order-independent)', () => {
    fc.assert(
      fc.property(
        // An item's history: the gaps between its edits (each at least one step), and snapshots of it as packets.
        fc.array(fc.integer({ min: MIN_EDIT_INTERVAL_MS, max: 60_000 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (gaps, picks, order) => {
          const times = gaps.reduce<number[]>((acc, g) => [...acc, acc[acc.length - 1] + g], [0]);
          const base = builtinProject();
          const packets = picks.map((k) => {
            const rev = k % times.length;
            return packetOf(base, DARA, [comment(DARA, 'c', rev, times[rev])], at(times[rev]));
          });
          const sequence = order.map((k) => packets[k % packets.length]);
          const a = imported(imported(base, sequence), packets);
          const b = imported(imported(base, [...packets].reverse()), sequence);
          expect(a.review).toEqual(b.review);
        },
      ),
      { numRuns: 60 },
    );
  });
});
