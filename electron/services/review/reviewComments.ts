import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions } from 'docx';
import type { ElementRef } from '../../../shared/model/elements';
import { resolveAnchor } from '../../../shared/review/anchors';
import { DECISION_NAMES } from '../../../shared/review/matrix';
import type { Thread } from '../../../shared/review/threads';
import { textRuns } from '../word/runs';
import type { Mark } from './fieldRuns';

/**
 * The project's comments and suggestions as Word comments in the review .docx: each thread is its
 * root and its replies (replies answer the root, all carry the thread's resolved state), on the
 * words the root quotes when they are still in the field, else on the whole field. The library
 * writes comments.xml and the threads and resolved state (commentsExtended.xml).
 */

const who = (a: { name: string; country: string }) => (a.country ? `${a.name} (${a.country})` : a.name);
const lines = (text: string) => text.split(/\r\n|\n|\r/);

/** A comment's date, left out when it does not parse. */
function date(iso: string): Date | undefined {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(Math.floor(t / 1000) * 1000) : undefined;
}

/** A comment's text: a paragraph per line (that is how Word and the importer read comment text). */
function paragraphs(texts: readonly string[]): Paragraph[] {
  const all = texts.length ? texts : [''];
  return all.map((t) => new Paragraph({ children: t ? textRuns(t) : [] }));
}

/** The Word comments of a thread, ids from `nextId` (the document's one annotation id sequence). */
export function threadComments(t: Thread, nextId: () => number): ICommentOptions[] {
  const d = t.disposition;
  const body = [
    ...(t.root.kind === 'suggestion' ? [`Suggested text / 建议文字: ${t.root.replacement}`] : []),
    ...(t.root.body ? [t.root.body] : []),
    ...(d ? [`${DECISION_NAMES[d.decision].en} / ${DECISION_NAMES[d.decision].zh}${d.response.en || d.response.zh ? `: ${[d.response.en, d.response.zh].filter(Boolean).join(' / ')}` : ''}`] : []),
  ];
  const root: ICommentOptions = { id: nextId(), author: who(t.root.author), date: date(t.root.createdAt), resolved: t.resolved, children: paragraphs(body.flatMap(lines)) };
  const replies = t.replies.map((r): ICommentOptions => ({ id: nextId(), parentId: root.id, author: who(r.author), date: date(r.createdAt), resolved: t.resolved, children: paragraphs(lines(r.body)) }));
  return [root, ...replies];
}

/**
 * Where a thread's comments start and end in its field's stored text: the quoted words when the
 * anchor still finds them, else the whole field. A thread's comments share one range (Word and
 * LibreOffice show a reply under its parent only when it covers the same text).
 */
export function threadMarks(t: Thread, comments: readonly ICommentOptions[], index: ReadonlyMap<string, ElementRef>, text: string): { starts: Mark[]; ends: Mark[] } {
  const r = resolveAnchor(t.root.anchor, index);
  const exact = r.status === 'ok' && r.start !== undefined && r.end !== undefined && r.start < r.end;
  const from = exact ? r.start! : 0;
  const to = exact ? r.end! : text.length;
  return {
    starts: comments.map((c) => ({ at: from, children: [new CommentRangeStart(c.id)] })),
    ends: comments.map((c) => ({ at: to, children: [new CommentRangeEnd(c.id), new TextRun({ children: [new CommentReference(c.id)] })] })),
  };
}
