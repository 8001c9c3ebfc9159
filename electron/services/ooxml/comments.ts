import { DECLARATION, NS } from './packageParts';
import { textRunXml } from './runs';
import { xmlEscape } from './xmlText';

/**
 * Word comments: word/comments.xml (author, date, text), word/commentsExtended.xml (Word 2013's
 * threads and resolved state), and the markers in the document that tie each comment to the text
 * it is about.
 *
 * Threading in Word is by paragraph, not by comment id: each comment's last paragraph has a
 * w14:paraId, and a reply's commentEx names its parent's paraId in w15:paraIdParent; w15:done="1"
 * marks a resolved comment. Word and LibreOffice show a reply under its parent only when the reply
 * covers the same text, so replies get their own range markers at the same place.
 */

const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export interface WordCommentOut {
  /** The annotation id the document's markers use (unique among the document's annotations). */
  id: number;
  author: string;
  /** ISO timestamp; left out of the file when it does not parse. */
  date: string;
  /** The text, a paragraph per entry (a line break or tab inside one is kept). At least one. */
  paragraphs: readonly string[];
  /** The comment this one answers. */
  parentId?: number;
  /** Resolved. */
  done: boolean;
}

/** Where a comment starts (before the first character it covers). */
export function commentStartXml(id: number): string {
  return `<w:commentRangeStart w:id="${id}"/>`;
}

/** Where a comment ends, and its mark in the text. */
export function commentEndXml(id: number): string {
  return `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
}

/** Word's dates: seconds, UTC. */
function wordDate(iso: string): string | null {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? `${new Date(t).toISOString().slice(0, 19)}Z` : null;
}

/** The paraIds of each comment's paragraphs: eight hex digits, 1 and up (Word wants 0 < id < 0x80000000). */
function paraIds(comments: readonly WordCommentOut[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let next = 1;
  for (const c of comments) {
    const ids: string[] = [];
    for (let i = 0; i < Math.max(1, c.paragraphs.length); i++) ids.push((next++).toString(16).toUpperCase().padStart(8, '0'));
    out.set(c.id, ids);
  }
  return out;
}

/** word/comments.xml. */
export function commentsXml(comments: readonly WordCommentOut[]): string {
  const ids = paraIds(comments);
  let body = '';
  for (const c of comments) {
    const date = wordDate(c.date);
    const paragraphs = c.paragraphs.length ? c.paragraphs : [''];
    const ps = ids.get(c.id)!;
    body += `<w:comment w:id="${c.id}" w:author="${xmlEscape(c.author)}"${date ? ` w:date="${date}"` : ''}>`;
    paragraphs.forEach((text, i) => {
      // The annotation mark opens a comment's first paragraph, as Word writes it.
      const content = (i === 0 ? '<w:r><w:annotationRef/></w:r>' : '') + (text ? textRunXml(text) : '');
      body += `<w:p w14:paraId="${ps[i]}">${content}</w:p>`;
    });
    body += '</w:comment>';
  }
  return DECLARATION + `<w:comments xmlns:w="${NS.w}" xmlns:w14="${W14}" xmlns:mc="${MC}" mc:Ignorable="w14">${body}</w:comments>`;
}

/** word/commentsExtended.xml: threads and resolved state, by each comment's last paragraph. */
export function commentsExtendedXml(comments: readonly WordCommentOut[]): string {
  const ids = paraIds(comments);
  const last = (id: number) => ids.get(id)?.at(-1);
  let body = '';
  for (const c of comments) {
    const parent = c.parentId !== undefined ? last(c.parentId) : undefined;
    if (c.parentId !== undefined && !parent) throw new Error(`Comment ${c.id} answers comment ${c.parentId}, which is not written`);
    body += `<w15:commentEx w15:paraId="${last(c.id)}"${parent ? ` w15:paraIdParent="${parent}"` : ''} w15:done="${c.done ? 1 : 0}"/>`;
  }
  return DECLARATION + `<w15:commentsEx xmlns:w15="${W15}" xmlns:mc="${MC}" mc:Ignorable="w15">${body}</w15:commentsEx>`;
}
