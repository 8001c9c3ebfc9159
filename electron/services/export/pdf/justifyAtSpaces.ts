import { createRequire } from 'node:module';
import { kindOf } from '../../../../shared/export/script';

/**
 * Justified lines stretched where a typesetter stretches them. pdfmake 0.3's `alignLine` shares a
 * justified line's spare width equally among every boundary between its inlines, and an inline
 * boundary is not always a space: a line may break after a hyphen ("ASEAN-" | "China") and a
 * style changes mid-word ("*Cooperation*" | "."), so a loose line printed "ASEAN-  China" and
 * "Cooperation ." — and pdftotext, a viewer's copy and a reviewer's quotation read the gap as a
 * space. Here the spare width goes only to boundaries after a space and between two Chinese
 * characters (Chinese text is justified by spacing its characters); a line with no such boundary
 * (one long unbroken word) is left to pdfmake. Where the words go on the line changes, not which
 * words are on it: line breaks and pages stay the same.
 *
 * A print rule, not a speed-up: installed with the other print rules, always.
 */

const require = createRequire(import.meta.url);

interface InlineLike {
  text: string;
  x: number;
  justifyShift?: number;
}
interface LineLike {
  inlines: InlineLike[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}
interface WriterLike {
  context(): { availableWidth: number };
}

/** Whether the code point at `i` of `text` (a whole surrogate pair) is Chinese script (shared/export/script.ts). */
const cjkAt = (text: string, i: number): boolean => i >= 0 && kindOf(text.codePointAt(i)!) === 'cjk';

/** Whether a boundary between `prev` and `next` may take spare width: after a space, or between two Chinese characters. */
function stretches(prev: string, next: string): boolean {
  if (/\s$/u.test(prev)) return true;
  // The last character of `prev`: a low surrogate ends a pair that starts one unit before.
  const low = prev.length > 1 && (prev.charCodeAt(prev.length - 1) & 0xfc00) === 0xdc00;
  return cjkAt(prev, prev.length - (low ? 2 : 1)) && cjkAt(next, next.length ? 0 : -1);
}

/**
 * Spreads the line's spare width over its stretchable boundaries; false when it has none (then
 * pdfmake's own spreading applies).
 */
export function justifyAtSpaces(line: LineLike, availableWidth: number): boolean {
  const inlines = line.inlines;
  const open: boolean[] = [false];
  let count = 0;
  for (let i = 1; i < inlines.length; i++) {
    const s = stretches(inlines[i - 1].text, inlines[i].text);
    open.push(s);
    if (s) count++;
  }
  if (count === 0) return false;
  const extra = (availableWidth - line.getWidth()) / count;
  let shift = 0;
  for (let i = 1; i < inlines.length; i++) {
    if (open[i]) {
      shift += extra;
      inlines[i].justifyShift = extra;
    } else if (inlines[i].justifyShift) {
      inlines[i].justifyShift = 0; // left by an earlier layout of this word; not deleted (a delete slows every later read)
    }
    inlines[i].x += shift;
  }
  return true;
}

let installed = false;

export function installJustifyAtSpaces(): void {
  if (installed) return;
  installed = true;
  let ElementWriter: { prototype: { alignLine(this: WriterLike, line: LineLike): void } } | undefined;
  try {
    ElementWriter = (require('pdfmake/js/ElementWriter.js') as { default: typeof ElementWriter }).default;
  } catch {
    return;
  }
  if (!ElementWriter || typeof ElementWriter.prototype.alignLine !== 'function') return;
  const alignLine = ElementWriter.prototype.alignLine;
  ElementWriter.prototype.alignLine = function (this: WriterLike, line: LineLike): void {
    const inlines = line.inlines;
    const justified = inlines?.length > 1 && (inlines[0] as { alignment?: unknown }).alignment === 'justify' && !line.newLineForced && !line.lastLineInParagraph;
    if (justified && justifyAtSpaces(line, this.context().availableWidth)) return;
    alignLine.call(this, line);
  };
}
