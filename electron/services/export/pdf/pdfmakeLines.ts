import { createRequire } from 'node:module';
import { CJK_COMPOSABLE } from './pdfkitReuse';

/**
 * pdfmake draws every word of a line as a text object of its own (BT, position, font, colour,
 * glyphs, ET), and every Chinese character is a word: the built-in edition's bilingual PDF drew
 * ~18,600 of them on ~1,800 lines, and drawing was the largest part of an export. Before a line
 * is drawn, neighbouring words that pdfmake would draw alike (same font, size, colour, no
 * decoration, background, link, super/subscript or page reference) are joined into one text
 * object that puts every glyph where pdfmake had put it:
 *
 * - on a line that is not justified the words follow each other with no gap, and a word is
 *   joined to the one before it only when that one ends in a space (pdfkit shapes text word by
 *   word, splitting after spaces, so the joined text is shaped in the pieces that were measured)
 *   or both are Chinese (shaped character by character, see `CJK_COMPOSABLE`);
 * - on a justified line pdfmake adds the same extra space after every word; words of one
 *   character are joined and that space is given as character spacing (PDF `Tc`), which adds
 *   it after every glyph: the same positions (this is how a justified Chinese line is made);
 *   words that end in one space are joined and that space is given as pdfkit's word spacing,
 *   which draws each word and moves on by a space plus the extra (justified English, drawn
 *   word by word, made 4,439 text objects in the English PDF instead of 1,623, a third of its
 *   drawing time). pdfkit leaves the space glyphs out then, as TeX does: readers (pdftotext,
 *   viewers' copy) take a word gap for a space, and the speed-ups test compares their text.
 *
 * Installed once per process; if pdfmake's Renderer is not shaped as expected nothing changes.
 */

const require = createRequire(import.meta.url);

interface InlineLike {
  text: string;
  x: number;
  width: number;
  font: unknown;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  justifyShift?: number;
  /** Set on a joined justified group: the extra space after each of its words (pdfkit's `wordSpacing`). */
  wordSpacing?: number;
  decoration?: unknown;
  background?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  fontFeatures?: unknown;
  sup?: unknown;
  sub?: unknown;
  trailingCut?: number;
  _pageNodeRef?: unknown;
}
interface LineLike {
  inlines: InlineLike[];
  _pageNodeRef?: unknown;
}

interface TextDrawer {
  text(this: TextDrawer, text: string, x: number, y: number, options: Record<string, unknown>): unknown;
}

const EPSILON = 1e-6;

/** Text whose last word (after its last space) is all Han/CJK punctuation: it is shaped per character. */
const CJK_TAIL = new RegExp(`(?:^| )${CJK_COMPOSABLE.source.slice(1, -1)}$`, 'u');

function plain(i: InlineLike): boolean {
  return !i.characterSpacing && !i.text.includes('\n') && !i.decoration && !i.background && !i.link && !i.linkToPage && !i.linkToDestination && !i.fontFeatures && !i.sup && !i.sub && !i._pageNodeRef;
}

function alike(a: InlineLike, b: InlineLike): boolean {
  return a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && (a.opacity ?? 1) === (b.opacity ?? 1);
}

const oneCharacter = (t: string): boolean => t.length === 1 || (t.length === 2 && t.codePointAt(0)! > 0xffff);

/** A word followed by exactly one space: pdfkit's word spacing splits at spaces and puts one space's width back. */
const SPACED_WORD = /^\S+ $/;
/** The next word of a justified group: one word, with one space after it or none (the line's last). */
const NEXT_WORD = /^\S+ ?$/;

/**
 * Whether the last word (after the last space) of a text is all Han/CJK punctuation, kept up to
 * date as pieces are appended: `CJK_TAIL.test(a + b)` without building `a + b` each time.
 */
function tailAfter(previousTailCJK: boolean, previousPiece: string, piece: string): boolean {
  if (piece.includes(' ')) return CJK_TAIL.test(piece);
  if (!piece) return previousTailCJK;
  // No space in the piece: it extends the text's last word, or starts one after a space (or
  // at the start). `previousPiece` is the text's last piece that is not empty.
  const extendsWord = previousPiece !== '' && !previousPiece.endsWith(' ');
  return (!extendsWord || previousTailCJK) && CJK_COMPOSABLE.test(piece);
}

/** The line's inlines with neighbours joined, or null when nothing can be joined. */
export function joinInlines(line: LineLike): InlineLike[] | null {
  const src = line.inlines;
  if (line._pageNodeRef || src.length < 2) return null;
  const out: InlineLike[] = [];
  // The group being joined: its first inline (copied once something is joined to it), its texts
  // (joined once, when the group ends: appending word by word made a string per word), and what
  // the checks below need to know of the joined text so far.
  let cur: InlineLike | null = null;
  let parts: string[] = [];
  let last = ''; // the group's last piece of text that is not empty ('' if none)
  let single = false; // the group's text is one character
  let tailCJK = false; // the group's text ends in a word of Han/CJK punctuation only
  let curEnd = 0; // where the glyph after the group's last one goes (before any justification space)
  let joined = false;
  const close = () => {
    if (cur && parts.length > 1) cur.text = parts.join('');
  };
  for (const inline of src) {
    const isPlain = plain(inline);
    if (cur && isPlain && alike(cur, inline)) {
      const shift = inline.justifyShift ?? 0;
      const atGap = Math.abs(curEnd + shift - inline.x) < EPSILON;
      const asCharacters = shift > 0 && atGap && oneCharacter(inline.text) && cur.wordSpacing === undefined && (cur.characterSpacing === shift || (!cur.characterSpacing && single));
      const asWords = shift > 0 && atGap && !asCharacters && !cur.characterSpacing && (cur.wordSpacing === shift || (cur.wordSpacing === undefined && parts.length === 1)) && SPACED_WORD.test(last) && NEXT_WORD.test(inline.text);
      const fits = shift
        ? asCharacters || asWords
        : !cur.characterSpacing && cur.wordSpacing === undefined && (last.endsWith(' ') || (tailCJK && CJK_COMPOSABLE.test(inline.text))) && Math.abs(curEnd - inline.x) < EPSILON;
      if (fits) {
        if (parts.length === 1) {
          const copy: InlineLike = { ...cur };
          out[out.length - 1] = copy;
          cur = copy;
        }
        if (asCharacters) cur.characterSpacing = shift;
        if (asWords) cur.wordSpacing = shift;
        tailCJK = tailAfter(tailCJK, last, inline.text);
        parts.push(inline.text);
        if (inline.text) {
          single = last === '' && oneCharacter(inline.text);
          last = inline.text;
        }
        cur.width = inline.x + inline.width - cur.x;
        cur.trailingCut = inline.trailingCut;
        curEnd = inline.x + inline.width;
        joined = true;
        continue;
      }
    }
    close();
    cur = isPlain ? inline : null;
    if (cur) {
      parts = [inline.text];
      last = inline.text;
      single = oneCharacter(inline.text);
      tailCJK = CJK_TAIL.test(inline.text);
      curEnd = inline.x + inline.width;
    }
    out.push(inline);
  }
  close();
  return joined ? out : null;
}

let installed = false;

export function installLineJoining(): void {
  if (installed) return;
  installed = true;
  let Renderer: { prototype: { renderLine(line: LineLike, x: number, y: number): unknown } } | undefined;
  try {
    Renderer = (require('pdfmake/js/Renderer.js') as { default: typeof Renderer }).default;
  } catch {
    return;
  }
  if (!Renderer || typeof Renderer.prototype.renderLine !== 'function') return;
  const renderLine = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = function (this: unknown, line: LineLike, x: number, y: number): unknown {
    const inlines = joinInlines(line);
    if (!inlines) return renderLine.call(this, line, x, y);
    // A copy of the line (its methods read `inlines`): the laid-out line itself stays as it was.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(line) as object) as LineLike, line, { inlines });
    if (!inlines.some((i) => i.wordSpacing)) return renderLine.call(this, copy, x, y);
    // pdfmake's renderLine draws the line's inlines in order, one pdfkit text() each, with options
    // of its own making: for this line, text() adds the word spacing of the inline it draws.
    const doc = (this as { pdfDocument: TextDrawer }).pdfDocument;
    const text = doc.text;
    let k = 0;
    doc.text = function (this: TextDrawer, t: string, tx: number, ty: number, options: Record<string, unknown>) {
      const ws = inlines[k++]?.wordSpacing;
      return text.call(this, t, tx, ty, ws ? { ...options, wordSpacing: ws } : options);
    };
    try {
      return renderLine.call(this, copy, x, y);
    } finally {
      delete (doc as Partial<TextDrawer>).text; // back to pdfkit's own method (a prototype method)
      if (doc.text !== text) doc.text = text;
    }
  };
}
