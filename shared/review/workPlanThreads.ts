import { editItem, type Change } from './operations';
import type { Project } from '../model/project';
import { ProblemError } from '../ipc/problem';
import { mergeReviewStates } from './merge';
import { checkWorkPlanAnchor } from './workPlanAnchor';
import { emptyReviewState, type ReplyItem, type ReviewState, type Reviewer, type WorkPlanAnchor, type WorkPlanCommentItem } from './model';

/**
 * Feedback on the annual work plans as review threads: a work-plan comment (an NFP's, in the app
 * or from a packet) with its replies and its resolution, kept in the same `review` slot, merged
 * and carried in packets exactly as comments on the text are (./merge.ts, ./packet.ts). Threads on
 * the text (./threads.ts) leave these out: they point at no field.
 */

export interface WorkPlanThread {
  root: WorkPlanCommentItem;
  replies: ReplyItem[];
  resolved: boolean;
}

/** The threads on one year's work plan (the plan as a whole first, then by activity), oldest first; withdrawn items left out. */
export function workPlanThreads(state: ReviewState, year: number): WorkPlanThread[] {
  const replies = new Map<string, ReplyItem[]>();
  for (const it of state.items) if (it.kind === 'reply' && !it.deleted) replies.set(it.parentId, [...(replies.get(it.parentId) ?? []), it]);
  const resolved = new Map(state.resolutions.map((r) => [r.itemId, r.resolved]));
  return state.items
    .filter((i): i is WorkPlanCommentItem => i.kind === 'workPlanComment' && !i.deleted && i.workPlan.year === year)
    .map((root) => ({ root, replies: replies.get(root.id) ?? [], resolved: resolved.get(root.id) ?? false }))
    .sort((a, b) => Number(a.root.workPlan.activityId !== null) - Number(b.root.workPlan.activityId !== null));
}

/**
 * A new comment on a year's work plan or on one activity in that year's plan: one undoable change.
 * Refused (ProblemError not-in-work-plan, year-outside-period) when the anchor is not in the project's plans.
 */
export function addWorkPlanComment(project: Pick<Project, 'framework' | 'record' | 'review'>, p: { id: string; author: Reviewer; now: string; body: string; workPlan: WorkPlanAnchor }): Change {
  const state = project.review;
  const item: WorkPlanCommentItem = { kind: 'workPlanComment', id: p.id, workPlan: checkWorkPlanAnchor(project, p.workPlan), author: p.author, body: p.body, createdAt: p.now, updatedAt: p.now, rev: 0, deleted: false };
  return { label: 'review.undo.addComment', patches: [{ op: 'replace', path: ['review'], value: mergeReviewStates(state, { ...emptyReviewState(), items: [item] }) }] };
}

/** Whether `who` wrote `item` (as for comments on the text: same name and organisation). */
export function isAuthor(item: Pick<WorkPlanCommentItem, 'author'>, who: Reviewer | null): boolean {
  return !!who && who.name === item.author.name && who.organisation === item.author.organisation;
}

/**
 * The author edits their work-plan comment (a new `body`) or withdraws it (`withdraw`): a new
 * revision of the item, kept as a tombstone when withdrawn, which wins over older copies when
 * packets merge (./merge.ts), as an edit of a comment on the text does. One undoable change.
 * Refused: `no-such-item` (no such live work-plan comment), `not-author` (someone else's),
 * `bad-request` (an empty body).
 */
export function editWorkPlanComment(project: Project, p: { id: string; by: Reviewer | null; now: string } & ({ body: string } | { withdraw: true })): Change {
  const item = project.review.items.find((i): i is WorkPlanCommentItem => i.id === p.id && i.kind === 'workPlanComment' && !i.deleted);
  if (!item) throw new ProblemError('no-such-item', { id: p.id });
  if (!isAuthor(item, p.by)) throw new ProblemError('not-author', { author: item.author.name });
  if ('withdraw' in p) return editItem(project, p.id, { deleted: true }, p.now);
  const body = p.body.trim();
  if (!body) throw new ProblemError('bad-request', { channel: 'editWorkPlanComment (empty comment)' });
  return editItem(project, p.id, { body }, p.now);
}
