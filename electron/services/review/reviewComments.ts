import type { ElementRef } from '../../../shared/model/elements';
import { resolveAnchor } from '../../../shared/review/anchors';
import { DECISION_NAMES } from '../../../shared/review/matrix';
import type { Thread } from '../../../shared/review/threads';
import { commentEndXml, commentStartXml, type WordCommentOut } from '../ooxml/comments';
import type { Mark } from './fieldRuns';

/**
 * The project's comments and suggestions as Word comments in the review .docx: each thread is its
 * root and its replies (replies answer the root, all carry the thread's resolved state), on the
 * words the root quotes when they are still in the field, else on the whole field.
 */

const who = (a: { name: string; country: string }) => (a.country ? `${a.name} (${a.country})` : a.name);
const lines = (text: string) => text.split(/\r\n|\n|\r/);

/** The Word comments of a thread, ids from `nextId`. */
export function threadComments(t: Thread, nextId: () => number): WordCommentOut[] {
  const d = t.disposition;
  const body = [
    ...(t.root.kind === 'suggestion' ? [`Suggested text / 建议文字: ${t.root.replacement}`] : []),
    ...(t.root.body ? [t.root.body] : []),
    ...(d ? [`${DECISION_NAMES[d.decision].en} / ${DECISION_NAMES[d.decision].zh}${d.response.en || d.response.zh ? `: ${[d.response.en, d.response.zh].filter(Boolean).join(' / ')}` : ''}`] : []),
  ];
  // A line break in a comment becomes a paragraph of its own: that is how Word and the importer read comment text.
  const root: WordCommentOut = { id: nextId(), author: who(t.root.author), date: t.root.createdAt, done: t.resolved, paragraphs: body.flatMap(lines) };
  const replies = t.replies.map((r): WordCommentOut => ({ id: nextId(), parentId: root.id, author: who(r.author), date: r.createdAt, done: t.resolved, paragraphs: lines(r.body) }));
  return [root, ...replies];
}

/**
 * Where a thread's comments start and end in its field's stored text: the quoted words when the
 * anchor still finds them, else the whole field. A thread's comments share one range.
 */
export function threadMarks(t: Thread, comments: readonly WordCommentOut[], index: ReadonlyMap<string, ElementRef>, text: string): { starts: Mark[]; ends: Mark[] } {
  const r = resolveAnchor(t.root.anchor, index);
  const exact = r.status === 'ok' && r.start !== undefined && r.end !== undefined && r.start < r.end;
  const from = exact ? r.start! : 0;
  const to = exact ? r.end! : text.length;
  return {
    starts: comments.map((c) => ({ at: from, xml: commentStartXml(c.id) })),
    ends: comments.map((c) => ({ at: to, xml: commentEndXml(c.id) })),
  };
}
