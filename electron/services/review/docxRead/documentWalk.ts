import { BOOKMARK_PREFIX } from '../../../../shared/review/bookmarks';
import type { TrackedSegment, UnplacedChange, UnplacedReason } from '../../../../shared/review/trackedChanges';
import { PROPERTIES, attr, kids, runCharacter, tagOf, textOf, type XNode } from './xmlNodes';

/**
 * One pass over document.xml of a review .docx: the review bookmarks (one per field and
 * language), where each Word comment sits and the words it covers, and the tracked changes
 * (`w:ins`, `w:del`) inside each bookmark as segments of the field's text. What cannot be put on
 * one field is listed with its reason: changes outside every bookmark, paragraph marks inserted or
 * deleted (two fields joined or one split), table structure, formatting, moves.
 *
 * Iterative (an explicit stack), so a document nested thousands deep cannot overflow the stack.
 */

export interface CommentPlace {
  bookmark: string | null;
  quoted: string;
}

export interface DocumentReading {
  places: Map<string, CommentPlace>;
  bookmarks: Set<string>;
  /** Per review bookmark: the field's text as segments, in order. */
  fields: Map<string, TrackedSegment[]>;
  unplaced: UnplacedChange[];
}

interface Change {
  kind: 'ins' | 'del';
  author: string;
  date: string;
}

const FORMAT_CHANGES = new Set(['w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:numberingChange']);
const TABLE_CHANGES = new Set(['w:tblPrChange', 'w:tblPrExChange', 'w:trPrChange', 'w:tcPrChange', 'w:tblGridChange', 'w:cellIns', 'w:cellDel', 'w:cellMerge']);

function hasReviewBookmark(nodes: XNode[]): boolean {
  const stack = [...nodes];
  while (stack.length) {
    const n = stack.pop()!;
    const t = tagOf(n);
    if ((t === 'w:bookmarkStart' && attr(n, 'w:name')?.startsWith(BOOKMARK_PREFIX)) || t === 'w:bookmarkEnd') return true;
    stack.push(...kids(n));
  }
  return false;
}

export function walkDocument(doc: XNode[]): DocumentReading {
  const places = new Map<string, CommentPlace>();
  const bookmarks = new Set<string>();
  const fields = new Map<string, { seg: TrackedSegment; para: number }[]>();
  const unplaced: (UnplacedChange & { para?: number })[] = [];
  const open = new Map<string, string>(); // bookmark w:id → name
  const active = new Set<string>(); // open comment ranges
  const markChanged = new Map<number, Change>(); // paragraph index → change on its mark
  let paragraphBookmark: string | null = null;
  let last: string | null = null;
  let para = -1;
  let change: Change | null = null;
  const current = () => [...open.values()].at(-1) ?? null;
  const commentTarget = () => current() ?? paragraphBookmark ?? last;

  const addText = (s: string, kind: TrackedSegment['kind'] | 'moved') => {
    for (const id of active) places.get(id)!.quoted += s;
    const bm = current();
    if (!bm || kind === 'moved') return;
    const list = fields.get(bm) ?? [];
    const prev = list.at(-1);
    const author = kind === 'same' ? undefined : change?.author;
    if (prev && prev.para === para && prev.seg.kind === kind && prev.seg.author === author && prev.seg.date === (kind === 'same' ? undefined : change?.date)) prev.seg.text += s;
    else list.push({ seg: { kind, text: s, ...(kind !== 'same' ? { author: change?.author ?? '', date: change?.date ?? '' } : {}) }, para });
    fields.set(bm, list);
  };
  const note = (reason: UnplacedReason, n: XNode, text = '') =>
    unplaced.push({ reason, author: attr(n, 'w:author') ?? '', date: attr(n, 'w:date') ?? '', text, ...(current() ? { bookmark: current()! } : {}), para });

  /** Properties carry formatting changes, table-structure changes and tracked paragraph marks. */
  const scanProperties = (n: XNode, tag: string) => {
    const stack: { n: XNode; parent: string }[] = kids(n).map((k) => ({ n: k, parent: tag }));
    while (stack.length) {
      const { n: k, parent } = stack.pop()!;
      const t = tagOf(k);
      if (FORMAT_CHANGES.has(t)) note(parent === 'w:trPr' || parent === 'w:tcPr' ? 'table-structure' : 'formatting-only', k);
      else if (TABLE_CHANGES.has(t)) note('table-structure', k);
      else if ((t === 'w:ins' || t === 'w:del') && parent === 'w:trPr') note('table-structure', k);
      else if ((t === 'w:ins' || t === 'w:del') && tag === 'w:pPr' && parent === 'w:rPr') markChanged.set(para, { kind: t === 'w:ins' ? 'ins' : 'del', author: attr(k, 'w:author') ?? '', date: attr(k, 'w:date') ?? '' });
      else stack.push(...kids(k).map((c) => ({ n: c, parent: t })));
    }
  };

  type Frame = { nodes: XNode[]; i: number; exit?: () => void; kind: TrackedSegment['kind'] | 'moved' };
  const stack: Frame[] = [{ nodes: doc, i: 0, kind: 'same' }];
  while (stack.length) {
    const f = stack.at(-1)!;
    if (f.i >= f.nodes.length) {
      stack.pop();
      f.exit?.();
      continue;
    }
    const n = f.nodes[f.i++];
    const t = tagOf(n);
    const kind = f.kind;
    const enter = (nodes: XNode[], k: Frame['kind'], exit?: () => void) => stack.push({ nodes, i: 0, kind: k, exit });
    switch (t) {
      case 'w:p': {
        const saved = paragraphBookmark;
        para++;
        paragraphBookmark = firstBookmark(kids(n));
        enter(kids(n), kind, () => (paragraphBookmark = saved));
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
        places.set(id, { bookmark: commentTarget(), quoted: '' });
        active.add(id);
        break;
      }
      case 'w:commentRangeEnd':
        active.delete(attr(n, 'w:id') ?? '');
        break;
      case 'w:commentReference': {
        const id = attr(n, 'w:id') ?? '';
        if (!places.has(id)) places.set(id, { bookmark: commentTarget(), quoted: '' });
        break;
      }
      case 'w:ins':
      case 'w:del': {
        const c: Change = { kind: t === 'w:ins' ? 'ins' : 'del', author: attr(n, 'w:author') ?? '', date: attr(n, 'w:date') ?? '' };
        if (!current() || hasReviewBookmark(kids(n))) {
          // Not inside one field: listed; a deletion's words stay part of the field's text as it was.
          note(current() ? 'spans-fields' : 'outside-field', n, textOf(kids(n)));
          enter(kids(n), c.kind === 'del' ? 'same' : 'moved');
          break;
        }
        const saved = change;
        change = c;
        enter(kids(n), c.kind, () => (change = saved));
        break;
      }
      case 'w:moveFrom':
      case 'w:moveTo':
        note('move', n, textOf(kids(n)));
        // The moved words stay where they were (as the field's text); their new place is not read.
        enter(kids(n), t === 'w:moveFrom' ? 'same' : 'moved');
        break;
      case 'w:t':
      case 'w:delText':
        addText(textOf(kids(n)), kind);
        break;
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        // The review .docx writes a field's tabs and line breaks so; they are part of its words.
        addText(runCharacter(t), kind);
        break;
      case '#text':
        break;
      default:
        if (PROPERTIES.has(t)) scanProperties(n, t);
        else enter(kids(n), kind);
    }
  }

  // A tracked paragraph mark joins two fields or splits one: the changes in that paragraph and the
  // next cannot be put on one field. They are listed once per paragraph and author, and left out.
  const spanning = new Set<number>();
  for (const p of markChanged.keys()) spanning.add(p).add(p + 1);
  const listed = new Set<number>();
  const out = new Map<string, TrackedSegment[]>();
  for (const [bm, list] of fields) {
    const segs: TrackedSegment[] = [];
    for (const { seg, para: p } of list) {
      if (spanning.has(p) && seg.kind !== 'same') {
        const mark = markChanged.get(p) ?? markChanged.get(p - 1)!;
        unplaced.push({ reason: 'spans-fields', author: seg.author || mark.author, date: seg.date || mark.date, text: seg.text, bookmark: bm });
        listed.add(markChanged.has(p) ? p : p - 1);
        if (seg.kind === 'del') segs.push({ kind: 'same', text: seg.text });
        continue;
      }
      const prev = segs.at(-1);
      if (prev && prev.kind === 'same' && seg.kind === 'same') prev.text += seg.text;
      else segs.push({ ...seg });
    }
    out.set(bm, segs);
  }
  for (const [p, c] of markChanged) {
    if (!listed.has(p)) unplaced.push({ reason: 'spans-fields', author: c.author, date: c.date, text: '', para: p });
  }
  return { places, bookmarks, fields: out, unplaced: unplaced.map(({ para: _p, ...u }) => u) };
}

/** First review bookmark started inside a subtree. */
function firstBookmark(nodes: XNode[]): string | null {
  const stack = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (tagOf(n) === 'w:bookmarkStart' && attr(n, 'w:name')?.startsWith(BOOKMARK_PREFIX)) return attr(n, 'w:name')!;
    stack.push(...[...kids(n)].reverse());
  }
  return null;
}
