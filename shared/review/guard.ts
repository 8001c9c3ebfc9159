import { canonicalJson } from './canonicalJson';
import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';

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
      throw Object.assign(new Error('This is a review copy: the text is read-only; comment or suggest instead.'), { code: 'review-read-only' });
    }
  }
}
