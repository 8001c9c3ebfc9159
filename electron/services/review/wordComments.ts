import type { TrackedSegment, UnplacedChange } from '../../../shared/review/trackedChanges';
import type { WordCommentIn } from '../../../shared/review/wordImport';
import { DocxRefusalError } from './docxRead/docxRefusal';
import { walkDocument } from './docxRead/documentWalk';
import { openDocxZip, DOCX_LIMITS, type DocxLimits } from './docxRead/safeZip';
import { attr, kids, parsePart, tagOf, textOf, type XNode } from './docxRead/xmlNodes';

/**
 * Reading what a reviewer did to a review .docx in Word or LibreOffice: comments (author, date and
 * text from comments.xml, threading and resolved state from commentsExtended.xml when present,
 * and where each comment is from document.xml — the review bookmark it sits in and the exact text
 * it covers) and tracked changes per field (docxRead/documentWalk.ts). LibreOffice renumbers
 * comment ids and drops threading on save, so nothing here relies on ids surviving: comments are
 * matched to fields by bookmark and to each other by content.
 *
 * The file is not trusted: docxRead/safeZip.ts refuses bombs and damaged parts, parsePart refuses
 * XML that is not well-formed, each with a code naming the part. Run it in a worker
 * (docxRead/isolatedRead.ts) so that whatever is left — time, memory — cannot take the app down.
 */

/** A comment as read from the file; `done` is Word's resolved flag (commentsExtended.xml). */
export type WordComment = WordCommentIn & { done?: boolean };

export interface ReviewDocxContents {
  comments: WordComment[];
  /** Every review bookmark found in the document. */
  bookmarks: Set<string>;
  /** Per review bookmark: the field's words with the tracked changes in them. */
  fields: Map<string, TrackedSegment[]>;
  /** Tracked changes that are not on one field's words. */
  unplaced: UnplacedChange[];
  /** dcterms:modified of the file, used when a comment has no usable date. */
  modified: string | null;
}

/** @deprecated name kept for callers: every refusal is a DocxRefusalError with a code and a part. */
export { DocxRefusalError as DocxReadError };

const DOCUMENT = 'word/document.xml';

export async function readReviewDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<ReviewDocxContents> {
  const zip = await openDocxZip(bytes, limits);
  if (!zip.has('[Content_Types].xml')) throw new DocxRefusalError(zip.has(DOCUMENT) ? 'part-missing' : 'not-a-docx', '[Content_Types].xml', 'a .docx always has this part');
  const documentXml = zip.text(DOCUMENT);
  if (documentXml === undefined) throw new DocxRefusalError('part-missing', DOCUMENT, 'the document itself is missing');
  const reading = walkDocument(parsePart(documentXml, DOCUMENT));
  if (reading.bookmarks.size === 0) throw new DocxRefusalError('not-a-review-docx', DOCUMENT, 'no review bookmarks: not a review .docx made by this app');

  // Threading and resolved state (Word): commentEx by the paraId of each comment's last paragraph.
  const extended = new Map<string, { parent?: string; done?: boolean }>();
  const extXml = zip.text('word/commentsExtended.xml');
  if (extXml !== undefined) {
    forEach(parsePart(extXml, 'word/commentsExtended.xml'), 'w15:commentEx', (n) =>
      extended.set(attr(n, 'w15:paraId') ?? '', { parent: attr(n, 'w15:paraIdParent'), done: attr(n, 'w15:done') === '1' }),
    );
  }

  const comments: WordComment[] = [];
  const byParaId = new Map<string, string>();
  const commentsXml = zip.text('word/comments.xml');
  if (commentsXml !== undefined) {
    forEach(parsePart(commentsXml, 'word/comments.xml'), 'w:comment', (n) => {
      const paras = kids(n).filter((p) => tagOf(p) === 'w:p');
      const paraId = paras.length ? attr(paras[paras.length - 1], 'w14:paraId') : undefined;
      const id = attr(n, 'w:id') ?? '';
      if (paraId) byParaId.set(paraId, id);
      const place = reading.places.get(id);
      const ext = paraId ? extended.get(paraId) : undefined;
      comments.push({
        wordId: id,
        author: attr(n, 'w:author') ?? '',
        date: attr(n, 'w:date') ?? '',
        text: paras.map((p) => textOf(kids(p))).join('\n').trim(),
        bookmark: place?.bookmark ?? null,
        quoted: place?.quoted ?? '',
        ...(ext?.parent ? { parentWordId: ext.parent } : {}),
        ...(ext?.done ? { done: true } : {}),
      });
    });
  }
  for (const c of comments) if (c.parentWordId) c.parentWordId = byParaId.get(c.parentWordId);

  const core = zip.text('docProps/core.xml');
  const modified = core?.match(/<dcterms:modified[^>]*>([^<]+)</)?.[1] ?? null;
  return { comments, bookmarks: reading.bookmarks, fields: reading.fields, unplaced: reading.unplaced, modified };
}

/** Every element named `tag`, in document order (iterative: no recursion on hostile nesting). */
function forEach(nodes: XNode[], tag: string, fn: (n: XNode) => void): void {
  const stack = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (tagOf(n) === tag) fn(n);
    else stack.push(...[...kids(n)].reverse());
  }
}
