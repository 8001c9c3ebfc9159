import type { Language } from '../model/bilingual';
import { indexElements } from '../model/elements';
import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';
import { editTextPatches } from '../model/operations/text';
import { resolveQuote } from './anchors';
import { nextEditTime } from './identity';
import { mergeReviewStates } from './merge';
import type { Anchor, Decision, Reviewer, ReviewItem, ReviewState, SuggestionItem } from './model';
import { emptyReviewState } from './model';
import { ProblemError } from '../ipc/problem';

/**
 * Review operations compiled to patches for `applyChange`, so each is one undoable step. They
 * replace the whole `review` slot: simple, and review mode only allows patches under `review`.
 */

export interface Change {
  /** i18n key of the undo label. */
  label: string;
  patches: Patch[];
}

function reviewOf(project: Pick<Project, 'review'>): ReviewState {
  return project.review ?? emptyReviewState();
}

function setReview(state: ReviewState): Patch {
  return { op: 'replace', path: ['review'], value: state };
}

function withItems(state: ReviewState, items: ReviewItem[]): ReviewState {
  return mergeReviewStates(state, { ...emptyReviewState(), items });
}

export interface NewItemBase {
  id: string;
  author: Reviewer;
  now: string;
  body: string;
  baseHash?: string;
}

/** A new comment on `anchor`. */
export function addComment(project: Project, p: NewItemBase & { anchor: Anchor }): Change {
  const item: ReviewItem = { kind: 'comment', id: p.id, anchor: p.anchor, author: p.author, body: p.body, createdAt: p.now, updatedAt: p.now, rev: 0, deleted: false, ...(p.baseHash ? { baseHash: p.baseHash } : {}) };
  return { label: 'review.undo.addComment', patches: [setReview(withItems(reviewOf(project), [item]))] };
}

/**
 * A suggestion: `{ quote → replacement }` — new words for exactly the quoted words of a field
 * in one language (anchored like a comment, so it is found again after edits elsewhere). Without
 * a quote it replaces the whole text. `original` is the field's text when it was made.
 */
export function addSuggestion(project: Project, p: NewItemBase & { anchor: Anchor; replacement: string }): Change {
  const field = indexElements(project.framework).get(p.anchor.elementId)?.fields.find((f) => f.name === p.anchor.field);
  const original = field ? field.value[p.anchor.lang].text : '';
  const item: SuggestionItem = { kind: 'suggestion', id: p.id, anchor: { ...p.anchor }, original, replacement: p.replacement, author: p.author, body: p.body, createdAt: p.now, updatedAt: p.now, rev: 0, deleted: false, ...(p.baseHash ? { baseHash: p.baseHash } : {}) };
  if (!item.anchor.quote) delete item.anchor.quote;
  return { label: 'review.undo.addSuggestion', patches: [setReview(withItems(reviewOf(project), [item]))] };
}

/** A reply in the thread of `parentId`. */
export function addReply(project: Project, p: NewItemBase & { parentId: string }): Change {
  const item: ReviewItem = { kind: 'reply', id: p.id, parentId: p.parentId, author: p.author, body: p.body, createdAt: p.now, updatedAt: p.now, rev: 0, deleted: false, ...(p.baseHash ? { baseHash: p.baseHash } : {}) };
  return { label: 'review.undo.addReply', patches: [setReview(withItems(reviewOf(project), [item]))] };
}

/** The author edits (or withdraws) their item: a new revision, which wins over older copies on merge. */
export function editItem(project: Project, id: string, change: { body?: string; replacement?: string; deleted?: boolean }, now: string): Change {
  const state = reviewOf(project);
  const item = state.items.find((i) => i.id === id);
  if (!item) throw new ProblemError('no-such-item', { id });
  const next = { ...item, ...(change.body !== undefined ? { body: change.body } : {}), ...(change.deleted !== undefined ? { deleted: change.deleted } : {}), rev: item.rev + 1, updatedAt: nextEditTime(item.updatedAt, now) } as ReviewItem;
  if (next.kind === 'suggestion' && change.replacement !== undefined) next.replacement = change.replacement;
  return { label: change.deleted ? 'review.undo.withdraw' : 'review.undo.edit', patches: [setReview(withItems(state, [next]))] };
}

function nextRev(records: readonly { itemId: string; rev: number }[], itemId: string): number {
  const prev = records.find((r) => r.itemId === itemId);
  return prev ? prev.rev + 1 : 0;
}

/** Resolve or reopen a thread. */
export function setResolved(project: Project, itemId: string, resolved: boolean, by: string, now: string): Change {
  const state = reviewOf(project);
  const rec = { itemId, resolved, by, updatedAt: now, rev: nextRev(state.resolutions, itemId) };
  return {
    label: resolved ? 'review.undo.resolve' : 'review.undo.reopen',
    patches: [setReview(mergeReviewStates(state, { ...emptyReviewState(), resolutions: [rec] }))],
  };
}

/** Record the drafter's decision and response on a comment or suggestion. */
export function setDisposition(
  project: Project,
  itemId: string,
  d: { decision: Decision; response: { en: string; zh: string }; applied?: boolean },
  by: string,
  now: string,
): Change {
  const state = reviewOf(project);
  const prev = state.dispositions.find((x) => x.itemId === itemId);
  const rec = { itemId, decision: d.decision, response: d.response, applied: d.applied ?? prev?.applied ?? false, decidedBy: by, updatedAt: now, rev: nextRev(state.dispositions, itemId) };
  return { label: 'review.undo.disposition', patches: [setReview(mergeReviewStates(state, { ...emptyReviewState(), dispositions: [rec] }))] };
}

/**
 * The field's text once a suggestion is applied: a suggestion on quoted words replaces exactly
 * those words (found again as comments are: by the words and their context); one without a quote
 * (made before suggestions quoted words) replaces the whole text. Throws `text-changed` with the
 * old and the current words when the quoted words are no longer there.
 */
export function appliedText(text: string, s: SuggestionItem): string {
  if (!s.anchor.quote) return s.replacement;
  const r = resolveQuote(text, s.anchor.quote);
  if (r.status !== 'found') {
    throw new ProblemError('text-changed', { oldText: r.oldText, currentText: r.currentText });
  }
  return text.slice(0, r.start) + s.replacement + text.slice(r.end);
}

/**
 * Accept a suggestion: its replacement goes in place of the quoted words (an ordinary edit,
 * undone with the rest of this step), the suggestion is marked accepted and its thread resolved.
 * As every edit, it makes this language a draft and flags the other language, if written, as
 * needing review (the export pre-flight lists it), unless this language was itself the one
 * waiting for review.
 */
export function acceptSuggestion(project: Project, itemId: string, by: string, now: string, response = { en: '', zh: '' }): Change {
  const s = reviewOf(project).items.find((i): i is SuggestionItem => i.id === itemId && i.kind === 'suggestion');
  if (!s) throw new ProblemError('no-such-item', { id: itemId });
  const field = indexElements(project.framework).get(s.anchor.elementId)?.fields.find((f) => f.name === s.anchor.field);
  if (!field) throw new ProblemError('element-missing', { elementId: s.anchor.elementId });
  const lang: Language = s.anchor.lang;
  const text = appliedText(field.value[lang].text, s);
  const textPatches: Patch[] = editTextPatches(field.path, field.value, lang, text);
  const withDecision = setDisposition(project, itemId, { decision: 'accepted', response, applied: true }, by, now).patches[0] as Extract<Patch, { op: 'replace' }>;
  const afterDecision = { ...project, review: withDecision.value as ReviewState };
  const resolved = setResolved(afterDecision, itemId, true, by, now).patches[0];
  return { label: 'review.undo.acceptSuggestion', patches: [...textPatches, resolved] };
}

/** Reject a suggestion: marked not accepted (with the response) and resolved; the text is untouched. */
export function rejectSuggestion(project: Project, itemId: string, by: string, now: string, response = { en: '', zh: '' }): Change {
  const withDecision = setDisposition(project, itemId, { decision: 'not-accepted', response, applied: false }, by, now).patches[0] as Extract<Patch, { op: 'replace' }>;
  const resolved = setResolved({ ...project, review: withDecision.value as ReviewState }, itemId, true, by, now).patches[0];
  return { label: 'review.undo.rejectSuggestion', patches: [resolved] };
}
