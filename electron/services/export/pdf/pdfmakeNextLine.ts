import { createRequire } from 'node:module';

/**
 * pdfmake 0.3's `LayoutBuilder.buildNextLine` asks, for every word it puts on a line, whether the
 * word fits, handing `Line.hasEnoughSpaceForInline` a copy of all the words still to come
 * (`textNode._inlines.slice(1)`): quadratic in a paragraph's words, and every Chinese character is
 * a word (a bilingual self-evaluation report copied ~20 MB of arrays this way). The line only
 * looks at those words when the word is glued to the next (`noNewLine`), so this is pdfmake's
 * function with the copy made only then; everything else is as published (pdfmake 0.3.11).
 *
 * Installed once per process; if pdfmake's LayoutBuilder, Line or TextInlines is not shaped as
 * expected nothing is patched.
 */

const require = createRequire(import.meta.url);

interface InlineLike {
  text: string;
  width: number;
  noWrap?: unknown;
  noNewLine?: unknown;
  [key: string]: unknown;
}
interface LineLike {
  inlines: InlineLike[];
  lastLineInParagraph?: boolean;
  hasEnoughSpaceForInline(inline: InlineLike, nextInlines?: InlineLike[]): boolean;
  getAvailableWidth(): number;
  addInline(inline: InlineLike): void;
}
type LineClass = new (maxWidth: number) => LineLike;
type TextInlinesClass = new (pdfDocument: null) => { widthOfText(text: string, inline: InlineLike): number };
interface BuilderLike {
  writer: { context(): { availableWidth: number } };
}
interface TextNodeLike {
  _inlines?: InlineLike[];
}

const NONE: InlineLike[] = [];

/** pdfmake's copy of a word split across lines (a plain object: `inline.constructor()` is Object). */
function cloneInline(inline: InlineLike): InlineLike {
  const copy = (inline.constructor as () => InlineLike)();
  for (const key in inline) copy[key] = inline[key];
  return copy;
}

/** The longest start of `text` (at least one character) that `measure` keeps within `maxWidth`. */
function findMaxFitLength(text: string, maxWidth: number, measure: (part: string) => number): number {
  let low = 1;
  let high = text.length;
  let bestFit = 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (measure(text.substring(0, mid)) <= maxWidth) {
      bestFit = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return bestFit;
}

function nextLine(Line: LineClass, TextInlines: TextInlinesClass) {
  return function buildNextLine(this: BuilderLike, textNode: TextNodeLike): LineLike | null {
    if (!textNode._inlines || textNode._inlines.length === 0) return null;
    const line = new Line(this.writer.context().availableWidth);
    const textInlines = new TextInlines(null);
    let isForceContinue = false;
    while (textNode._inlines && textNode._inlines.length > 0) {
      const first = textNode._inlines[0];
      // The one change: the words after this one, only when the line will look at them.
      if (!(line.hasEnoughSpaceForInline(first, first.noNewLine ? textNode._inlines.slice(1) : NONE) || isForceContinue)) break;
      let isHardWrap = false;
      const inline = textNode._inlines.shift()!;
      if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
        const maxChars = findMaxFitLength(inline.text, line.getAvailableWidth(), (txt) => textInlines.widthOfText(txt, inline));
        if (maxChars < inline.text.length) {
          const newInline = cloneInline(inline);
          newInline.text = inline.text.substr(maxChars);
          inline.text = inline.text.substr(0, maxChars);
          newInline.width = textInlines.widthOfText(newInline.text, newInline);
          inline.width = textInlines.widthOfText(inline.text, inline);
          textNode._inlines.unshift(newInline);
          isHardWrap = true;
        }
      }
      line.addInline(inline);
      isForceContinue = Boolean(inline.noNewLine) && !isHardWrap;
    }
    line.lastLineInParagraph = textNode._inlines.length === 0;
    return line;
  };
}

let installed = false;

/** Replaces pdfmake's `buildNextLine` with the one above. */
export function installNextLine(): void {
  if (installed) return;
  installed = true;
  let LayoutBuilder: { prototype: { buildNextLine?: unknown } } | undefined;
  let Line: LineClass | undefined;
  let TextInlines: TextInlinesClass | undefined;
  try {
    LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: typeof LayoutBuilder }).default;
    Line = (require('pdfmake/js/Line.js') as { default: LineClass }).default;
    TextInlines = (require('pdfmake/js/TextInlines.js') as { default: TextInlinesClass }).default;
  } catch {
    return;
  }
  const lineProto = Line?.prototype as Partial<LineLike> | undefined;
  if (
    !LayoutBuilder ||
    typeof LayoutBuilder.prototype.buildNextLine !== 'function' ||
    typeof lineProto?.hasEnoughSpaceForInline !== 'function' ||
    typeof lineProto.addInline !== 'function' ||
    typeof lineProto.getAvailableWidth !== 'function' ||
    typeof TextInlines?.prototype.widthOfText !== 'function'
  ) {
    return;
  }
  LayoutBuilder.prototype.buildNextLine = nextLine(Line!, TextInlines);
}
