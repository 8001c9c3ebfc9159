import { canonicalJson } from './canonicalJson';
import { sameIdentity } from './identity';
import type { Reviewer, ReviewState } from './model';
import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';
import { ProblemError } from '../ipc/problem';

/** True when the project is a reviewer's workspace on a review copy (review mode). */
export function isReviewWorkspace(project: Pick<Project, 'review'>): boolean {
  return project.review?.workspace !== undefined;
}

/**
 * In review mode the content is read-only: only patches under `review` are allowed, and they may
 * not remove or alter the workspace marker. Throws a coded error (nothing is applied) otherwise.
 */
export function assertReviewModeAllows(project: Pick<Project, 'review'>, patches: readonly Patch[]): void {
  if (!isReviewWorkspace(project)) return;
  const marker = canonicalJson(project.review.workspace);
  for (const p of patches) {
    const ok =
      p.path[0] === 'review' &&
      p.path[1] !== 'workspace' &&
      !(p.op === 'replace' && p.path.length === 1 && canonicalJson((p.value as { workspace?: unknown } | null)?.workspace) !== marker);
    if (!ok) {
      throw new ProblemError('review-read-only');
    }
    assertOwnItems(project.review, p);
  }
}

/**
 * A reviewer's workspace holds only that reviewer's work: an item added or changed in it must be
 * authored by the workspace's reviewer (another identity works in its own workspace).
 */
function assertOwnItems(before: ReviewState, p: Patch): void {
  const owner = before.workspace?.reviewer;
  if (!owner || p.op === 'remove' || p.op === 'move') return;
  const refuse = (name: string) => {
    throw new ProblemError('other-identity', { owner: owner.name, name });
  };
  const ownItem = (v: unknown) => {
    const author = (v as { author?: Reviewer } | null)?.author;
    if (!author || !sameIdentity(author, owner)) refuse(author?.name ?? '?');
  };
  const ownItems = (items: readonly { id: string; author: Reviewer }[]) => {
    const old = new Map(before.items.map((i) => [i.id, canonicalJson(i)]));
    for (const item of items) if (old.get(item.id) !== canonicalJson(item)) ownItem(item);
  };
  if (p.path[1] !== undefined && p.path[1] !== 'items') return;
  if (p.op === 'insert') return p.path.length === 2 ? ownItem(p.value) : refuse('?');
  if (p.path.length === 1) return ownItems((p.value as ReviewState).items ?? []);
  if (p.path.length === 2) return ownItems(p.value as ReviewState['items']);
  // One item put in place whole (an author's own); a piece of an item changed alone is not allowed.
  return p.path.length === 3 ? ownItem(p.value) : refuse('?');
}
