import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportPacket, exportReviewCopy, importPackets, openReviewCopy, switchReviewIdentity } from '../../../electron/services/review/reviewFiles';
import { sameIdentity } from '../../../shared/review/identity';
import type { Reviewer } from '../../../shared/review/model';
import { addComment, editItem } from '../../../shared/review/operations';
import { drafterSession, newSession } from './session';

/**
 * One workstation, several reviewers: each works under their own identity in their own workspace
 * on the same review copy, switching explicitly. Whatever the number of reviewers and the order
 * of their work, no packet carries another reviewer's item, and the drafter's merge of all
 * packets does not depend on the order they are imported in.
 */

const people: Reviewer[] = [
  { name: 'Dara Sok', organisation: 'Ministry of Environment', country: 'Cambodia', role: 'Focal point' },
  { name: '李伟', organisation: '生态环境部', country: 'China', role: 'Reviewer' },
  { name: 'Nguyen An', organisation: 'MONRE', country: 'Viet Nam', role: 'Reviewer' },
  { name: 'Dara Sok', organisation: 'Ministry of Environment', country: 'Lao PDR', role: 'Namesake' },
];

type Step = { who: number; act: 'comment' | 'edit' | 'withdraw' | 'export' };

describe('one identity per reviewer on a shared workstation', () => {
  it('never puts another reviewer\'s item in a packet, and the merge is order-independent', async () => {
    const drafter = await drafterSession();
    const { file: copy } = await exportReviewCopy(drafter, 'Draft 1');
    const steps = fc.array(fc.record({ who: fc.nat({ max: people.length - 1 }), act: fc.constantFrom<Step['act']>('comment', 'comment', 'edit', 'withdraw', 'export') }), { minLength: 1, maxLength: 14 });
    await fc.assert(
      fc.asyncProperty(steps, fc.nat(), async (plan, seed) => {
        const s = await newSession();
        let n = 0;
        const packets: { reviewer: Reviewer; text: string }[] = [];
        for (const step of [...plan, ...people.map((_, who) => ({ who, act: 'export' as const }))]) {
          const me = people[step.who];
          // Switching identity is explicit: settings, then the open copy moves to this reviewer's workspace.
          await s.settingsStore.update((x) => ({ ...x, reviewer: me }));
          if (!s.current.review.workspace) await openReviewCopy(s, { file: copy }, me);
          else await switchReviewIdentity(s, me);
          const ws = s.current.review.workspace!;
          expect(sameIdentity(ws.reviewer!, me)).toBe(true);
          // What this reviewer sees is only their own work.
          for (const i of s.current.review.items) expect(sameIdentity(i.author, me)).toBe(true);
          const mine = s.current.review.items.filter((i) => !i.deleted);
          if (step.act === 'comment' || (mine.length === 0 && step.act !== 'export')) {
            const c = addComment(s.current, { id: `c${n++}-${step.who}`, author: me, now: new Date().toISOString(), body: `by ${me.name}`, anchor: { elementId: '#metadata', field: 'title', lang: 'en' } });
            s.applyChange(c.label, c.patches);
          } else if (step.act === 'edit' || step.act === 'withdraw') {
            const target = mine[seed % mine.length];
            const e = editItem(s.current, target.id, step.act === 'edit' ? { body: `${target.body}+` } : { deleted: true }, new Date().toISOString());
            s.applyChange(e.label, e.patches);
          } else {
            const out = await exportPacket(s, me);
            packets.push({ reviewer: me, text: readFileSync(out.file, 'utf8') });
          }
          // Acting as someone else inside this workspace is refused.
          const other = people[(step.who + 1) % people.length];
          const intruder = addComment(s.current, { id: `x${n++}`, author: other, now: new Date().toISOString(), body: 'not mine', anchor: { elementId: '#metadata', field: 'title', lang: 'en' } });
          expect(() => s.applyChange(intruder.label, intruder.patches)).toThrow(expect.objectContaining({ code: 'other-identity' }));
        }
        await s.close();
        for (const p of packets) {
          const packet = JSON.parse(p.text) as { reviewer: Reviewer; items: { author: Reviewer }[] };
          for (const i of packet.items) expect(sameIdentity(i.author, packet.reviewer)).toBe(true);
        }
        const states: string[] = [];
        for (const order of [packets, [...packets].reverse(), [...packets].sort((a, b) => ((a.text.length * 31 + seed) % 7) - ((b.text.length * 31 + seed) % 7))]) {
          const d = await drafterSession();
          for (const p of order) {
            const r = importPackets(d, [{ name: 'p.json', text: p.text }]);
            expect(r.ok).toBe(true);
          }
          states.push(JSON.stringify(d.current.review.items));
          await d.close();
        }
        expect(new Set(states).size).toBe(1);
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});
