import { METADATA_ID, indexElements } from '../model/elements';
import type { Project } from '../model/project';
import { bookmarkTargets } from './bookmarks';
import { canonicalJson } from './canonicalJson';
import { emptyReviewState, ReviewItemSchema, type Resolution, type ReviewItem, type ReviewState } from './model';
import { quoteFromPlainSpan } from './plainQuote';
import { sha256Hex } from './sha256';
import type { TrackedSegment, UnplacedChange } from './trackedChanges';
import { trackedToSuggestions } from './trackedSuggestions';

/** A comment as read from a .docx (electron/services/review/wordComments.ts). */
export interface WordCommentIn {
  wordId: string;
  author: string;
  date: string;
  text: string;
  bookmark: string | null;
  quoted: string;
  parentWordId?: string;
  /** Resolved in Word (commentsExtended.xml). */
  done?: boolean;
}

/** One comment of the file not imported, and why; the rest of the file is. */
export interface ItemRefusal {
  code: 'reply-cycle' | 'comment-over-limits' | 'parent-refused';
  author: string;
  /** The start of the comment's text, to find it in Word. */
  excerpt: string;
  detail: string;
}

export interface WordImport {
  /** Items, resolutions and the import record, ready to merge into the project's review state. */
  state: ReviewState;
  comments: number;
  /** Tracked changes read as suggestions. */
  suggestions: number;
  /** Comments outside every field (on the cover note, say): attached to the document title, not dropped. */
  unplaced: number;
  /** Tracked changes that could not be put on one field's words, with the reason. */
  unplacedChanges: UnplacedChange[];
  /** Comments refused one by one (a reply chain that loops, a comment over the limits). */
  refused: ItemRefusal[];
  /** True when the file's review bookmarks belong to no field of this framework. */
  otherFramework: boolean;
}

const EPOCH = '1970-01-01T00:00:00.000Z';

function isoOr(date: string, fallback: string): string {
  const t = Date.parse(date);
  // LibreOffice writes e.g. 0000-00-00 or a year-less date for a comment without one.
  return Number.isFinite(t) && t > 0 ? new Date(t).toISOString() : fallback;
}

/** Comments whose chain of parents loops (a comment replying to itself, two replying to each other…) or leads into a loop. */
function inLoops(comments: readonly WordCommentIn[], byId: ReadonlyMap<string, WordCommentIn>): Set<string> {
  const bad = new Set<string>();
  const good = new Set<string>();
  for (const c of comments) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: WordCommentIn | undefined = c;
    let loops = false;
    while (cur) {
      if (good.has(cur.wordId)) break;
      if (bad.has(cur.wordId) || onPath.has(cur.wordId)) {
        loops = true;
        break;
      }
      path.push(cur.wordId);
      onPath.add(cur.wordId);
      cur = cur.parentWordId !== undefined ? byId.get(cur.parentWordId) : undefined;
    }
    for (const id of path) (loops ? bad : good).add(id);
  }
  return bad;
}

const fieldKeyOf = (a: { elementId: string; field: string; lang: string }) => `${a.elementId}|${a.field}|${a.lang}`;
const excerptOf = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * Word comments and tracked changes as review items. Ids are derived from content and place, so
 * importing the same file (or the same comments re-saved by LibreOffice, which renumbers them)
 * again brings nothing new. A comment that cannot be imported (its reply chain loops, it is over
 * the field limits, or its parent was refused) is refused alone, with its reason.
 */
export function wordCommentsToReview(
  project: Project,
  comments: readonly WordCommentIn[],
  bookmarks: ReadonlySet<string>,
  modified: string | null,
  from: { organisation?: string; country?: string } = {},
  fields: ReadonlyMap<string, readonly TrackedSegment[]> = new Map(),
  unplacedChanges: readonly UnplacedChange[] = [],
): WordImport {
  const targets = bookmarkTargets(project.framework);
  const index = indexElements(project.framework);
  const known = [...bookmarks].filter((b) => targets.has(b)).length;
  const fallback = isoOr(modified ?? '', EPOCH);
  const byId = new Map<string, WordCommentIn>();
  for (const c of comments) if (!byId.has(c.wordId)) byId.set(c.wordId, c);
  const looping = inLoops(comments, byId);

  // Ids from content, parents first (chains are loop-free here, so this ends; iterative for long chains).
  const ids = new Map<string, string>();
  const idOf = (c: WordCommentIn): string => {
    const chain: WordCommentIn[] = [];
    for (let cur: WordCommentIn | undefined = c; cur && !ids.has(cur.wordId); cur = cur.parentWordId !== undefined ? byId.get(cur.parentWordId) : undefined) chain.push(cur);
    for (const x of chain.reverse()) {
      const parent = x.parentWordId !== undefined ? byId.get(x.parentWordId) : undefined;
      ids.set(x.wordId, `w-${sha256Hex(canonicalJson([x.author, isoOr(x.date, fallback), x.bookmark, x.text, x.quoted, parent ? ids.get(parent.wordId)! : null])).slice(0, 24)}`);
    }
    return ids.get(c.wordId)!;
  };

  const items: ReviewItem[] = [];
  const resolutions: Resolution[] = [];
  const refused: ItemRefusal[] = [];
  const refusedIds = new Set<string>();
  let unplaced = 0;
  // Parents before replies, so a reply to a refused comment is refused too.
  const ordered = [...byId.values()].sort((a, b) => depth(a) - depth(b));
  function depth(c: WordCommentIn): number {
    let d = 0;
    for (let cur = c; !looping.has(cur.wordId) && cur.parentWordId !== undefined && byId.has(cur.parentWordId); cur = byId.get(cur.parentWordId)!) d++;
    return d;
  }
  for (const c of ordered) {
    const refuse = (code: ItemRefusal['code'], detail: string) => {
      refused.push({ code, author: c.author, excerpt: excerptOf(c.text), detail });
      refusedIds.add(c.wordId);
    };
    if (looping.has(c.wordId)) {
      refuse('reply-cycle', 'its chain of replies loops back on itself');
      continue;
    }
    const parent = c.parentWordId !== undefined ? byId.get(c.parentWordId) : undefined;
    if (parent && refusedIds.has(parent.wordId)) {
      refuse('parent-refused', 'the comment it replies to was refused');
      continue;
    }
    const at = isoOr(c.date, fallback);
    const author = { name: c.author.trim() || 'Word reviewer', organisation: from.organisation ?? '', country: from.country ?? '', role: 'Word' };
    const base = { id: idOf(c), author, body: c.text, createdAt: at, updatedAt: at, rev: 0, deleted: false };
    let item: ReviewItem;
    if (parent) item = { kind: 'reply', parentId: idOf(parent), ...base };
    else {
      const target = c.bookmark ? targets.get(c.bookmark) : undefined;
      if (!target) {
        unplaced++;
        item = { kind: 'comment', anchor: { elementId: METADATA_ID, field: 'title', lang: 'en' }, ...base };
      } else {
        const raw = index.get(target.elementId)?.fields.find((f) => f.name === target.field)?.value[target.lang].text ?? '';
        const quote = c.quoted.trim() ? quoteFromPlainSpan(raw, c.quoted) ?? { exact: c.quoted.slice(0, 5000), prefix: '', suffix: '' } : undefined;
        item = { kind: 'comment', anchor: { ...target, ...(quote ? { quote } : {}) }, ...base };
      }
    }
    const valid = ReviewItemSchema.safeParse(item);
    if (!valid.success) {
      refuse('comment-over-limits', valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      if (item.kind === 'comment' && !c.bookmark) unplaced--;
      continue;
    }
    items.push(valid.data);
    if (c.done && item.kind !== 'reply') resolutions.push({ itemId: item.id, resolved: true, by: author.name, updatedAt: at, rev: 0 });
  }

  const tracked = trackedToSuggestions(fields, targets, index, (d) => isoOr(d, fallback), from);
  // The review .docx carries the project's open suggestions as tracked changes: reading one back is
  // not a new suggestion (same field, same words, same replacement).
  const existing = new Set(
    project.review.items.filter((i) => i.kind === 'suggestion' && !i.deleted && i.anchor.quote).map((i) => (i.kind === 'suggestion' ? `${fieldKeyOf(i.anchor)}|${i.anchor.quote!.exact}|${i.replacement}` : '')),
  );
  tracked.items = tracked.items.filter((i) => !existing.has(`${fieldKeyOf(i.anchor)}|${i.anchor.quote!.exact}|${i.replacement}`));
  items.push(...tracked.items);
  const createdAt = items.reduce((m, i) => (i.createdAt > m ? i.createdAt : m), EPOCH);
  const record = { hash: sha256Hex(canonicalJson(items)), source: 'docx' as const, createdAt, itemCount: items.length };
  return {
    state: { ...emptyReviewState(), items, resolutions, imports: items.length ? [record] : [] },
    comments: items.length - tracked.items.length,
    suggestions: tracked.items.length,
    unplaced,
    unplacedChanges: [...unplacedChanges, ...tracked.unplaced],
    refused,
    otherFramework: known === 0,
  };
}
