import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import { proposedActivities } from '../../../shared/record/workPlans';
import { canonicalJson } from '../../../shared/review/canonicalJson';
import { planImport } from '../../../shared/review/importPackets';
import type { Reviewer, ReviewItem } from '../../../shared/review/model';
import { setResolved, addReply } from '../../../shared/review/operations';
import { buildPacket, readPacket } from '../../../shared/review/packet';
import { contentHash } from '../../../shared/review/seal';
import { addWorkPlanComment, editWorkPlanComment, workPlanThreads } from '../../../shared/review/workPlanThreads';
import { buildThreads } from '../../../shared/review/threads';
import { buildReviewCopy, readReviewCopy } from '../../../shared/review/reviewCopy';
import { startWorkPlan } from '../../../shared/record/workPlans';
import { planIndex } from '../../../shared/record/planIndex';
import { ProblemError } from '../../../shared/ipc/problem';
import { samplePacket } from './packets';
import { builtinProject } from './builtin';

const base = builtinProject();
const KH: Reviewer = { name: 'Dara Sok', organisation: 'Ministry of Environment', country: 'Cambodia', role: 'NFP' };
const VN: Reviewer = { name: 'Nguyen Lan', organisation: 'MONRE', country: 'Viet Nam', role: 'NFP' };
const activity = proposedActivities(base.framework, 2023)[0];
const apply = (p: Project, patches: Parameters<typeof applyPatches>[1]) => ProjectSchema.parse(applyPatches(p, patches).result);

function nfpPacket(reviewer: Reviewer, tag: string, at: string) {
  const items: ReviewItem[] = [
    { kind: 'workPlanComment', id: `${tag}-wp1`, workPlan: { year: 2023, activityId: activity }, author: reviewer, body: `${tag}: we can host this in 2023`, createdAt: at, updatedAt: at, rev: 0, deleted: false },
    { kind: 'workPlanComment', id: `${tag}-wp2`, workPlan: { year: 2023, activityId: null }, author: reviewer, body: `${tag}: the plan is too full`, createdAt: at, updatedAt: at, rev: 0, deleted: false },
    { kind: 'reply', id: `${tag}-wp1-r`, parentId: `${tag}-wp1`, author: reviewer, body: `${tag}: with co-funding`, createdAt: at, updatedAt: at, rev: 0, deleted: false },
  ];
  return buildPacket({ frameworkId: base.framework.id, baseVersion: { name: 'Draft 1', contentHash: contentHash(base.framework) }, reviewer, createdAt: at, items });
}

describe('NFP feedback on a work plan as review comments', () => {
  it('a comment anchors to a year\'s plan or to an activity in it; threads show with the reviewer\'s country, replies and resolution', () => {
    const planned = apply(base, startWorkPlan(base, 2023, '2026-03-01T09:00:00.000Z')!.patches);
    const c = addWorkPlanComment(planned, { id: 'wp-a', author: KH, now: '2026-03-01T10:00:00.000Z', body: 'Add a field visit', workPlan: { year: 2023, activityId: activity } });
    const p = apply(planned, c.patches);
    const [thread] = workPlanThreads(p.review, 2023);
    expect(thread.root).toMatchObject({ kind: 'workPlanComment', workPlan: { year: 2023, activityId: activity }, author: { country: 'Cambodia' } });
    expect(workPlanThreads(p.review, 2024)).toEqual([]);
    // Threads on the text leave it out (it points at no field).
    expect(buildThreads(p.review).some((t) => t.root.id === 'wp-a')).toBe(false);
    const drafter: Reviewer = { name: 'ASEAN Secretariat', organisation: '', country: '', role: 'Drafter' };
    const replied = apply(p, addReply(p, { id: 'wp-a-r', parentId: 'wp-a', author: drafter, now: '2026-03-02T10:00:00.000Z', body: 'Agreed' }).patches);
    const resolved = apply(replied, setResolved(replied, 'wp-a', true, drafter.name, '2026-03-02T11:00:00.000Z').patches);
    expect(workPlanThreads(resolved.review, 2023)[0]).toMatchObject({ resolved: true, replies: [{ body: 'Agreed' }] });
  });

  it('packets carry work-plan comments: read back, imported, and merged in any order to the same project', () => {
    const a = nfpPacket(KH, 'kh', '2026-02-01T10:00:00.000Z');
    const b = nfpPacket(VN, 'vn', '2026-02-02T10:00:00.000Z');
    const old = samplePacket(base, KH, 'dara'); // a packet of comments on the text, as before
    const text = (x: unknown) => JSON.stringify(x);
    expect(readPacket(text(a), base.framework.id)).toMatchObject({ ok: true });
    const orders = [[a, b, old], [old, b, a], [b, a, old, a]];
    const results = orders.map((packets) => {
      const plan = planImport(base, packets.map((x, i) => ({ name: `p${i}.json`, text: text(x) })), Date.parse('2026-03-01T00:00:00.000Z'));
      if (!plan.ok || !plan.change) throw new Error('import refused');
      return apply(base, plan.change.patches);
    });
    expect(new Set(results.map((r) => canonicalJson(r.review))).size).toBe(1);
    const threads = workPlanThreads(results[0].review, 2023);
    expect(threads.map((t) => [t.root.author.country, t.root.workPlan.activityId])).toEqual([
      ['Cambodia', null],
      ['Viet Nam', null],
      ['Cambodia', activity],
      ['Viet Nam', activity],
    ]);
    expect(threads.find((t) => t.root.id === 'kh-wp1')!.replies.map((r) => r.body)).toEqual(['kh: with co-funding']);
    // Importing the same packets again changes nothing.
    const again = planImport(results[0], [a, b].map((x, i) => ({ name: `p${i}.json`, text: text(x) })), Date.parse('2026-03-01T00:00:00.000Z'));
    expect(again.ok && again.change).toBe(null);
  });

  it('a packet carrying someone else\'s work-plan comment, or a malformed anchor, is refused with its reason', () => {
    const forged = nfpPacket(KH, 'kh', '2026-02-01T10:00:00.000Z');
    const items = forged.items.map((i) => ({ ...i, author: VN }));
    const foreign = buildPacket({ frameworkId: base.framework.id, baseVersion: forged.baseVersion, reviewer: KH, createdAt: forged.createdAt, items });
    const r = planImport(base, [{ name: 'f.json', text: JSON.stringify(foreign) }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusals[0].refusal).toMatchObject({ code: 'foreign-item' });
    const bad = buildPacket({ frameworkId: base.framework.id, baseVersion: forged.baseVersion, reviewer: KH, createdAt: forged.createdAt, items: [{ ...forged.items[0], workPlan: { year: 'next', activityId: null } } as unknown as ReviewItem] });
    expect(readPacket(JSON.stringify(bad), base.framework.id)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('a new comment must point at an activity in that year\'s plan, or at a plan of the period as a whole: refused with a coded reason otherwise', () => {
    const planned = apply(base, startWorkPlan(base, 2023, '2026-03-01T09:00:00.000Z')!.patches);
    const outside = planIndex(base.framework).activities.map((a) => a.activity.id).find((id) => !planned.record.workPlans[0].activityIds.includes(id))!;
    const comment = (project: Project, workPlan: { year: number; activityId: string | null }) => () =>
      addWorkPlanComment(project, { id: 'wp-x', author: KH, now: '2026-03-01T10:00:00.000Z', body: 'x', workPlan });
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ProblemError ? { code: e.code, data: e.data } : e;
      }
      return 'accepted';
    };
    expect(refusal(comment(planned, { year: 2023, activityId: outside }))).toEqual({ code: 'not-in-work-plan', data: { activity: outside, year: 2023 } });
    // No plan made for 2024 yet: no activity is in it, though the plan as a whole may be commented on.
    expect(refusal(comment(planned, { year: 2024, activityId: activity }))).toMatchObject({ code: 'not-in-work-plan' });
    expect(refusal(comment(planned, { year: 2030, activityId: null }))).toEqual({ code: 'year-outside-period', data: { year: 2030, start: 2021, end: 2025 } });
    expect(refusal(comment(planned, { year: 2023, activityId: 'not an id!' }))).toMatchObject({ code: 'bad-request' });
    expect(refusal(comment(planned, { year: 2024, activityId: null }))).toBe('accepted');
    expect(refusal(comment(planned, { year: 2023, activityId: activity }))).toBe('accepted');
    // The project's review is untouched by a refusal (nothing was written).
    expect(planned.review).toEqual(base.review);
  });

  it('a review copy carries the work plans (for the NFPs to comment on) and nothing else of the record', () => {
    const withPlan = apply(base, startWorkPlan(base, 2023, '2026-03-01T10:00:00.000Z')!.patches);
    const copy = readReviewCopy(JSON.stringify(buildReviewCopy(withPlan, { versionName: 'Work plan 2023', createdAt: '2026-03-01T11:00:00.000Z' })));
    if (!copy.ok) throw new Error('copy refused');
    expect(copy.copy.project.record.workPlans).toEqual(withPlan.record.workPlans);
    expect(copy.copy.project.record.events).toEqual([]);
  });

  it('the author edits and withdraws their work-plan comment, each one undoable change; anyone else, an unknown item or an empty text is refused', () => {
    const planned = apply(base, startWorkPlan(base, 2023, '2026-03-01T09:00:00.000Z')!.patches);
    const p = apply(planned, addWorkPlanComment(planned, { id: 'wp-a', author: KH, now: '2026-03-01T10:00:00.000Z', body: 'Add a field visit', workPlan: { year: 2023, activityId: activity } }).patches);
    const edit = editWorkPlanComment(p, { id: 'wp-a', by: { ...KH, role: 'NFP (again)' }, now: '2026-03-01T11:00:00.000Z', body: '  Add a field visit to the mangroves  ' });
    expect(edit.label).toBe('review.undo.edit');
    const edited = apply(p, edit.patches);
    expect(workPlanThreads(edited.review, 2023)[0].root).toMatchObject({ body: 'Add a field visit to the mangroves', rev: 1, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T11:00:00.000Z' });
    const withdraw = editWorkPlanComment(edited, { id: 'wp-a', by: KH, now: '2026-03-01T12:00:00.000Z', withdraw: true });
    expect(withdraw.label).toBe('review.undo.withdraw');
    const gone = apply(edited, withdraw.patches);
    expect(workPlanThreads(gone.review, 2023)).toEqual([]);
    // Kept as a tombstone, so an older copy arriving in a packet cannot bring it back.
    expect(gone.review.items.find((i) => i.id === 'wp-a')).toMatchObject({ deleted: true, rev: 2 });
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ProblemError ? { code: e.code, data: e.data } : e;
      }
      return 'accepted';
    };
    expect(refusal(() => editWorkPlanComment(edited, { id: 'wp-a', by: VN, now: '2026-03-01T12:00:00.000Z', body: 'mine now' }))).toEqual({ code: 'not-author', data: { author: 'Dara Sok' } });
    expect(refusal(() => editWorkPlanComment(edited, { id: 'wp-a', by: null, now: '2026-03-01T12:00:00.000Z', withdraw: true }))).toMatchObject({ code: 'not-author' });
    expect(refusal(() => editWorkPlanComment(gone, { id: 'wp-a', by: KH, now: '2026-03-01T13:00:00.000Z', body: 'again' }))).toMatchObject({ code: 'no-such-item' });
    expect(refusal(() => editWorkPlanComment(edited, { id: 'wp-a', by: KH, now: '2026-03-01T12:00:00.000Z', body: '   ' }))).toMatchObject({ code: 'bad-request' });
    // A comment on the text is not a work-plan comment.
    const onText = samplePacket(base, KH, 'dara').items[0];
    const withText = { ...edited, review: { ...edited.review, items: [...edited.review.items, onText] } };
    expect(refusal(() => editWorkPlanComment(withText, { id: onText.id, by: KH, now: '2026-03-01T12:00:00.000Z', body: 'x' }))).toMatchObject({ code: 'no-such-item' });
  });

  it('an edit and a withdrawal travel in the author\'s packet and merge with the original and others\' packets in any order, any number of times, to the same review', () => {
    const at = '2026-02-01T10:00:00.000Z';
    const original = nfpPacket(KH, 'kh', at);
    const other = nfpPacket(VN, 'vn', '2026-02-02T10:00:00.000Z');
    const text = (x: unknown) => JSON.stringify(x);
    const load = (project: Project, packets: unknown[]) => {
      const plan = planImport(project, packets.map((x, i) => ({ name: `p${i}.json`, text: text(x) })), Date.parse('2026-03-01T00:00:00.000Z'));
      if (!plan.ok) throw new Error(`import refused: ${JSON.stringify(plan.refusals)}`);
      return plan.change ? apply(project, plan.change.patches) : project;
    };
    // The NFP, in their copy: edits one comment, withdraws the other, and sends a new packet.
    const mine = load(base, [original]);
    const edited = apply(mine, editWorkPlanComment(mine, { id: 'kh-wp1', by: KH, now: '2026-02-05T10:00:00.000Z', body: 'kh: we can host this in Siem Reap' }).patches);
    const withdrawn = apply(edited, editWorkPlanComment(edited, { id: 'kh-wp2', by: KH, now: '2026-02-05T10:05:00.000Z', withdraw: true }).patches);
    const later = buildPacket({ frameworkId: base.framework.id, baseVersion: original.baseVersion, reviewer: KH, createdAt: '2026-02-05T11:00:00.000Z', items: withdrawn.review.items.filter((i) => i.author.name === KH.name) });
    expect(readPacket(text(later), base.framework.id)).toMatchObject({ ok: true });
    const orders = [[original, later, other], [later, original, other], [other, later, original, later], [original, other, later, original]];
    const results = orders.map((packets) => load(base, packets));
    expect(new Set(results.map((r) => canonicalJson(r.review))).size).toBe(1);
    // One packet at a time, in either order, ends the same too.
    const stepwise = load(load(load(base, [later]), [original]), [other]);
    expect(canonicalJson(stepwise.review)).toBe(canonicalJson(results[0].review));
    const threads = workPlanThreads(results[0].review, 2023);
    expect(threads.find((t) => t.root.id === 'kh-wp1')!.root.body).toBe('kh: we can host this in Siem Reap');
    expect(threads.some((t) => t.root.id === 'kh-wp2')).toBe(false);
    expect(threads.map((t) => t.root.id).sort()).toEqual(['kh-wp1', 'vn-wp1', 'vn-wp2']);
  });
});
