import { METADATA_ID, indexElements } from '../model/elements';
import type { Project } from '../model/project';
import { bookmarkTargets } from './bookmarks';
import { canonicalJson } from './canonicalJson';
import { emptyReviewState, type ReviewItem, type ReviewState } from './model';
import { quoteFromPlainSpan } from './plainQuote';
import { sha256Hex } from './sha256';

/** A comment as read from a .docx (electron/services/review/wordComments.ts). */
export interface WordCommentIn {
  wordId: string;
  author: string;
  date: string;
  text: string;
  bookmark: string | null;
  quoted: string;
  parentWordId?: string;
}

export interface WordImport {
  /** Items and the import record, ready to merge into the project's review state. */
  state: ReviewState;
  comments: number;
  /** Comments outside every field (on the cover note, say): attached to the document title, not dropped. */
  unplaced: number;
  /** True when the file's review bookmarks belong to no field of this framework. */
  otherFramework: boolean;
}

const EPOCH = '1970-01-01T00:00:00.000Z';

function isoOr(date: string, fallback: string): string {
  const t = Date.parse(date);
  // LibreOffice writes e.g. 0000-00-00 or a year-less date for a comment without one.
  return Number.isFinite(t) && t > 0 ? new Date(t).toISOString() : fallback;
}

/**
 * Word comments as review items. Ids are derived from the comment's content and place, so
 * importing the same file (or the same comments re-saved by LibreOffice, which renumbers them)
 * again brings nothing new.
 */
export function wordCommentsToReview(
  project: Project,
  comments: readonly WordCommentIn[],
  bookmarks: ReadonlySet<string>,
  modified: string | null,
  from: { organisation?: string; country?: string } = {},
): WordImport {
  const targets = bookmarkTargets(project.framework);
  const index = indexElements(project.framework);
  const known = [...bookmarks].filter((b) => targets.has(b)).length;
  const fallback = isoOr(modified ?? '', EPOCH);
  const ids = new Map<string, string>();
  const idOf = (c: WordCommentIn): string => {
    const hit = ids.get(c.wordId);
    if (hit) return hit;
    const parent = c.parentWordId ? comments.find((p) => p.wordId === c.parentWordId) : undefined;
    const id = `w-${sha256Hex(canonicalJson([c.author, isoOr(c.date, fallback), c.bookmark, c.text, c.quoted, parent ? idOf(parent) : null])).slice(0, 24)}`;
    ids.set(c.wordId, id);
    return id;
  };
  const items: ReviewItem[] = [];
  let unplaced = 0;
  for (const c of comments) {
    const at = isoOr(c.date, fallback);
    const author = { name: c.author.trim() || 'Word reviewer', organisation: from.organisation ?? '', country: from.country ?? '', role: 'Word' };
    const base = { id: idOf(c), author, body: c.text, createdAt: at, updatedAt: at, rev: 0, deleted: false };
    if (c.parentWordId && comments.some((p) => p.wordId === c.parentWordId)) {
      items.push({ kind: 'reply', parentId: idOf(comments.find((p) => p.wordId === c.parentWordId)!), ...base });
      continue;
    }
    const target = c.bookmark ? targets.get(c.bookmark) : undefined;
    if (!target) {
      unplaced++;
      items.push({ kind: 'comment', anchor: { elementId: METADATA_ID, field: 'title', lang: 'en' }, ...base });
      continue;
    }
    const raw = index.get(target.elementId)?.fields.find((f) => f.name === target.field)?.value[target.lang].text ?? '';
    const quote = c.quoted.trim() ? quoteFromPlainSpan(raw, c.quoted) ?? { exact: c.quoted, prefix: '', suffix: '' } : undefined;
    items.push({ kind: 'comment', anchor: { ...target, ...(quote ? { quote } : {}) }, ...base });
  }
  const createdAt = items.reduce((m, i) => (i.createdAt > m ? i.createdAt : m), EPOCH);
  const record = { hash: sha256Hex(canonicalJson(items)), source: 'docx' as const, createdAt, itemCount: items.length };
  return {
    state: { ...emptyReviewState(), items, imports: items.length ? [record] : [] },
    comments: items.length,
    unplaced,
    otherFramework: known === 0,
  };
}
