import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { BOOKMARK_PREFIX } from '../../../shared/review/bookmarks';
import type { WordCommentIn } from '../../../shared/review/wordImport';

/**
 * Reading the comments a reviewer added to a review .docx in Word or LibreOffice: author, date and
 * text from comments.xml, threading and resolved state from commentsExtended.xml when present, and
 * where each comment is from document.xml — the review bookmark it sits in and the exact text it
 * covers. LibreOffice renumbers comment ids and drops threading on save, so nothing here relies
 * on ids surviving: comments are matched to fields by bookmark and to each other by content.
 */

/** A comment as read from the file; `done` is Word's resolved flag (commentsExtended.xml). */
export type WordComment = WordCommentIn & { done?: boolean };

export interface ReviewDocxContents {
  comments: WordComment[];
  /** Every review bookmark found in the document. */
  bookmarks: Set<string>;
  /** dcterms:modified of the file, used when a comment has no usable date. */
  modified: string | null;
}

export class DocxReadError extends Error {
  constructor(readonly code: 'not-a-docx' | 'not-a-review-docx') {
    super(code);
  }
}

type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false });

function tagOf(n: XNode): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}
function kids(n: XNode): XNode[] {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}
function attr(n: XNode, name: string): string | undefined {
  return n[':@']?.[name];
}
/** Properties: no text in them, and a paragraph's tab stops are <w:tab> elements too. */
const PROPERTIES = new Set(['w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr']);

/** What a run element adds to the text besides <w:t>: a tab or a line break. */
function runCharacter(tag: string): string {
  return tag === 'w:tab' ? '\t' : tag === 'w:br' || tag === 'w:cr' ? '\n' : '';
}

function textOf(nodes: XNode[]): string {
  let out = '';
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === '#text') out += String(n['#text']);
    else if (PROPERTIES.has(t)) continue;
    else out += runCharacter(t) || textOf(kids(n));
  }
  return out;
}

/** First review bookmark started inside a subtree. */
function firstBookmark(nodes: XNode[]): string | null {
  for (const n of nodes) {
    if (tagOf(n) === 'w:bookmarkStart' && attr(n, 'w:name')?.startsWith(BOOKMARK_PREFIX)) return attr(n, 'w:name')!;
    const inner = firstBookmark(kids(n));
    if (inner) return inner;
  }
  return null;
}

export async function readReviewDocx(bytes: Uint8Array): Promise<ReviewDocxContents> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxReadError('not-a-docx');
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!documentXml) throw new DocxReadError('not-a-docx');
  const doc = parser.parse(documentXml) as XNode[];

  const places = new Map<string, { bookmark: string | null; quoted: string }>();
  const bookmarks = new Set<string>();
  const open = new Map<string, string>(); // bookmark w:id → name
  const active = new Set<string>();
  let paragraphBookmark: string | null = null;
  let last: string | null = null;
  const target = () => [...open.values()].at(-1) ?? paragraphBookmark ?? last;

  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      const t = tagOf(n);
      switch (t) {
        case 'w:p': {
          const saved = paragraphBookmark;
          paragraphBookmark = firstBookmark(kids(n));
          walk(kids(n));
          paragraphBookmark = saved;
          break;
        }
        case 'w:bookmarkStart': {
          const name = attr(n, 'w:name');
          if (name?.startsWith(BOOKMARK_PREFIX)) {
            open.set(attr(n, 'w:id') ?? name, name);
            bookmarks.add(name);
            last = name;
          }
          break;
        }
        case 'w:bookmarkEnd':
          open.delete(attr(n, 'w:id') ?? '');
          break;
        case 'w:commentRangeStart': {
          const id = attr(n, 'w:id') ?? '';
          places.set(id, { bookmark: target(), quoted: '' });
          active.add(id);
          break;
        }
        case 'w:commentRangeEnd':
          active.delete(attr(n, 'w:id') ?? '');
          break;
        case 'w:commentReference': {
          const id = attr(n, 'w:id') ?? '';
          if (!places.has(id)) places.set(id, { bookmark: target(), quoted: '' });
          break;
        }
        case 'w:t':
        case 'w:delText': {
          if (active.size > 0) {
            const s = textOf(kids(n));
            for (const id of active) places.get(id)!.quoted += s;
          }
          break;
        }
        case 'w:tab':
        case 'w:br':
        case 'w:cr':
          // The review .docx writes a field's tabs and line breaks so; they are part of the words a comment covers.
          for (const id of active) places.get(id)!.quoted += runCharacter(t);
          break;
        case '#text':
          break;
        default:
          if (!PROPERTIES.has(t)) walk(kids(n));
      }
    }
  };
  walk(doc);
  if (bookmarks.size === 0) throw new DocxReadError('not-a-review-docx');

  // Threading and resolved state (Word): commentEx by the paraId of each comment's last paragraph.
  const extended = new Map<string, { parent?: string; done?: boolean }>();
  const extXml = await zip.file('word/commentsExtended.xml')?.async('string');
  if (extXml) {
    const visit = (nodes: XNode[]) => {
      for (const n of nodes) {
        if (tagOf(n) === 'w15:commentEx') extended.set(attr(n, 'w15:paraId') ?? '', { parent: attr(n, 'w15:paraIdParent'), done: attr(n, 'w15:done') === '1' });
        visit(kids(n));
      }
    };
    visit(parser.parse(extXml) as XNode[]);
  }

  const comments: WordComment[] = [];
  const byParaId = new Map<string, string>();
  const commentsXml = await zip.file('word/comments.xml')?.async('string');
  if (commentsXml) {
    const visit = (nodes: XNode[]) => {
      for (const n of nodes) {
        if (tagOf(n) !== 'w:comment') {
          visit(kids(n));
          continue;
        }
        const paras = kids(n).filter((p) => tagOf(p) === 'w:p');
        const paraId = paras.length ? attr(paras[paras.length - 1], 'w14:paraId') : undefined;
        const id = attr(n, 'w:id') ?? '';
        if (paraId) byParaId.set(paraId, id);
        const place = places.get(id);
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
      }
    };
    visit(parser.parse(commentsXml) as XNode[]);
  }
  for (const c of comments) if (c.parentWordId) c.parentWordId = byParaId.get(c.parentWordId);

  const core = await zip.file('docProps/core.xml')?.async('string');
  const modified = core?.match(/<dcterms:modified[^>]*>([^<]+)</)?.[1] ?? null;
  return { comments, bookmarks, modified };
}
