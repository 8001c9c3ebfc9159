import type { Project } from '../model/project';
import type { Anchor, Disposition, ReplyItem, ReviewState, ThreadRoot } from './model';
import { isThreadRoot } from './model';

/** A comment or suggestion with its replies and the drafter's records about it. */
export interface Thread {
  root: ThreadRoot;
  replies: ReplyItem[];
  resolved: boolean;
  disposition: Disposition | null;
}

/**
 * Threads of a review state, oldest first; withdrawn items are left out. A reply whose comment
 * has not arrived yet (its packet not imported) is kept in the data and shows once it does.
 */
export function buildThreads(state: ReviewState): Thread[] {
  const replies = new Map<string, ReplyItem[]>();
  for (const it of state.items) {
    if (it.kind === 'reply' && !it.deleted) replies.set(it.parentId, [...(replies.get(it.parentId) ?? []), it]);
  }
  const resolved = new Map(state.resolutions.map((r) => [r.itemId, r.resolved]));
  const dispositions = new Map(state.dispositions.map((d) => [d.itemId, d]));
  return state.items.filter(isThreadRoot).filter((r) => !r.deleted).map((root) => ({
    root,
    replies: replies.get(root.id) ?? [],
    resolved: resolved.get(root.id) ?? false,
    disposition: dispositions.get(root.id) ?? null,
  }));
}

/** One open (unresolved) comment or suggestion, as the checker and the export pre-flight report it. */
export interface UnresolvedComment {
  itemId: string;
  kind: ThreadRoot['kind'];
  anchor: Anchor;
  author: string;
}

/**
 * Comments and suggestions not yet resolved, in the order they were made. For the checker and
 * the export pre-flight ("3 unresolved comments"); pure, cheap, safe on a project with no review data.
 */
export function unresolvedComments(project: Pick<Project, 'review'>): UnresolvedComment[] {
  const state = project.review;
  if (!state) return [];
  return buildThreads(state)
    .filter((t) => !t.resolved)
    .map((t) => ({ itemId: t.root.id, kind: t.root.kind, anchor: t.root.anchor, author: t.root.author.name }));
}

/** Per element: how many threads point at it and how many are open. */
export interface CommentCount {
  total: number;
  open: number;
}

/** Thread counts per element id (for the outline markers). */
export function commentCountsByElement(state: ReviewState): Map<string, CommentCount> {
  const out = new Map<string, CommentCount>();
  for (const t of buildThreads(state)) {
    const c = out.get(t.root.anchor.elementId) ?? { total: 0, open: 0 };
    out.set(t.root.anchor.elementId, { total: c.total + 1, open: c.open + (t.resolved ? 0 : 1) });
  }
  return out;
}

/** Thread counts per `elementId|field|lang` (for the markers beside each field in the editor). */
export function commentCountsByField(state: ReviewState): Map<string, CommentCount> {
  const out = new Map<string, CommentCount>();
  for (const t of buildThreads(state)) {
    const k = fieldKey(t.root.anchor);
    const c = out.get(k) ?? { total: 0, open: 0 };
    out.set(k, { total: c.total + 1, open: c.open + (t.resolved ? 0 : 1) });
  }
  return out;
}

/** Key of one field in one language. */
export function fieldKey(a: Pick<Anchor, 'elementId' | 'field' | 'lang'>): string {
  return `${a.elementId}|${a.field}|${a.lang}`;
}
