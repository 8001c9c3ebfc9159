import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportPacket, exportReviewCopy, openReviewCopy, switchReviewIdentity } from '../../../electron/services/review/reviewFiles';
import { identityKey, sameIdentity } from '../../../shared/review/identity';
import { planImport } from '../../../shared/review/importPackets';
import type { Project } from '../../../shared/model/project';
import type { Reviewer } from '../../../shared/review/model';
import { addComment, editItem } from '../../../shared/review/operations';
import { drafterSession, newSession } from './session';

/**
 * One workstation, several reviewers: each works under their own identity in their own workspace
 * on the same review copy, switching explicitly. Whatever the number of reviewers and the order
 * of their work, no packet carries another reviewer's item, and the drafter's merge of all
 * packets does not depend on the order they are imported in.
 */

/**
 * Reviewers as fast-check makes them: names, organisations and countries from a few real ones (so
 * namesakes, the same person in another ministry, and one name in two countries come up) or any
 * text, Chinese included; identities distinct as the app tells them apart (identityKey: case,
 * spacing and Unicode normalisation do not make another person).
 */
const text = (pool: string[], max: number) => fc.oneof(fc.constantFrom(...pool), fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }));
const reviewer: fc.Arbitrary<Reviewer> = fc.record({
  name: text(['Dara Sok', 'dara  sok', '李伟', 'Nguyen An'], 20).filter((n) => n.trim().length > 0),
  organisation: text(['Ministry of Environment', '生态环境部', 'MONRE', ''], 30),
  country: text(['Cambodia', 'China', 'Viet Nam', 'Lao PDR', ''], 20),
  role: fc.constantFrom('Focal point', 'Reviewer', ''),
});
const reviewers = fc.uniqueArray(reviewer, { minLength: 2, maxLength: 4, selector: identityKey });

/** The drafter's project after importing packet texts one by one (pure: planImport, as importPackets applies it). */
function importedInOrder(project: Project, texts: readonly string[]): string {
  let p = project;
  for (const t of texts) {
    const plan = planImport(p, [{ name: 'p.json', text: t }]);
    expect(plan.ok).toBe(true);
    if (plan.ok && plan.change) p = { ...p, review: plan.change.patches[0].op === 'replace' ? (plan.change.patches[0].value as Project['review']) : p.review };
  }
  return JSON.stringify(p.review.items);
}

type Step = { who: number; act: 'comment' | 'edit' | 'withdraw' | 'export' };

describe('one identity per reviewer on a shared workstation', () => {
  it('never puts another reviewer\'s item in a packet, and the merge is order-independent', async () => {
    // A copy of a framework with its headings only: opening and switching workspaces then costs
    // milliseconds, so the property runs many times (the identities, not the text, are under test).
    const drafter = await drafterSession();
    const fw = drafter.current.framework;
    drafter.applyChange('edit', [
      { op: 'replace', path: ['framework'], value: { ...fw, sections: [], components: [], actionPlan: { ...fw.actionPlan, components: [] }, notes: { ...fw.notes, items: [] }, annex: { ...fw.annex, areas: [] } } },
      { op: 'replace', path: ['review', 'items'], value: [] },
    ]);
    const { file: copy } = await exportReviewCopy(drafter, 'Draft 1');
    const work = (people: Reviewer[]) =>
      fc.array(fc.record({ who: fc.nat({ max: people.length - 1 }), act: fc.constantFrom<Step['act']>('comment', 'comment', 'edit', 'withdraw', 'export') }), { minLength: 1, maxLength: 8 }).map((plan) => ({ people, plan }));
    await fc.assert(
      fc.asyncProperty(reviewers.chain(work), fc.nat(), async ({ people, plan }, seed) => {
        const s = await newSession();
        let n = 0;
        let current = -1;
        const packets: { reviewer: Reviewer; text: string }[] = [];
        for (const step of [...plan, ...people.map((_, who) => ({ who, act: 'export' as const }))]) {
          const me = people[step.who];
          // Switching identity is explicit: settings, then the open copy moves to this reviewer's workspace.
          if (step.who !== current) {
            await s.settingsStore.update((x) => ({ ...x, reviewer: me }));
            if (!s.current.review.workspace) await openReviewCopy(s, { file: copy }, me);
            else await switchReviewIdentity(s, me);
            current = step.who;
          }
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
        const orders = [packets, [...packets].reverse(), [...packets].sort((a, b) => ((a.text.length * 31 + seed) % 7) - ((b.text.length * 31 + seed) % 7))];
        const states = orders.map((order) => importedInOrder(drafter.current, order.map((p) => p.text)));
        expect(new Set(states).size).toBe(1);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
